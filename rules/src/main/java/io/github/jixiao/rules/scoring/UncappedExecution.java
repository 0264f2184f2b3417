package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The execution line not capped at its weight (预算执行率得分不封顶): the {@code proportional} rule
 * of an execution line, except that above the target the points go on rising, weight × actual ÷
 * target (10 × 104.5 % = 10.45), and the explanation says they are not capped. Below or at the
 * target it is the proportional rule itself. Used by the scorer only for an execution line of a
 * rulebook whose {@code ExecutionSettings.isCapped()} is false; the {@link RuleGuard} then lets its
 * points reach {@link #ceiling}, and no further.
 */
final class UncappedExecution implements ScoringRule {

  private final ScoringRule proportional;

  UncappedExecution(ScoringRule proportional) {
    this.proportional = proportional;
  }

  @Override
  public String type() {
    return proportional.type();
  }

  @Override
  public RuleOutcome score(RuleInput in) {
    RuleOutcome capped = proportional.score(in);
    Optional<BigDecimal> over = uncappedPoints(in);
    if (capped.status() != ScoreStatus.SCORED || over.isEmpty()) {
      return capped;
    }
    BigDecimal actual = in.getActual().orElseThrow();
    BigDecimal target = target(in).orElseThrow();
    BigDecimal points = over.get();
    boolean percent = "%".equals(in.getUnit().orElse(""))
        && Decimals.same(target, Decimals.HUNDRED);
    return RuleOutcome.scored(points, Message.of(
        percent ? "execution.uncapped.percent" : "execution.uncapped",
        Argument.text("name", Echo.phrase(in.getIndicatorName())),
        Argument.number("actual", shown(in, actual, target)),
        Argument.number("target", plain(target)),
        Argument.text("unit", Echo.text(in.getUnit().orElse(""))),
        Argument.number("weight", plain(in.getWeight())),
        Argument.number("points", in.round(points))));
  }

  /**
   * The most points the line may have: weight × actual ÷ target when the actual is above a
   * target above 0, else the weight.
   */
  static BigDecimal ceiling(RuleInput in) {
    return uncappedPoints(in).orElse(in.getWeight());
  }

  /** Weight × actual ÷ target, when the actual is above a target above 0. */
  private static Optional<BigDecimal> uncappedPoints(RuleInput in) {
    Optional<BigDecimal> target = target(in);
    if (target.isEmpty() || target.get().signum() <= 0 || in.getActual().isEmpty()
        || in.getActual().get().compareTo(target.get()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(Decimals.divide(in.getWeight().multiply(in.getActual().get()),
        target.get()));
  }

  /** The target as the proportional rule takes it: the spec's parameter, else the indicator's. */
  private static Optional<BigDecimal> target(RuleInput in) {
    Optional<BigDecimal> own = in.getSpec().param("target");
    return own.isPresent() ? own : in.getTarget();
  }

  /**
   * The actual at the fewest decimals (2 to 10) that stays above the target and from which
   * weight × actual ÷ target rounds to the same points: so the printed formula recomputes.
   */
  private static BigDecimal shown(RuleInput in, BigDecimal actual, BigDecimal target) {
    BigDecimal expected = in.round(Decimals.divide(in.getWeight().multiply(actual), target));
    int most = Math.min(Math.max(actual.scale(), 2), 10);
    for (int scale = 2; scale < most; scale++) {
      BigDecimal c = actual.setScale(scale, RoundingMode.HALF_UP);
      if (c.compareTo(target) > 0 && in.round(Decimals.divide(in.getWeight().multiply(c),
          target)).compareTo(expected) == 0) {
        return c;
      }
    }
    return actual.setScale(most, RoundingMode.HALF_UP);
  }

  /** Without trailing zeros, never in exponent form: 100.00 → 100. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
