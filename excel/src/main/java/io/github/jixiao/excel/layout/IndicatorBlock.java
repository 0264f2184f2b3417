package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The indicator block of a 自评表 (绩效指标): its header row and columns, the rows that are
 * indicators — placeholder rows ("指标1：", "……", empty) left out — the 总分 / 合计 row, and the
 * footnotes ("注：…") that end the table, each kept as a note.
 *
 * @param columns the header row and its columns
 * @param rows the indicator rows, top to bottom
 * @param total the 总分 / 合计 row, if any
 */
record IndicatorBlock(Columns columns, List<Integer> rows, Optional<Integer> total) {

  private static final List<String> TOTALS = List.of("总分", "合计", "总计", "自评总分");
  private static final List<String> ENDS = List.of("评价结论", "存在问题", "改进措施",
      "偏差大或目标未完成原因分析", "改进措施及结果应用方案", "单位主要负责人签批意见", "备注", "项目负责人",
      "财务负责人", "填表人", "联系电话");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("(指标\\d*[:：]?|…+|\\.{3,}|\\d+[.、]?)");

  static Optional<IndicatorBlock> find(SheetContext sheet, int from) {
    LayoutKind layout = sheet.layout();
    Optional<Columns> found = Columns.find(sheet.grid(), from, layout.headerRole(),
        layout.indicatorColumns);
    if (found.isEmpty() || !found.get().has(Role.ACTUAL)) {
      return Optional.empty();
    }
    Columns cols = found.get();
    int nameColumn = cols.of(cols.has(Role.LEVEL3) ? Role.LEVEL3 : Role.NAME);
    if (nameColumn < 0) {
      return Optional.empty();
    }
    Grid grid = sheet.grid();
    List<Integer> rows = new ArrayList<>();
    Integer total = null;
    for (int r = cols.row() + 1; r < grid.rows(); r++) {
      String first = firstLabel(grid, r);
      if (first.startsWith("注")) {
        footnotes(sheet, r);
        break;
      }
      if (Labels.matchesAny(first, TOTALS)) {
        total = total == null ? r : total;
        continue;
      }
      if (Labels.matchesAny(first, ENDS) || total != null && !first.isEmpty()) {
        break;
      }
      String name = grid.label(r, nameColumn);
      if (name.isEmpty() || PLACEHOLDER.matcher(name).matches()) {
        continue;
      }
      if (grid.rowHidden(r)) {
        sheet.record().note(grid.address(r, nameColumn), Message.of(
            "excel.layout.note.hidden-row", Argument.number("row", r + 1L)));
      }
      rows.add(r);
    }
    return Optional.of(new IndicatorBlock(cols, rows, Optional.ofNullable(total)));
  }

  private static String firstLabel(Grid grid, int row) {
    for (int c = 0; c < grid.columns(row); c++) {
      String t = grid.label(row, c);
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  /** Every non-empty row from {@code from} on, kept as written: the table's footnotes. */
  private static void footnotes(SheetContext sheet, int from) {
    Grid grid = sheet.grid();
    for (int r = from; r < grid.rows(); r++) {
      for (int c = 0; c < grid.columns(r); c++) {
        String t = grid.text(r, c);
        if (!t.isEmpty()) {
          sheet.record().note(grid.address(r, c), t);
          break;
        }
      }
    }
  }
}
