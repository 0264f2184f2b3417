package io.github.jixiao.rules.review;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JX-709, the reviewers' standard 5 (lifecycle.md §4): completion above 130 % of a ≥ target is
 * noted, not deducted. A review row that takes points off such an indicator — its deduction above
 * 0, or its score below the unit's — for no reason, or for one about the excess (a reason with
 * 超, as in 超额, 超计划), is flagged. The completion is the reviewer's own actual where the row
 * gives one, else the unit's; shown at 2 decimals, rounded half up. An indicator with a formula
 * (the execution line) is left to its own figure.
 */
final class FarAboveTarget {

  /** Above this share of the target, the standard notes and does not deduct. */
  static final BigDecimal RATIO = new BigDecimal("1.3");

  private FarAboveTarget() {}

  static void problems(Review review, SelfEvaluation evaluation, List<ReviewProblem> found) {
    Map<String, Indicator> indicators = new HashMap<>();
    evaluation.getIndicators().forEach(i -> indicators.putIfAbsent(i.getCode(), i));
    Map<String, IndicatorEntry> entries = new HashMap<>();
    evaluation.getEntries().forEach(e -> entries.putIfAbsent(e.getIndicatorCode(), e));
    List<ReviewEntry> rows = review.getEntries();
    for (int r = 0; r < rows.size(); r++) {
      ReviewEntry row = rows.get(r);
      Indicator indicator = indicators.get(row.getIndicatorCode());
      IndicatorEntry entry = entries.get(row.getIndicatorCode());
      if (indicator == null || entry == null || indicator.getKind() != IndicatorKind.QUANTITATIVE
          || indicator.getFormula().isPresent()
          || indicator.getDirection().filter(d -> d == Direction.AT_LEAST).isEmpty()
          || indicator.getTarget().filter(t -> t.signum() > 0).isEmpty()
          || row.getReason().filter(reason -> !reason.contains("超")).isPresent()
          || !takesPoints(row, entry)) {
        continue;
      }
      BigDecimal target = indicator.getTarget().get();
      Optional<BigDecimal> actual = row.getActual().or(entry::getActual);
      if (actual.isEmpty() || actual.get().compareTo(RATIO.multiply(target)) <= 0) {
        continue;
      }
      BigDecimal percent = actual.get().multiply(Decimals.HUNDRED)
          .divide(target, 2, RoundingMode.HALF_UP);
      found.add(new ReviewProblem("JX-709", Severity.WARNING, "$.entries[" + r + "].score",
          Message.of("rules.review.far-above-target-deducted",
              Argument.text("code", Echo.text(indicator.getCode())),
              Argument.text("name", Echo.text(indicator.getName())),
              Argument.number("actual", actual.get()), Argument.number("target", target),
              Argument.number("percent", percent))));
    }
  }

  private static boolean takesPoints(ReviewEntry row, IndicatorEntry entry) {
    if (row.getDeduction().filter(d -> d.signum() > 0).isPresent()) {
      return true;
    }
    return row.getScore().isPresent() && entry.getClaimedScore().isPresent()
        && row.getScore().get().compareTo(entry.getClaimedScore().get()) < 0;
  }
}
