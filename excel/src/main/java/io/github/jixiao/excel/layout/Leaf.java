package io.github.jixiao.excel.layout;

import static io.github.jixiao.excel.layout.Role.*;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One indicator row of a 自评表 read (三级指标行): the indicator — name, 分值, 定量/定性, comparison,
 * target and unit as written — and the unit's entry — 实际完成值 as written and how it was read,
 * 得分, 得分系数, 扣减分数, 完成情况, 偏差原因 — with the cell of each, before the table's tree gives
 * it a code.
 */
final class Leaf {

  final int row;
  final String name;
  final String nameCell;
  final BigDecimal weight;
  private final List<Consumer<Indicator.Builder>> indicator = new ArrayList<>();
  private final IndicatorEntry.Builder entry = IndicatorEntry.builder();
  private boolean hasEntry;
  private IndicatorKind kind;
  private final Map<String, String> indicatorCells = new LinkedHashMap<>();
  private final Map<String, String> entryCells = new LinkedHashMap<>();

  private Leaf(int row, String name, String nameCell, BigDecimal weight) {
    this.row = row;
    this.name = name;
    this.nameCell = nameCell;
    this.weight = weight;
  }

  static Leaf read(SheetContext sheet, Columns cols, int row) {
    Grid grid = sheet.grid();
    int nameColumn = cols.of(cols.has(LEVEL3) ? LEVEL3 : NAME);
    String printed = grid.text(row, nameColumn);
    String nameCell = grid.address(row, nameColumn);
    Optional<BigDecimal> weight = sheet.number(row, cols.of(WEIGHT), null);
    String weightCell = cols.has(WEIGHT) ? grid.address(row, cols.of(WEIGHT)) : nameCell;
    Optional<String> inName = Labels.points(Labels.normal(printed));
    if (weight.isEmpty() && inName.isPresent()) {
      weight = inName.map(BigDecimal::new);
      weightCell = nameCell;
      sheet.record().note(nameCell, Message.of("excel.layout.note.weight-in-name",
          Argument.text("name", Echo.text(printed))));
    }
    if (weight.isEmpty() || weight.get().signum() <= 0) {
      throw sheet.error(weightCell, "excel.layout.no-weight",
          Argument.text("name", Echo.text(printed)));
    }
    String name = inName.isPresent() ? Labels.withoutPoints(Labels.normal(printed)) : printed;
    Leaf leaf = new Leaf(row, name, nameCell, weight.get());
    leaf.indicatorCells.put("weight", weightCell);
    leaf.readIndicator(sheet, cols);
    leaf.readEntry(sheet, cols);
    return leaf;
  }

  private void readIndicator(SheetContext sheet, Columns cols) {
    Grid grid = sheet.grid();
    String opWritten = sheet.text(row, cols.of(OPERATOR));
    Target column = Target.column(opWritten);
    String targetWritten = sheet.text(row, cols.of(TARGET));
    Target target = Target.read(targetWritten);
    if (column.ocr() || target.ocr()) {
      String at = grid.address(row, cols.of(column.ocr() ? OPERATOR : TARGET));
      sheet.record().note(at, Message.of("excel.layout.note.operator-ocr",
          Argument.text("written", Echo.text(column.ocr() ? opWritten : targetWritten))));
    }
    Operator op = column.operator() != null ? column.operator() : target.operator();
    Written value = target.value();
    if (cols.has(OPERATOR) && Labels.normal(opWritten).isEmpty() && op == null
        && value.isNumber() && value.written().startsWith("2") && value.written().length() > 1) {
      sheet.record().note(grid.address(row, cols.of(TARGET)), Message.of(
          "excel.layout.note.suspicious-target",
          Argument.text("written", Echo.text(targetWritten))));
    }
    String kindWritten = Labels.normal(sheet.text(row, cols.of(KIND)));
    IndicatorKind kind = kindWritten.startsWith("定性") || op == Operator.QUALITATIVE
        ? IndicatorKind.QUALITATIVE
        : kindWritten.startsWith("定量") || op != null || value.isNumber()
            ? IndicatorKind.QUANTITATIVE : IndicatorKind.QUALITATIVE;
    if (op == Operator.QUALITATIVE && kind == IndicatorKind.QUANTITATIVE) {
      op = null;
    }
    Operator operator = op;
    indicator.add(b -> b.weight(weight).kind(kind));
    if (op != null && (op == Operator.QUALITATIVE) == (kind == IndicatorKind.QUALITATIVE)) {
      indicator.add(b -> b.operator(operator));
      String written = Labels.normal(opWritten).isEmpty() ? target.operatorText() : opWritten;
      if (!written.isEmpty()) {
        indicator.add(b -> b.operatorText(written));
      }
      indicatorCells.put("operator", grid.address(row, cols.of(
          Labels.normal(opWritten).isEmpty() ? TARGET : OPERATOR)));
    }
    if (kind == IndicatorKind.QUANTITATIVE) {
      Optional<Direction> direction = op == null ? Optional.empty() : op.direction();
      if (direction.isEmpty()) {
        sheet.record().note(nameCell, Message.of("excel.layout.note.operator-default",
            Argument.text("name", Echo.text(name))));
      }
      indicator.add(b -> b.direction(direction.orElse(Direction.AT_LEAST)));
      if (value.isNumber()) {
        indicator.add(b -> b.target(value.number()));
        indicatorCells.put("target", grid.address(row, cols.of(TARGET)));
      }
    } else if (!value.isEmpty()) {
      indicator.add(b -> b.targetText(targetWritten));
    }
    if (!targetWritten.isEmpty()) {
      indicator.add(b -> b.targetWritten(targetWritten));
      indicatorCells.putIfAbsent("target", grid.address(row, cols.of(TARGET)));
    }
    String unit = sheet.text(row, cols.of(UNIT));
    if (unit.isEmpty() && !value.unit().isEmpty()) {
      unit = value.unit();
    }
    if (!unit.isEmpty() && !Written.read(unit).isEmpty()) {
      String u = unit;
      indicator.add(b -> b.unit(u));
    }
    String initial = sheet.text(row, cols.of(INITIAL_TARGET));
    if (!initial.isEmpty()) {
      indicator.add(b -> b.initialTargetWritten(initial));
      Written w = Target.read(initial).value();
      if (w.isNumber()) {
        indicator.add(b -> b.initialTarget(w.number()));
      }
    }
    String core = Labels.normal(sheet.text(row, cols.of(CORE)));
    if (core.equals("是") || core.equals("否")) {
      boolean isCore = core.equals("是");
      indicator.add(b -> b.core(isCore));
    }
    this.kind = kind;
  }

