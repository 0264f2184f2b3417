package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.rules.spi.RuleInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A figure as an explanation shows it (评分说明中的数值): half up to two decimals when the points
 * recompute from it, else with as many more decimals as the points were computed with, up to
 * {@link #MOST_DECIMALS} — so a reader who recomputes the printed formula gets the printed points
 * (issue 14: {@code 10 × 38.85% = 3.88} came from 38.8452…%; it now reads {@code 10 × 38.845% =
 * 3.88}). The points always come from the unrounded figure; a rulebook setting to score from the
 * stated (rounded) rate does not exist yet.
 */
final class ShownFigure {

  /** The most decimals a figure is shown with, whatever it was computed with. */
  static final int MOST_DECIMALS = 10;

  private ShownFigure() {}

  /**
   * {@code exact} at the fewest decimals (at least 2) from which {@code points} gives, rounded by
   * the rulebook, what {@code exact} gives.
   */
  static BigDecimal shown(RuleInput in, BigDecimal exact, UnaryOperator<BigDecimal> points) {
    return shown(in, exact, points, shown -> true);
  }

  /**
   * {@code exact} at the fewest decimals (at least 2) from which {@code points} gives, rounded by
   * the rulebook, what {@code exact} gives, and for which {@code holds} — what the explanation
   * says of the figure ({@code 99.9999% < 100%} must not read {@code 100.00% < 100%}).
   */
  static BigDecimal shown(RuleInput in, BigDecimal exact, UnaryOperator<BigDecimal> points,
      Predicate<BigDecimal> holds) {
    BigDecimal expected = in.round(points.apply(exact));
    return where(exact, c -> holds.test(c) && in.round(points.apply(c)).compareTo(expected) == 0);
  }

  /** {@code exact} at the fewest decimals (at least 2, at most 10) for which {@code holds}. */
  static BigDecimal where(BigDecimal exact, Predicate<BigDecimal> holds) {
    int most = Math.min(Math.max(exact.scale(), 2), MOST_DECIMALS);
    for (int scale = 2; scale < most; scale++) {
      BigDecimal candidate = exact.setScale(scale, RoundingMode.HALF_UP);
      if (holds.test(candidate)) {
        return candidate;
      }
    }
    return exact.setScale(most, RoundingMode.HALF_UP);
  }

  /** {@code exact} as it is, at least 2 decimals and at most 10: a figure a sum must add up to. */
  static BigDecimal exactly(BigDecimal exact) {
    return where(exact, c -> c.compareTo(exact) == 0);
  }

  /**
   * {@code exact} as it is, with at least {@code least} decimals (the rounding scale) and at most
   * {@link #MOST_DECIMALS} (rounded half up beyond): a bound a reader compares printed points
   * with — 80 % of 3.33 is shown 2.664, not 2.66, and 4 at two decimals 4.00.
   */
  static BigDecimal exactly(BigDecimal exact, int least) {
    int needed = Math.max(least, exact.stripTrailingZeros().scale());
    return exact.setScale(Math.min(needed, Math.max(least, MOST_DECIMALS)), RoundingMode.HALF_UP);
  }
}
