package io.github.jixiao.report.read;

import io.github.jixiao.core.ReportFormat;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.report.ReportLimits;
import io.github.jixiao.report.ReportReadException;
import io.github.jixiao.report.ReportTable;
import io.github.jixiao.report.ReportText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * A Word report (.docx) read with POI: the body's paragraphs in order, each with the number Word
 * draws before it ({@link WordNumbering}) and the heading level its style or outline level gives
 * (标题 1, Heading 2); its tables kept as rows. The package is opened read-only under POI's
 * zip-bomb limits (an entry inflated more than {@value #RATIO} times or beyond 256 MiB is
 * refused), and a package that is not a Word document (a workbook under a .docx name) is refused
 * saying what it is.
 */
final class WordText {

  private static final int RATIO = 100;
  private static final long MOST_ENTRY_BYTES = 256L * 1024 * 1024;
  private static final List<String> WORD_CONTENT_TYPES = List.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      "application/vnd.ms-word.document.macroEnabled.main+xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
  private static final Pattern HEADING_STYLE =
      Pattern.compile("(?i)(?:heading|标题)\\s*([1-9])");

  private WordText() {}

  static ReportText read(String file, Path path, ReportLimits limits) {
    ZipSecureFile.setMinInflateRatio(1.0 / RATIO);
    ZipSecureFile.setMaxEntrySize(MOST_ENTRY_BYTES);
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      boolean word = WORD_CONTENT_TYPES.stream()
          .anyMatch(type -> !pkg.getPartsByContentType(type).isEmpty());
      if (!word) {
        throw Refusal.of("report.read.not-word", file, null);
      }
      try (XWPFDocument document = new XWPFDocument(pkg)) {
        return text(file, document, limits);
      }
    } catch (ReportReadException refused) {
      throw refused;
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      // NotOfficeXmlFileException and POIXMLException, POI's refusals, are RuntimeExceptions
      throw Refusal.of(bomb(e) ? "report.read.zip-bomb" : "report.read.docx-damaged", file, e);
    } catch (LinkageError e) {
      // an entry compressed as Word never writes one (zstd, xz, brotli), which commons-compress
      // opens only with a library Jixiao does not bring: damaged, as far as a report goes
      throw Refusal.of("report.read.docx-damaged", file, e);
    }
  }

  /** Whether POI refused an entry for its inflation ("Zip bomb detected!", in a cause or not). */
  private static boolean bomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
        return true;
      }
    }
    return false;
  }

  private static ReportText text(String file, XWPFDocument document, ReportLimits limits) {
    WordNumbering numbering = new WordNumbering();
    List<Line> lines = new ArrayList<>();
    List<ReportTable> tables = new ArrayList<>();
    long characters = 0;
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        String text = numbering.numberOf(p) + p.getText();
        characters += text.length();
        lines.add(new Line(text, null, null, headingLevel(document, p)));
      } else if (element instanceof XWPFTable t) {
        List<List<String>> rows = rows(t);
        for (List<String> row : rows) {
          characters += row.stream().mapToInt(String::length).sum();
        }
        long before = lines.stream().filter(l -> !l.text().isBlank()).count();
        tables.add(new ReportTable(tables.size() + 1, (int) before, rows));
      } else if (element instanceof XWPFSDT sdt) {
        String text = sdt.getContent().getText();
        characters += text.length();
        for (String line : text.split("\n")) {
          lines.add(new Line(line, null, null, OptionalInt.empty()));
        }
      }
      if (characters > limits.maxCharacters()) {
        throw Refusal.of("report.read.too-much-text", file, null,
            Argument.number("most", limits.maxCharacters()));
      }
    }
    return new ReportText(file, ReportFormat.DOCX, Optional.empty(), Optional.empty(),
        new Paragraphs().asGiven(lines), tables, List.of());
  }

  private static List<List<String>> rows(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        cells.add(cell.getText().strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The heading level of {@code p}: its style's name (标题 2), else its or its style's outline. */
  private static OptionalInt headingLevel(XWPFDocument document, XWPFParagraph p) {
    XWPFStyle style = p.getStyleID() == null || document.getStyles() == null ? null
        : document.getStyles().getStyle(p.getStyleID());
    if (style != null && style.getName() != null) {
      Matcher m = HEADING_STYLE.matcher(style.getName());
      if (m.matches()) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    OptionalInt own = outline(p.getCTP().getPPr());
    if (own.isPresent() || style == null) {
      return own;
    }
    return outline(style.getCTStyle().getPPr());
  }

  private static OptionalInt outline(CTPPrBase properties) {
    if (properties == null || !properties.isSetOutlineLvl()
        || properties.getOutlineLvl().getVal() == null) {
      return OptionalInt.empty();
    }
    int level = properties.getOutlineLvl().getVal().intValue();
    return level >= 0 && level < 9 ? OptionalInt.of(level + 1) : OptionalInt.empty();
  }
}
