package io.github.jixiao.excel.write;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.ScoreCard;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The findings sheet of a score-card workbook (审核发现): the score at the top (评分办法, 复核总分,
 * 等级, 自评总分, 差异), then one row per finding — code, severity, the cell of this workbook it is
 * about (a link to it), the cell of the unit's own table it was read from, its JSON path, the
 * message, expected and actual — in the report's order.
 */
final class FindingsSheet {

  /** The sheet's name, never given to an evaluation's sheet. */
  static final String NAME = "审核发现";

  static final List<String> HEADER = List.of("序号", "表", "代码", "严重程度", "单元格", "原表单元格",
      "JSON 路径", "说明", "期望值", "实际值");

  private final Sheet sheet;
  private final Styles styles;
  private final Locale locale;
  private int next;

  FindingsSheet(Workbook workbook, Styles styles, Locale locale) {
    this.sheet = workbook.createSheet(NAME);
    this.styles = styles;
    this.locale = locale;
    for (int c = 0; c < HEADER.size(); c++) {
      text(0, c, HEADER.get(c)).setCellStyle(styles.header());
    }
    next = 1;
  }

  /** Adds the score and findings of one evaluation, written as {@code sheetName}. */
  void add(String sheetName, SelfEvaluation evaluation, ScoreCard card, CheckReport report,
      Map<String, String> cells) {
    Row summary = sheet.createRow(next++);
    text(summary, 1, sheetName);
    text(summary, 7, "评分办法 " + card.getRulebook() + "；复核总分 "
        + card.getTotal().map(t -> t.toPlainString()).orElse("—") + "；等级 "
        + card.getGrade().map(g -> g.label()).orElse("—") + "；自评总分 "
        + evaluation.getClaimedTotal().map(t -> t.toPlainString()).orElse("—") + "；差异 "
        + card.getDifference().map(d -> d.toPlainString()).orElse("—"));
    int n = 1;
    for (Finding f : report.getFindings()) {
      Row row = sheet.createRow(next++);
      row.createCell(0).setCellValue(n++);
      text(row, 1, sheetName);
      text(row, 2, f.getCode());
      text(row, 3, Message.label(f.getSeverity()).render(locale));
      Optional<String> here = cellOf(cells, f.getPath());
      if (here.isPresent()) {
        Cell link = text(row, 4, here.get());
        Hyperlink h = sheet.getWorkbook().getCreationHelper()
            .createHyperlink(HyperlinkType.DOCUMENT);
        h.setAddress(here.get());
        link.setHyperlink(h);
      }
      f.getCell().ifPresent(c -> text(row, 5, c));
      text(row, 6, f.getPath());
      text(row, 7, f.message(locale));
      f.getExpected().ifPresent(v -> text(row, 8, v));
      f.getActual().ifPresent(v -> text(row, 9, v));
    }
    for (int c = 0; c < HEADER.size(); c++) {
      sheet.setColumnWidth(c, c == 7 ? 80 * 256 : 14 * 256);
    }
  }

  /** The cell of {@code path}, or of the nearest value above it, in this workbook. */
  static Optional<String> cellOf(Map<String, String> cells, String path) {
    String p = path;
    while (!p.isEmpty()) {
      String found = cells.get(p);
      if (found != null) {
        return Optional.of(found);
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "" : p.substring(0, cut);
    }
    return Optional.empty();
  }

  private Cell text(int r, int c, String value) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    return text(row, c, value);
  }

  private Cell text(Row row, int c, String value) {
    Cell cell = row.createCell(c);
    cell.setCellValue(TableSheet.fitting(value));
    cell.setCellStyle(styles.text());
    return cell;
  }
}
