package io.github.jixiao.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of points (分, 分值, 得分), always at two decimals: the methodology rounds each scored
 * indicator half up to two decimals and sums the rounded points. {@code Points.of("9.7162")} is
 * refused; {@code Points.rounded(9.7162)} is 9.72.
 *
 * @param value the points, scale exactly 2
 */
public record Points(BigDecimal value) implements Comparable<Points> {

  /** No points. */
  public static final Points ZERO = new Points(BigDecimal.ZERO);

  /** Creates points; {@code value} must have at most two decimals. */
  public Points {
    Objects.requireNonNull(value, "value");
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("points " + value.toPlainString()
          + " have more than 2 decimals: round them with Points.rounded(value)");
    }
    value = value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** {@code value} (a decimal string such as {@code "9.72"}) as points. */
  public static Points of(String value) {
    return new Points(new BigDecimal(value));
  }

  /** {@code value} rounded half up to two decimals: 9.7162 → 9.72, 3.125 → 3.13. */
  public static Points rounded(BigDecimal value) {
    return new Points(value.setScale(2, RoundingMode.HALF_UP));
  }

  /** The sum of these points and {@code other}. */
  public Points plus(Points other) {
    return new Points(value.add(other.value));
  }

  /** These points minus {@code other}, floored at zero (扣完为止). */
  public Points minusFlooredAtZero(Points other) {
    BigDecimal left = value.subtract(other.value);
    return new Points(left.signum() < 0 ? BigDecimal.ZERO : left);
  }

  @Override
  public int compareTo(Points other) {
    return value.compareTo(other.value);
  }

  /** As a table prints it: {@code 9.72}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
