package io.github.jixiao.excel.write;

import io.github.jixiao.excel.write.TableModel.MoneyRow;
import io.github.jixiao.excel.write.TableRow.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes one sheet of Jixiao's table (自评表) from its {@link TableModel}: layout A of formats.md
 * (the national 2020 project form) with 指标性质 and 计量单位 after 三级指标, and in an export 复核得分
 * and 差异 after 得分. Returns where each value went, by JSON path, so that findings can link to
 * their cells. Rows and columns are the ones the layout-A reader finds by their labels.
 */
final class TableSheet {

  /** The indicator header, as printed; an export inserts {@link #EXPORT_COLUMNS} after 得分. */
  static final List<String> HEADER = List.of("一级指标", "二级指标", "三级指标", "指标性质", "年度指标值",
      "计量单位", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
  static final List<String> EXPORT_COLUMNS = List.of("复核得分", "差异");
  static final List<String> MONEY_HEADER = List.of("年初预算数", "全年预算数（A）", "全年执行数（B）", "分值",
      "执行率（B/A）", "得分");
  /** The first indicator row, 0-based (row 13 of the sheet). */
  static final int FIRST_ROW = 12;

  private final Sheet sheet;
  private final Styles styles;
  private final TableModel model;
  private final int columns;
  private final Map<String, String> cells = new LinkedHashMap<>();

  private TableSheet(Workbook workbook, Styles styles, TableModel model) {
    this.sheet = workbook.createSheet(model.sheetName());
    this.styles = styles;
    this.model = model;
    this.columns = HEADER.size() + (model.export() ? EXPORT_COLUMNS.size() : 0);
  }

  /** Writes {@code model} as a new sheet; the cell of each value by its JSON path. */
  static Written write(Workbook workbook, Styles styles, TableModel model) {
    TableSheet t = new TableSheet(workbook, styles, model);
    t.titleBlock();
    t.moneyBlock();
    t.targetBlock();
    int last = t.indicatorBlock();
    return new Written(t.sheet, t.cells, last);
  }

  /** A sheet written: the sheet, each value's cell by JSON path, and its indicator rows' range. */
  record Written(Sheet sheet, Map<String, String> cells, int lastIndicatorRow) {}

  private void titleBlock() {
    text(0, 0, model.title(), styles.title());
    merge(0, 0, 0, columns - 1);
    text(1, 0, "（" + model.fiscalYear() + "年度）", styles.title());
    merge(1, 1, 0, columns - 1);
    text(2, 0, "项目名称", styles.header());
    value(2, 1, model.project(), styles.text());
    merge(2, 2, 1, columns - 1);
    text(3, 0, "主管部门", styles.header());
    value(3, 1, model.department(), styles.text());
    merge(3, 3, 1, 4);
    text(3, 5, "实施单位", styles.header());
    value(3, 6, model.implementer(), styles.text());
    merge(3, 3, 6, columns - 1);
  }

  private void moneyBlock() {
    text(4, 0, "项目资金（" + model.moneyUnitLabel() + "）", styles.header());
    merge(4, 4 + model.money().size(), 0, 0);
    text(4, 1, "", styles.header());
    for (int c = 0; c < MONEY_HEADER.size(); c++) {
      text(4, 2 + c, MONEY_HEADER.get(c), styles.header());
    }
    if (model.export()) {
      text(4, 8, EXPORT_COLUMNS.get(0), styles.header());
    }
    for (int i = 0; i < model.money().size(); i++) {
      MoneyRow m = model.money().get(i);
      int r = 5 + i;
      text(r, 1, m.label(), styles.text());
      value(r, 2, m.initial(), styles.text());
      value(r, 3, m.fullYear(), styles.text());
      value(r, 4, m.executed(), styles.text());
      if (m.subRow()) {
        text(r, 5, "—", styles.text());
        text(r, 6, "—", styles.text());
        text(r, 7, "—", styles.text());
      } else {
        value(r, 5, m.weight(), styles.text());
        value(r, 6, m.rate(), styles.text());
        boolean differs = differs(m.score(), m.computed());
        value(r, 7, m.score(), differs ? styles.flagged() : styles.text());
        if (model.export()) {
          number(r, 8, m.computed(), differs);
        }
      }
    }
  }

  private void targetBlock() {
    int r = 5 + model.money().size();
    text(r, 0, "年度总体目标", styles.header());
    merge(r, r + 1, 0, 0);
    text(r, 1, "预期目标", styles.header());
    merge(r, r, 1, 5);
    text(r, 6, "实际完成情况", styles.header());
    merge(r, r, 6, columns - 1);
    value(r + 1, 1, model.expected(), styles.text());
    merge(r + 1, r + 1, 1, 5);
    value(r + 1, 6, model.completion(), styles.text());
    merge(r + 1, r + 1, 6, columns - 1);
  }

  /** The indicator header, rows, total and footnotes; the last indicator row, 0-based. */
  private int indicatorBlock() {
    int header = FIRST_ROW - 1;
    List<String> labels = new ArrayList<>(HEADER.subList(0, 9));
    if (model.export()) {
      labels.addAll(EXPORT_COLUMNS);
    }
    labels.add(HEADER.get(9));
    for (int c = 0; c < labels.size(); c++) {
      text(header, c, labels.get(c), styles.header());
    }
    int r = FIRST_ROW;
    int firstStart = r;
    int secondStart = r;
    for (int i = 0; i < model.rows().size(); i++) {
      TableRow row = model.rows().get(i);
      boolean newFirst = i == 0 || !row.first().equals(model.rows().get(i - 1).first());
      boolean newSecond = newFirst || !row.second().equals(model.rows().get(i - 1).second());
      if (newFirst) {
        mergeRun(firstStart, r - 1, 0);
        firstStart = r;
        text(r, 0, row.first(), styles.text());
        place(row.firstPath(), r, 0);
      }
      if (newSecond) {
        mergeRun(secondStart, r - 1, 1);
        secondStart = r;
        text(r, 1, row.second(), styles.text());
        place(row.secondPath(), r, 1);
      }
      indicatorRow(r, row);
      r++;
    }
    mergeRun(firstStart, r - 1, 0);
    mergeRun(secondStart, r - 1, 1);
    int last = r - 1;
    text(r, 0, "总分", styles.header());
    number(r, 7, Optional.of(model.weightTotal()), false);
    boolean differs = differs(model.total(), model.computedTotal());
    value(r, 8, model.total(), differs ? styles.flagged() : styles.text());
    if (model.export()) {
      number(r, 9, model.computedTotal(), differs);
    }
    for (String note : model.footnotes()) {
      r++;
      text(r, 0, note, null);
      merge(r, r, 0, columns - 1);
    }
    for (int c = 0; c < columns; c++) {
      sheet.setColumnWidth(c, c == columns - 1 || c == 2 ? 30 * 256 : 14 * 256);
    }
    return last;
  }

  private void indicatorRow(int r, TableRow row) {
    value(r, 2, row.name(), styles.text());
    value(r, 3, row.operator(), styles.text());
    value(r, 4, row.target(), styles.text());
    value(r, 5, row.unit(), styles.text());
    value(r, 6, row.actual(), styles.text());
    value(r, 7, row.weight(), styles.text());
    boolean differs = differs(row.claimed(), row.computed());
    value(r, 8, row.claimed(), differs ? styles.flagged() : styles.text());
    int reason = 9;
    if (model.export()) {
      number(r, 9, row.computed(), differs);
      Optional<BigDecimal> gap = row.computed().isPresent() && row.claimed().number().isPresent()
          ? Optional.of(row.claimed().number().get().subtract(row.computed().get()))
          : Optional.empty();
      number(r, 10, gap, differs);
      reason = 11;
    }
    value(r, reason, row.reason(), styles.text());
    if (row.name().path() != null) {
      // The indicator's own path points at its 三级 name, the entry's at its 实际完成值.
      String base = row.name().path();
      place(base.substring(0, base.lastIndexOf('.')), r, 2);
    }
    if (row.entryPath() != null) {
      place(row.entryPath(), r, 6);
    }
  }

  /**
   * A text as a cell can hold it: Excel's cells take at most 32 767 characters, and a longer one
   * (a report's whole narrative pasted into a reason) is cut there with a mark that says so.
   */
  static String fitting(String text) {
    int most = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    String mark = "……（超过单元格容量，已截断）";
    return text.length() <= most ? text : text.substring(0, most - mark.length()) + mark;
  }

  private static boolean differs(Value claimed, Optional<BigDecimal> computed) {
    return claimed.number().isPresent() && computed.isPresent()
        && claimed.number().get().compareTo(computed.get()) != 0;
  }

  private void value(int r, int c, Value v, CellStyle style) {
    Cell cell = cell(r, c);
    if (v.number().isPresent()) {
      Numbers.set(cell, v.number().get());
      cell.setCellStyle(style == styles.flagged() ? styles.number(v.number().get(), true)
          : styles.number(v.number().get(), false));
    } else {
      v.text().ifPresent(t -> cell.setCellValue(fitting(t)));
      cell.setCellStyle(style);
    }
    if (!v.isEmpty()) {
      place(v.path(), r, c);
    }
  }

  private void number(int r, int c, Optional<BigDecimal> n, boolean differs) {
    Cell cell = cell(r, c);
    if (n.isPresent()) {
      Numbers.set(cell, n.get());
      cell.setCellStyle(styles.number(n.get(), differs));
    } else {
      cell.setCellStyle(styles.text());
    }
  }

  private void text(int r, int c, String t, CellStyle style) {
    Cell cell = cell(r, c);
    cell.setCellValue(fitting(t));
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private Cell cell(int r, int c) {
    Row row = sheet.getRow(r);
    if (row == null) {
      row = sheet.createRow(r);
    }
    Cell cell = row.getCell(c);
    return cell == null ? row.createCell(c) : cell;
  }

  private void place(String path, int r, int c) {
    if (path != null) {
      cells.putIfAbsent(path, new CellReference(sheet.getSheetName(), r, c, false, false)
          .formatAsString());
    }
  }

  private void mergeRun(int from, int to, int column) {
    if (to > from) {
      merge(from, to, column, column);
    }
  }

  private void merge(int r1, int r2, int c1, int c2) {
    if (r2 > r1 || c2 > c1) {
      sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
    }
  }
}
