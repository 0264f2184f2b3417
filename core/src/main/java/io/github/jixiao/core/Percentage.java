package io.github.jixiao.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A percentage at a fixed number of decimals (百分比): the seed's 预算完成率 97.16 % is
 * 3212.37 ÷ 3306.19 × 100 rounded half up to two decimals. A percentage cannot hold more
 * precision than its scale: {@code new Percentage(97.162, 2)} is refused.
 *
 * @param value the percent, e.g. 97.16 for 97.16 %; its scale is exactly {@code scale}
 * @param scale how many decimals it is stated to, 0 to 10
 */
public record Percentage(BigDecimal value, int scale) implements Comparable<Percentage> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Creates a percentage; {@code value} must fit {@code scale} without rounding. */
  public Percentage {
    Objects.requireNonNull(value, "value");
    if (scale < 0 || scale > 10) {
      throw new IllegalArgumentException("scale " + scale + " is out of range: use 0 to 10");
    }
    if (value.stripTrailingZeros().scale() > scale) {
      throw new IllegalArgumentException("percentage " + value.toPlainString() + " has more than "
          + scale + " decimals: round it with Percentage.rounded(value, " + scale + ")");
    }
    value = value.setScale(scale, RoundingMode.UNNECESSARY);
  }

  /** {@code value} rounded half up to {@code scale} decimals: 91.847… at 0 → 92. */
  public static Percentage rounded(BigDecimal value, int scale) {
    return new Percentage(value.setScale(scale, RoundingMode.HALF_UP), scale);
  }

  /**
   * {@code numerator ÷ denominator × 100}, rounded half up to {@code scale} decimals; empty when
   * the denominator is zero, because such a rate does not apply (not 0 %, not an error).
   */
  public static Optional<Percentage> ofRatio(BigDecimal numerator, BigDecimal denominator,
      int scale) {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    // Divide at the final scale directly: one rounding, half up, never through a double.
    BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP);
    return Optional.of(new Percentage(percent, scale));
  }

  /** The same rate as a fraction: 97.16 % → 0.9716. */
  public BigDecimal asFraction() {
    return value.movePointLeft(2);
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  /** As a report prints it: {@code 97.16%}. */
  @Override
  public String toString() {
    return value.toPlainString() + "%";
  }
}
