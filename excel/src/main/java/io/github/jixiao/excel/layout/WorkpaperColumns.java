package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a reviewer's workpaper (复核底稿表头), layout G: the row, within the sheet's first 8,
 * that names the 三级 indicator and the 复核得分, and the column of each of the 13 columns it has,
 * found by header text in the usual variants (一级指标 for 一级, 分值 for 权重, 复核分 for 复核得分 …).
 * A heading merged over two columns and split in the row below ("复核" over "完成值 | 得分") is read
 * as one label ("复核完成值"). A column found under any label but the first is noted. Four
 * columns beyond formats.md's are read where a workpaper has them: 扣分, 扣分比例, 扣分理由 and
 * 佐证材料, the other fields of a review entry.
 */
final class WorkpaperColumns {

  /** The rows the header may be in: the first 8. */
  static final int HEADER_ROWS = 8;

  /** A column of the workpaper, with its labels: the first as formats.md prints it. */
  enum Column {
    LEVEL1("excel.layout.workpaper.column.LEVEL1", "一级", "一级指标"),
    LEVEL2("excel.layout.workpaper.column.LEVEL2", "二级", "二级指标"),
    LEVEL3("excel.layout.workpaper.column.LEVEL3", "三级", "三级指标", "三级指标名称", "指标名称"),
    OPERATOR("excel.layout.workpaper.column.OPERATOR", "指标性质", "计算符号"),
    TARGET("excel.layout.workpaper.column.TARGET", "指标值", "年度指标值", "目标值"),
    UNIT("excel.layout.workpaper.column.UNIT", "单位", "计量单位", "度量单位"),
    WEIGHT("excel.layout.workpaper.column.WEIGHT", "权重", "分值", "指标分值"),
    SELF_ACTUAL("excel.layout.workpaper.column.SELF_ACTUAL", "自评完成值", "实际完成值", "自评实际完成值", "自评实际值"),
    SELF_SCORE("excel.layout.workpaper.column.SELF_SCORE", "自评得分", "自评分", "单位自评得分", "自评分值"),
    REVIEW_ACTUAL("excel.layout.workpaper.column.REVIEW_ACTUAL",
        "复核完成值", "复核实际完成值", "核实完成值", "复核实际值"),
    REVIEW_SCORE("excel.layout.workpaper.column.REVIEW_SCORE", "复核得分", "复核分", "复核评分", "复核分值"),
    DIFFERENCE("excel.layout.workpaper.column.DIFFERENCE", "偏差", "差值", "得分偏差", "偏差分", "分差"),
    NOTE("excel.layout.workpaper.column.NOTE", "备注", "复核说明", "复核意见", "说明"),
    // beyond formats.md's 13: a workpaper that states its deductions as review.json does
    DEDUCTION("excel.layout.workpaper.column.DEDUCTION", "扣分", "扣减分数", "扣分值"),
    DEDUCTION_PERCENT("excel.layout.workpaper.column.DEDUCTION_PERCENT", "扣分比例"),
    REASON("excel.layout.workpaper.column.REASON", "扣分理由", "扣分原因"),
    EVIDENCE("excel.layout.workpaper.column.EVIDENCE", "佐证材料", "佐证资料", "佐证");

    /** The key of the column's name. */
    private final String key;
    final List<String> labels;

    Column(String key, String... labels) {
      this.key = key;
      this.labels = List.of(labels);
    }

    /** The column's name in the reader's language. */
    Message label() {
      return Message.of(key);
    }
  }

  private final int row;
  private final Map<Column, Integer> columns;
  private final List<Variant> variants;

  /** A column found under a label other than its first, at {@code cell}. */
  record Variant(Column column, String cell, String written) {}

  private WorkpaperColumns(int row, Map<Column, Integer> columns, List<Variant> variants) {
    this.row = row;
    this.columns = columns;
    this.variants = variants;
  }

  /** The header of {@code grid}: the first of its first 8 rows naming 三级 and 复核得分. */
  static Optional<WorkpaperColumns> find(Grid grid) {
    for (int r = 0; r < Math.min(HEADER_ROWS, grid.rows()); r++) {
      if (column(grid, r, Column.LEVEL3).isPresent()
          && column(grid, r, Column.REVIEW_SCORE).isPresent()) {
        return Optional.of(at(grid, r));
      }
    }
    return Optional.empty();
  }

  private static WorkpaperColumns at(Grid grid, int r) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    List<Variant> variants = new ArrayList<>();
    for (Column c : Column.values()) {
      column(grid, r, c).ifPresent(f -> {
        found.put(c, f.column());
        if (!f.label().equals(c.labels.get(0))) {
          variants.add(new Variant(c, grid.address(r, f.column()), f.written()));
        }
      });
    }
    return new WorkpaperColumns(r, found, List.copyOf(variants));
  }

  /** A label found: the column, the label it matched, the header as written. */
  private record Found(int column, String label, String written) {}

  /** The first column of {@code row} whose header is one of {@code column}'s labels, in order. */
  private static Optional<Found> column(Grid grid, int row, Column column) {
    for (String label : column.labels) {
      for (int c = 0; c < grid.columns(row); c++) {
        // a merged label repeats over its region: its first column is the label's
        boolean first = c == 0 || !grid.text(row, c).equals(grid.text(row, c - 1));
        if (first && Labels.matches(grid.label(row, c), label)) {
          return Optional.of(new Found(c, label, grid.text(row, c)));
        }
        String above = grid.label(row - 1, c);
        if (!above.isEmpty() && !above.equals(grid.label(row, c))
            && Labels.matches(above + grid.label(row, c), label)) {
          return Optional.of(new Found(c, label, grid.text(row - 1, c) + grid.text(row, c)));
        }
      }
    }
    return Optional.empty();
  }

  /** The notes of the variants: which header was read as which column. */
  List<Map.Entry<String, Message>> notes() {
    return variants.stream().map(v -> Map.entry(v.cell(), Message.of(
        "excel.layout.workpaper.note.variant", Argument.text("written", Echo.text(v.written())),
        Argument.message("column", v.column().label())))).toList();
  }

  int row() {
    return row;
  }

  boolean has(Column column) {
    return columns.containsKey(column);
  }

  /** The column of {@code column}, or -1 when the header has none. */
  int of(Column column) {
    return columns.getOrDefault(column, -1);
  }
}
