package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of points (分, 分值, 得分), always at two decimals: the methodology rounds each scored
 * indicator half up to two decimals and sums the rounded points. {@code Points.of("9.7162")} is
 * refused; {@code Points.rounded(9.7162)} is 9.72.
 *
 * <p>Points have at most {@value #MOST_INTEGER_DIGITS} integer digits (a table's weights have 3;
 * the rest is room for sums and for what a rule computes) and 2 decimals, trailing zeros aside
 * ({@code 9.7200} is 9.72). Anything else — {@code 1E+300000000}, {@code 1E-999999999} — is
 * refused with an {@link InvalidValueException} at once, without expanding the number.
 *
 * @param value the points, scale exactly 2
 */
public record Points(BigDecimal value) implements Comparable<Points> {

  /** The most digits points have before the decimal point. */
  public static final int MOST_INTEGER_DIGITS = 15;

  /** No points. */
  public static final Points ZERO = new Points(BigDecimal.ZERO);

  /**
   * Creates points; {@code value} must have at most two decimals, trailing zeros aside, and at
   * most {@value #MOST_INTEGER_DIGITS} integer digits.
   *
   * @throws InvalidValueException at {@code value} otherwise
   */
  public Points {
    Objects.requireNonNull(value, "value");
    if (!Numbers.small(value)) {
      throw tooLarge(value);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > 2) {
      String shown = Echo.number(value);
      throw Numbers.invalid("Points", "value", Message.of("core.points.decimals",
          Argument.text("actual", shown)));
    }
    if (Numbers.integerDigits(stripped) > MOST_INTEGER_DIGITS) {
      throw tooLarge(value);
    }
    value = value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** {@code value} (a decimal string such as {@code "9.72"}) as points. */
  public static Points of(String value) {
    return new Points(new BigDecimal(value));
  }

  /**
   * {@code value} rounded half up to two decimals: 9.7162 → 9.72, 3.125 → 3.13; any number of
   * decimals (1E-999999999 → 0.00), at most {@value #MOST_INTEGER_DIGITS} integer digits.
   *
   * @throws InvalidValueException at {@code value} for a number of more integer digits
   */
  public static Points rounded(BigDecimal value) {
    if (!Numbers.small(value) || Numbers.integerDigits(value) > MOST_INTEGER_DIGITS) {
      throw tooLarge(value);
    }
    return new Points(Numbers.roundedHalfUp(value, 2));
  }

  private static InvalidValueException tooLarge(BigDecimal value) {
    String shown = Echo.number(value);
    return Numbers.invalid("Points", "value", Message.of("core.points.range",
        Argument.text("actual", shown), Argument.number("integer", MOST_INTEGER_DIGITS)));
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
