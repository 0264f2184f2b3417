package io.github.jixiao.report.read;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.report.ReportLimits;
import io.github.jixiao.report.ReportReadException;
import io.github.jixiao.report.ReportText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The report reader (报告读取): reads a 自评报告 — a Word document (.docx), a PDF with a text layer,
 * or plain text (.txt, .md) — into its {@link ReportText}, telling the kinds apart by their first
 * bytes, not their names. A file that is none of them is refused with a {@link
 * ReportReadException} that says what it is and what to do: an old Word file (.doc) is to be
 * saved as .docx, a password removed, a scan run through OCR (识别) first. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * ReportText text = ReportFiles.standard().read(Path.of("2021年绩效自评报告.docx"));
 * }</pre>
 */
public final class ReportFiles {

  private static final ReportFiles STANDARD = new ReportFiles(ReportLimits.STANDARD);

  private final ReportLimits limits;

  private ReportFiles(ReportLimits limits) {
    this.limits = limits;
  }

  /** The reader with the standard limits. */
  public static ReportFiles standard() {
    return STANDARD;
  }

  /** This reader with {@code limits}. */
  public ReportFiles withLimits(ReportLimits limits) {
    return new ReportFiles(Objects.requireNonNull(limits, "limits"));
  }

  /** The limits this reader holds a file to. */
  public ReportLimits limits() {
    return limits;
  }

  /**
   * Reads {@code file}.
   *
   * @throws ReportReadException if it cannot be read as a report: not a file, empty, beyond a
   *     limit, an old .doc, encrypted, a workbook or web page, damaged, a scan without text
   */
  public ReportText read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = Echo.text(String.valueOf(file.getFileName() == null ? file
        : file.getFileName()));
    if (!Files.isRegularFile(file)) {
      throw Refusal.of("report.read.not-a-file", name, null);
    }
    long size;
    byte[] head;
    try {
      size = Files.size(file);
      head = head(file);
    } catch (IOException e) {
      throw Refusal.of("report.read.unreadable", name, e);
    }
    if (size == 0) {
      throw Refusal.of("report.read.empty", name, null);
    }
    if (size > limits.maxBytes()) {
      throw Refusal.of("report.read.too-large", name, null, Argument.number("size", size),
          Argument.number("most", limits.maxBytes()));
    }
    return switch (FileKind.of(head)) {
      case PDF -> PdfText.read(name, file, limits);
      case ZIP -> WordText.read(name, file, limits);
      case OLE2 -> throw OldOffice.refusal(name, file);
      case RTF -> throw Refusal.of("report.read.rtf", name, null);
      case HTML -> throw Refusal.of("report.read.html", name, null);
      case BINARY -> throw Refusal.of("report.read.not-a-report", name, null);
      case TEXT -> plainText(name, file);
    };
  }

  private ReportText plainText(String name, Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Refusal.of("report.read.unreadable", name, e);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    ReportText text = PlainText.read(name, bytes,
        lower.endsWith(".md") || lower.endsWith(".markdown"));
    long characters = text.paragraphs().stream().mapToLong(p -> p.text().length()).sum();
    if (characters > limits.maxCharacters()) {
      throw Refusal.of("report.read.too-much-text", name, null,
          Argument.number("most", limits.maxCharacters()));
    }
    if (text.paragraphs().isEmpty()) {
      throw Refusal.of("report.read.blank", name, null);
    }
    return text;
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(FileKind.HEAD);
    }
  }
}
