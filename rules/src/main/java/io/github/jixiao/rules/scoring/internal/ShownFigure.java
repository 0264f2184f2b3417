package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.rules.spi.RuleInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    BigDecimal expected = in.round(points.apply(exact));
    int most = Math.min(Math.max(exact.scale(), 2), MOST_DECIMALS);
    for (int scale = 2; scale < most; scale++) {
      BigDecimal candidate = exact.setScale(scale, RoundingMode.HALF_UP);
      if (in.round(points.apply(candidate)).compareTo(expected) == 0) {
        return candidate;
      }
    }
    return exact.setScale(most, RoundingMode.HALF_UP);
  }
}