  private void readEntry(SheetContext sheet, Columns cols) {
    Grid grid = sheet.grid();
    String written = sheet.text(row, cols.of(ACTUAL));
    Written actual = Written.read(written);
    String actualCell = cols.has(ACTUAL) ? grid.address(row, cols.of(ACTUAL)) : nameCell;
    if (actual.kind() != Written.Kind.BLANK) {
      hasEntry = true;
      entry.actualWritten(written);
      entryCells.put("actualWritten", actualCell);
      readActual(sheet, actual, actualCell);
    } else if (cols.has(ACTUAL)) {
      entryCells.put("actual", actualCell); // blank: where a finding of it points
    }
    sheet.number(row, cols.of(SCORE), null).ifPresent(s -> {
      entry.claimedScore(s);
      entryCells.put("claimedScore", grid.address(row, cols.of(SCORE)));
      hasEntry = true;
    });
    sheet.number(row, cols.of(COEFFICIENT), null).ifPresent(c -> {
      entry.coefficient(c);
      entryCells.put("coefficient", grid.address(row, cols.of(COEFFICIENT)));
      hasEntry = true;
    });
    sheet.number(row, cols.of(DEDUCTION), null).ifPresent(d -> {
      entry.deduction(d);
      entryCells.put("deduction", grid.address(row, cols.of(DEDUCTION)));
      hasEntry = true;
    });
    text(sheet, cols, COMPLETION, "completion").ifPresent(entry::completion);
    text(sheet, cols, REASON, "deviationReason").ifPresent(entry::deviationReason);
  }

  private void readActual(SheetContext sheet, Written actual, String cell) {
    if (actual.kind() == Written.Kind.NOT_APPLICABLE) {
      entry.reading(ActualReading.NOT_APPLICABLE);
    } else if (kind == IndicatorKind.QUALITATIVE) {
      if (actual.kind() == Written.Kind.LEVEL) {
        entry.level(actual.level()).reading(ActualReading.LEVEL);
        entryCells.put("level", cell);
        if (actual.mapped()) {
          sheet.record().note(cell, Message.of("excel.layout.note.level-word",
              Argument.text("written", Echo.text(actual.written())),
              Argument.text("level", actual.level().label())));
        }
      } else {
        entry.actualText(actual.written());
      }
    } else if (actual.isNumber()) {
      entry.actual(actual.number());
      entryCells.put("actual", cell);
      entry.reading(actual.kind() == Written.Kind.NUMBER ? ActualReading.EXACT
          : actual.kind() == Written.Kind.MONTH ? ActualReading.DATE : ActualReading.APPROXIMATE);
      if (actual.kind() == Written.Kind.APPROXIMATE) {
        sheet.record().note(cell, Message.of("excel.layout.note.approximate",
            Argument.text("written", Echo.text(actual.written())), Argument.number("number",
                actual.number())));
      }
    } else {
      entry.reading(ActualReading.UNREADABLE);
    }
  }

  private Optional<String> text(SheetContext sheet, Columns cols, Role role, String field) {
    if (cols.of(role) < 0) {
      return Optional.empty();
    }
    // a blank cell is recorded too: a finding that the value is missing names where to write it
    entryCells.put(field, sheet.grid().address(row, cols.of(role)));
    String t = sheet.text(row, cols.of(role));
    if (Written.read(t).isEmpty()) {
      return Optional.empty();
    }
    hasEntry = true;
    return Optional.of(t);
  }

  /** The indicator with its place in the tree, its name prefixed (二级：三级) when asked. */
  Indicator indicator(String code, int level, String parent, String prefix) {
    Indicator.Builder b = Indicator.builder().code(code).level(level).parentCode(parent)
        .name(prefix == null ? name : prefix + "：" + name);
    indicator.forEach(set -> set.accept(b));
    return b.build();
  }

  /** The entry, when the row says anything of its outcome. */
  Optional<IndicatorEntry> entry(String code) {
    return hasEntry ? Optional.of(entry.indicatorCode(code).build()) : Optional.empty();
  }

  /** Records the cells of the indicator at {@code i} and its entry at {@code e} (or -1). */
  void record(Recorder record, int i, int e, String firstCell) {
    record.cell("$.indicators[" + i + "]", nameCell);
    indicatorCells.forEach((f, c) -> record.cell("$.indicators[" + i + "]." + f, c));
    if (e >= 0) {
      record.cell("$.entries[" + e + "]", firstCell);
      entryCells.forEach((f, c) -> record.cell("$.entries[" + e + "]." + f, c));
    }
  }
}
