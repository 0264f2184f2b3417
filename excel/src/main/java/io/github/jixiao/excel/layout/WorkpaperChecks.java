package io.github.jixiao.excel.layout;

import static io.github.jixiao.excel.layout.WorkpaperColumns.Column.*;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.review.ReviewCards;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a workpaper row is checked against (复核底稿核对): its 自评得分, 自评完成值 and 权重 against the
 * evaluation it reviews — a difference, a blank on one side included, is a warning with the cell,
 * since the reviewer may be working from another version of the table — and its 偏差 against
 * 自评得分 − 复核得分 (or, written as a percent, the 偏离度 (自评 − 复核) ÷ 自评), which is derived, so
 * a 偏差 that is not it is noted and never used. An actual the evaluation leaves to a formula
 * (blank, the indicator naming a formula) is not compared: the rules compute it.
 */
final class WorkpaperChecks {

  private final Grid grid;
  private final WorkpaperColumns cols;
  private final WorkpaperNotes record;

  WorkpaperChecks(Grid grid, WorkpaperColumns cols, WorkpaperNotes record) {
    this.grid = grid;
    this.cols = cols;
    this.record = record;
  }

  /**
   * The points written in a score cell: empty for a blank, "/" or "—"; a number, with "分" or not;
   * anything else is empty and, when {@code report}, an error at {@code cell} — never a 0.
   */
  static Optional<BigDecimal> points(String written, String cell, WorkpaperNotes record,
      boolean report) {
    Written w = Written.read(written);
    if (w.isEmpty()) {
      return Optional.empty();
    }
    if (w.kind() == Written.Kind.NUMBER && (w.unit().isEmpty() || w.unit().equals("分"))) {
      return Optional.of(w.number());
    }
    if (report) {
      record.error(cell, "excel.layout.workpaper.score-not-a-number",
          Argument.text("written", Echo.text(written)));
    }
    return Optional.empty();
  }

  /** The row {@code r} of {@code indicator}, whose entry in the evaluation is {@code unit}. */
  void row(int r, Indicator indicator, Optional<IndicatorEntry> unit,
      Optional<BigDecimal> review) {
    Optional<BigDecimal> self = selfScore(r, indicator, unit.flatMap(
        IndicatorEntry::getClaimedScore));
    selfActual(r, indicator, unit);
    weight(r, indicator);
    difference(r, indicator, self, review);
  }

  /** The 合计 row {@code r}: its 自评得分 against the evaluation's claimed total. */
  void total(int r, Optional<BigDecimal> claimed) {
    if (!cols.has(SELF_SCORE)) {
      return;
    }
    String written = grid.text(r, cols.of(SELF_SCORE));
    if (differs(written, claimed)) {
      record.warning(grid.address(r, cols.of(SELF_SCORE)),
          "excel.layout.workpaper.total-differs", WorkpaperNotes.shown("workpaper", written),
          WorkpaperNotes.shown("evaluation", claimed.map(BigDecimal::toPlainString).orElse("")));
    }
  }

  private Optional<BigDecimal> selfScore(int r, Indicator indicator,
      Optional<BigDecimal> claimed) {
    if (!cols.has(SELF_SCORE)) {
      return Optional.empty();
    }
    String written = grid.text(r, cols.of(SELF_SCORE));
    if (differs(written, claimed)) {
      record.warning(grid.address(r, cols.of(SELF_SCORE)),
          "excel.layout.workpaper.self-score-differs", code(indicator), name(indicator),
          WorkpaperNotes.shown("workpaper", written),
          WorkpaperNotes.shown("evaluation", claimed.map(BigDecimal::toPlainString).orElse("")));
    }
    return points(written, null, record, false);
  }

  /** Whether the points {@code written} are not {@code stated} (a blank is a value here). */
  private static boolean differs(String written, Optional<BigDecimal> stated) {
    Written w = Written.read(written);
    if (w.isEmpty()) {
      return stated.isPresent();
    }
    Optional<BigDecimal> n = points(written, null, null, false);
    return n.isEmpty() || stated.isEmpty() || n.get().compareTo(stated.get()) != 0;
  }

  private void selfActual(int r, Indicator indicator, Optional<IndicatorEntry> unit) {
    if (!cols.has(SELF_ACTUAL)) {
      return;
    }
    Optional<BigDecimal> number = unit.flatMap(IndicatorEntry::getActual);
    String stated = unit.flatMap(IndicatorEntry::getActualWritten)
        .or(() -> unit.flatMap(IndicatorEntry::getActualText))
        .or(() -> unit.flatMap(IndicatorEntry::getLevel).map(l -> l.label()))
        .or(() -> number.map(BigDecimal::toPlainString)).orElse("");
    String written = grid.text(r, cols.of(SELF_ACTUAL));
    if (stated.isEmpty() && indicator.getFormula().isPresent()) {
      return; // the rules compute it
    }
    Written w = Written.read(written);
    boolean same = w.isNumber() && number.isPresent()
        ? w.number().compareTo(number.get()) == 0
        : Labels.normal(written).equals(Labels.normal(stated));
    if (!same) {
      record.warning(grid.address(r, cols.of(SELF_ACTUAL)),
          "excel.layout.workpaper.self-actual-differs", code(indicator), name(indicator),
          WorkpaperNotes.shown("workpaper", written), WorkpaperNotes.shown("evaluation", stated));
    }
  }

  private void weight(int r, Indicator indicator) {
    if (!cols.has(WEIGHT)) {
      return;
    }
    String written = grid.text(r, cols.of(WEIGHT));
    if (!Written.read(written).isEmpty() && differs(written, Optional.of(indicator.getWeight()))) {
      record.warning(grid.address(r, cols.of(WEIGHT)), "excel.layout.workpaper.weight-differs",
          code(indicator), name(indicator), WorkpaperNotes.shown("workpaper", written),
          Argument.number("weight", indicator.getWeight()));
    }
  }

  private void difference(int r, Indicator indicator, Optional<BigDecimal> self,
      Optional<BigDecimal> review) {
    if (!cols.has(DIFFERENCE) || self.isEmpty() || review.isEmpty()) {
      return;
    }
    String written = grid.text(r, cols.of(DIFFERENCE));
    Written w = Written.read(written);
    if (w.isEmpty()) {
      return;
    }
    boolean percent = w.kind() == Written.Kind.NUMBER && w.unit().equals("%");
    Optional<BigDecimal> derived = percent ? ReviewCards.deviation(self, review)
        : Optional.of(self.get().subtract(review.get()));
    Optional<BigDecimal> stated = w.kind() == Written.Kind.NUMBER
        && (w.unit().isEmpty() || w.unit().equals("分") || percent)
        ? Optional.of(w.number()) : Optional.empty();
    if (derived.isPresent() && (stated.isEmpty()
        || stated.get().compareTo(derived.get()) != 0)) {
      record.warning(grid.address(r, cols.of(DIFFERENCE)),
          "excel.layout.workpaper.difference-mismatch", code(indicator), name(indicator),
          WorkpaperNotes.shown("written", written), Argument.text("derived",
              derived.get().toPlainString() + (percent ? "%" : "")));
    }
  }

  private static Argument code(Indicator indicator) {
    return Argument.text("code", Echo.text(indicator.getCode()));
  }

  private static Argument name(Indicator indicator) {
    return Argument.text("name", Echo.text(indicator.getName()));
  }
}
