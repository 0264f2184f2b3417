package io.github.jixiao.excel.read;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator block of layout A (绩效指标): one row per 三级 indicator under its merged 一级 and
 * 二级 cells, read into the evaluation's tree — groups "T2", "T2.1" and leaves "T2.1.1" (the T
 * keeps a table's code from binding to a rulebook node by accident: the scorer finds the
 * rulebook's 产出 by its name and aliases), each leaf with its entry. Placeholder rows ("指标1：",
 * "……", empty) are skipped; the block ends at 总分 / 合计 or a footnote "注：".
 */
final class IndicatorBlock {

  /** The columns of the block, found by their header labels; -1 for a column not there. */
  record Columns(int first, int second, int third, int operator, int target, int unit,
      int actual, int weight, int score, int reason) {}

  private final Grid grid;
  private final Recorder recorder;
  private final Columns col;
  final List<Indicator> indicators = new ArrayList<>();
  final List<IndicatorEntry> entries = new ArrayList<>();
  /** The row of 总分 / 合计, or -1. */
  int totalRow = -1;
  /** The first footnote row, or -1. */
  int footnoteRow = -1;
  private final int firstIndex;
  private final int firstEntry;

  /**
   * @param firstIndex the index in the evaluation's table of the block's first indicator
   * @param firstEntry the index among the evaluation's entries of the block's first entry
   */
  IndicatorBlock(Grid grid, Recorder recorder, Columns columns, int firstIndex, int firstEntry) {
    this.grid = grid;
    this.recorder = recorder;
    this.col = columns;
    this.firstIndex = firstIndex;
    this.firstEntry = firstEntry;
  }

  /** Reads the rows below the header row {@code header}. */
  void read(int header) {
    Map<String, Group> firsts = new LinkedHashMap<>();
    for (int row = header + 1; row <= grid.lastRow(); row++) {
      final int r = row;
      String a = grid.text(r, 0);
      if (Labels.is(a, "总分") || Labels.is(a, "合计")) {
        totalRow = r;
        break;
      }
      if (Labels.is(a, "注")) {
        footnoteRow = r;
        break;
      }
      String name = text(r, col.third());
      if (Labels.placeholder(name) && text(r, col.weight()).isEmpty()) {
        continue;
      }
      if (grid.hiddenRow(r)) {
        recorder.note(grid.address(r, 0), "excel.read.note.hidden-row");
      }
      String firstLabel = text(r, col.first());
      String firstKey = regionKey(r, col.first()) + firstLabel;
      Group first = firsts.computeIfAbsent(firstKey, k -> new Group(firstLabel, r));
      String secondLabel = text(r, col.second());
      Group second = first.children.computeIfAbsent(regionKey(r, col.second()) + secondLabel,
          k -> new Group(secondLabel, r));
      second.rows.add(r);
    }
    build(firsts);
  }

  private void build(Map<String, Group> firsts) {
    int n = 2;
    for (Group first : firsts.values()) {
      String code = "T" + n++;
      int firstAt = indicators.size();
      indicators.add(null);
      BigDecimal firstSum = BigDecimal.ZERO;
      int m = 1;
      for (Group second : first.children.values()) {
        String secondCode = code + "." + m++;
        int secondAt = indicators.size();
        indicators.add(null);
        BigDecimal secondSum = BigDecimal.ZERO;
        int k = 1;
        for (int r : second.rows) {
          BigDecimal w = leaf(r, secondCode + "." + k++, secondCode);
          secondSum = secondSum.add(w);
        }
        String secondName = second.label.isEmpty() ? "（未填二级指标）" : second.label;
        indicators.set(secondAt, group(secondCode, secondName, 2, code, secondSum));
        recorder.cell(path(secondAt), grid.address(second.row, col.second()));
        firstSum = firstSum.add(secondSum);
      }
      String name = Labels.name(first.label);
      BigDecimal printed = Labels.weight(first.label);
      if (name.isEmpty()) {
        name = "一级指标" + (n - 2);
        recorder.note(grid.address(first.row, col.first()), "excel.read.note.first-without-name",
            Said.text("label", first.label));
      }
      indicators.set(firstAt, group(code, name, 1, null, printed != null ? printed : firstSum));
      recorder.cell(path(firstAt), grid.address(first.row, col.first()));
      if (printed != null) {
        recorder.cell(path(firstAt) + ".weight", grid.address(first.row, col.first()));
        if (printed.compareTo(firstSum) != 0) {
          recorder.note(grid.address(first.row, col.first()), "excel.read.note.first-weight",
              Said.text("label", first.label), Argument.number("sum", firstSum));
        }
      }
    }
    if (!indicators.isEmpty()) {
      recorder.note(null, "excel.read.note.second-weights");
    }
  }

  /** Reads the leaf of row {@code r}; its weight. */
  private BigDecimal leaf(int r, String code, String parent) {
    int at = indicators.size();
    String p = path(at);
    String name = text(r, col.third());
    BigDecimal weight = col.weight() < 0 ? null : grid.number(r, col.weight());
    if (weight == null || weight.signum() <= 0 || weight.scale() > 2
        || weight.compareTo(new BigDecimal("1000")) >= 0) {
      throw new ExcelImportException(Message.of("excel.read.weight",
          Argument.text("cell", grid.address(r, col.weight() < 0 ? 0 : col.weight())),
          Argument.text("label", "分值"),
          Said.text("name", name), Said.text("written", text(r, col.weight()))),
          grid.address(r, Math.max(col.weight(), 0)));
    }
    Targets.Target target = Targets.read(grid, recorder, r, col, p);
    Indicator.Builder i = Indicator.builder().code(code).name(name).level(3).parentCode(parent)
        .weight(weight).kind(target.kind());
    target.apply(i);
    indicators.add(i.build());
    recorder.cell(p, grid.address(r, col.third()));
    recorder.cell(p + ".name", grid.address(r, col.third()));
    recorder.cell(p + ".weight", grid.address(r, col.weight()));
    IndicatorEntry entry = Actuals.entry(grid, recorder, r, col, code, target,
        "$.entries[" + (firstEntry + entries.size()) + "]");
    if (entry != null) {
      entries.add(entry);
    }
    return weight;
  }

  private Indicator group(String code, String name, int level, String parent, BigDecimal weight) {
    Indicator.Builder g = Indicator.builder().code(code).name(name).level(level)
        .weight(weight.signum() > 0 ? weight : BigDecimal.ONE).kind(IndicatorKind.QUALITATIVE);
    return (parent == null ? g : g.parentCode(parent)).build();
  }

  private String path(int at) {
    return "$.indicators[" + (firstIndex + at) + "]";
  }

  private String text(int r, int c) {
    return c < 0 ? "" : grid.text(r, c);
  }

  /** The merged region a cell is in, as a key, so that two runs of one label stay apart. */
  private String regionKey(int r, int c) {
    var region = c < 0 ? null : grid.region(r, c);
    return region == null ? "" : region.formatAsString() + "|";
  }

  private static final class Group {
    final String label;
    final int row;
    final Map<String, Group> children = new LinkedHashMap<>();
    final List<Integer> rows = new ArrayList<>();

    Group(String label, int row) {
      this.label = label;
      this.row = row;
    }
  }

  static boolean isQuantitative(Operator op) {
    return op != null && op != Operator.QUALITATIVE;
  }

  static Direction direction(Operator op) {
    return op.direction().orElse(Direction.AT_LEAST);
  }

  static boolean numberRead(Written w) {
    return w.reading() == ActualReading.EXACT || w.reading() == ActualReading.APPROXIMATE
        || w.reading() == ActualReading.DATE;
  }
}
