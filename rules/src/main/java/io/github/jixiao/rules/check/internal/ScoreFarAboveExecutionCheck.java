package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * JX-404: claimed performance far above budget execution, the warning of a provincial system:
 * (score ÷ 90 − rate) ÷ (score ÷ 90) above a threshold (5 %), with the rate executed ÷ full-year
 * as an exact fraction. The test is done without division: it fires exactly when
 * {@code 100 × (score × fullYear − 90 × executed) > threshold × score × fullYear} (fullYear being
 * the rulebook's execution base, the full-year budget unless it says otherwise). The gap shown is
 * {@code (score × fullYear − 90 × executed) ÷ (score × fullYear) × 100}, half up to two decimals.
 * The seed: 94 and 3212.37 ÷ 3306.19 give 6.97 (%), above 5. Not judged when the claimed total or
 * the budget is zero or absent.
 *
 * <p>The rate is the one of {@link io.github.jixiao.rules.formula.Formulas#executionRate} (shown
 * through {@link CheckContext#executionRate}); the test uses its exact fraction, executed ÷
 * full-year, cross-multiplied, so no rounding of the rate can move a case across the threshold.
 *
 * <p>Because a score is compared with 90 (the provincial system's formula, kept as it is), a fully
 * executed budget (100 %) still fires for any claimed total above 90 ÷ (1 − 5 %) = 94.736…, that
 * is from 94.74 (5.00 %, just above 5) — 94.73 is silent; with 95, (95 ÷ 90 − 1) ÷ (95 ÷ 90) =
 * 5.26 %. That is the methodology's warning, not an error of
 * the check: a reviewer reads it as "a very high claim", whatever the execution.
 */
final class ScoreFarAboveExecutionCheck extends StandardCheck {

  /** The provincial system's threshold, in percent. */
  static final BigDecimal DEFAULT_THRESHOLD_PERCENT = BigDecimal.valueOf(5);

  private static final BigDecimal NINETY = BigDecimal.valueOf(90);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal thresholdPercent;

  ScoreFarAboveExecutionCheck(BigDecimal thresholdPercent) {
    super(CheckCode.SCORE_FAR_ABOVE_EXECUTION);
    this.thresholdPercent = thresholdPercent;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Budget budget = context.evaluation().getBudget();
    BigDecimal score = context.evaluation().getClaimedTotal().orElse(BigDecimal.ZERO);
    Optional<Percentage> executionRate = context.executionRate(2);
    Optional<BigDecimal> base = context.executionBase().figure(budget);
    if (score.signum() <= 0 || executionRate.isEmpty() || base.isEmpty()
        || base.get().signum() < 0) {
      return List.of();
    }
    // The rate executed ÷ base, exact: (score ÷ 90 − rate) ÷ (score ÷ 90) × 100 > threshold.
    BigDecimal whole = score.multiply(base.get());
    BigDecimal gap = whole.subtract(NINETY.multiply(budget.getExecuted()));
    if (HUNDRED.multiply(gap).compareTo(thresholdPercent.multiply(whole)) <= 0) {
      return List.of();
    }
    BigDecimal shown = gap.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    return List.of(finding("$.claimedTotal").expected(plain(thresholdPercent))
        .actual(plain(shown))
        .message(Message.of("check.score-far-above-execution", number("score", score),
            number("rate", executionRate.get().value()), number("gap", shown),
            number("threshold", thresholdPercent)))
        .build());
  }
}
