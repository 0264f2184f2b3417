package io.github.jixiao.report.read;

import io.github.jixiao.core.ReportFormat;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.report.ReportLimits;
import io.github.jixiao.report.ReportReadException;
import io.github.jixiao.report.ReportText;
import io.github.jixiao.report.internal.Normalised;
import io.github.jixiao.report.internal.Vocabulary;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.StringJoiner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF report (PDF 报告) read with PDFBox: its text layer page by page, each page's lines made
 * into paragraphs with the page they start on, the page numbers a page repeats set aside. A PDF
 * with a password, or whose author forbids copying its text, is refused; so is a scan with no
 * text layer at all ("no text" — never an empty draft); pages without a text layer in a PDF that
 * has one are noted. At most {@link ReportLimits#maxPages()} pages and {@link
 * ReportLimits#maxCharacters()} characters are read.
 */
final class PdfText {

  /** Main memory PDFBox may use for its own streams before it moves them to a temporary file. */
  private static final long MEMORY = 16L * 1024 * 1024;

  private PdfText() {}

  static ReportText read(String file, Path path, ReportLimits limits) {
    try (PDDocument document = Loader.loadPDF(path.toFile(), "", null, null,
        MemoryUsageSetting.setupMixed(MEMORY).streamCache)) {
      int pages = document.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw Refusal.of("report.read.too-many-pages", file, null,
            Argument.number("pages", pages), Argument.number("most", limits.maxPages()));
      }
      if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
        throw Refusal.of("report.read.pdf-copy-forbidden", file, null);
      }
      List<String> texts = pages(document, file, limits);
      return text(file, pages, texts);
    } catch (InvalidPasswordException e) {
      throw Refusal.of("report.read.pdf-password", file, e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ReportReadException refused) {
        throw refused;
      }
      throw Refusal.of("report.read.pdf-damaged", file, e);
    }
  }

  /** The text of every page, in order. */
  private static List<String> pages(PDDocument document, String file, ReportLimits limits)
      throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setLineSeparator("\n");
    stripper.setPageEnd("\f");
    Bounded out = new Bounded(limits.maxCharacters());
    try {
      stripper.writeText(document, out);
    } catch (TooMuchText e) {
      throw Refusal.of("report.read.too-much-text", file, null,
          Argument.number("most", limits.maxCharacters()));
    }
    List<String> pages = new ArrayList<>(List.of(out.text().split("\f", -1)));
    if (!pages.isEmpty() && pages.get(pages.size() - 1).isEmpty()) {
      pages.remove(pages.size() - 1);
    }
    return pages;
  }

  private static ReportText text(String file, int pageCount, List<String> pages) {
    Vocabulary vocabulary = Vocabulary.standard();
    List<Line> lines = new ArrayList<>();
    StringJoiner blank = new StringJoiner("、");
    int blanks = 0;
    for (int p = 0; p < pages.size(); p++) {
      String page = pages.get(p);
      if (page.isBlank()) {
        blank.add(Integer.toString(p + 1));
        blanks++;
        continue;
      }
      for (String line : page.split("\n")) {
        if (!vocabulary.pageNumber(Normalised.of(line))) {
          lines.add(new Line(line, p + 1, null, OptionalInt.empty()));
        }
      }
    }
    if (lines.isEmpty()) {
      throw Refusal.of("report.read.no-text", file, null, Argument.number("pages", pageCount));
    }
    List<Message> notes = new ArrayList<>();
    if (blanks > 0) {
      notes.add(Message.of("report.read.note.pages-without-text",
          Argument.number("count", blanks), Argument.text("pages", blank.toString())));
    }
    return new ReportText(file, ReportFormat.PDF, Optional.empty(), Optional.of(pageCount),
        new Paragraphs().joined(lines), List.of(), notes);
  }

  /** Thrown by {@link Bounded} past its limit: never leaves this class. */
  private static final class TooMuchText extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Collects PDFBox's text, refusing it past {@code most} characters. */
  private static final class Bounded extends Writer {
    private final StringBuilder text = new StringBuilder();
    private final int most;

    Bounded(int most) {
      this.most = most;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      if (text.length() + length > most) {
        throw new TooMuchText();
      }
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {
      // nothing is held back
    }

    @Override
    public void close() {
      // nothing to release
    }

    String text() {
      return text.toString();
    }
  }
}
