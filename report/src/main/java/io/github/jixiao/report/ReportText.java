package io.github.jixiao.report;

import io.github.jixiao.core.ReportFormat;
import io.github.jixiao.core.message.Message;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a report as read (报告文本): the file's name and format, the encoding a text file
 * was read in, the pages of a PDF, the paragraphs in order, the tables of a Word report as rows,
 * and what the reader noticed (a text file not in UTF-8, pages without a text layer), each a
 * {@link Message}.
 *
 * @param file the file's name as given
 * @param format the kind of file
 * @param encoding the encoding of a text file, {@code UTF-8} or {@code GB18030}
 * @param pages the pages of a PDF
 * @param paragraphs the paragraphs, numbered from 1 in order
 * @param tables the tables, numbered from 1 in order
 * @param notes what the reader noticed, in the order met
 */
public record ReportText(String file, ReportFormat format, Optional<String> encoding,
    Optional<Integer> pages, List<Paragraph> paragraphs, List<ReportTable> tables,
    List<Message> notes) {

  /** Copies the lists and checks that the paragraphs are numbered 1, 2, 3 in order. */
  public ReportText {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(pages, "pages");
    paragraphs = List.copyOf(paragraphs);
    tables = List.copyOf(tables);
    notes = List.copyOf(notes);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).index() != i + 1) {
        throw new IllegalArgumentException("paragraph " + (i + 1) + " is numbered "
            + paragraphs.get(i).index());
      }
    }
  }

  /** The paragraph numbered {@code index}, from 1. */
  public Paragraph paragraph(int index) {
    return paragraphs.get(index - 1);
  }
}
