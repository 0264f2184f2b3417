package io.github.jixiao.core.value;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Decimal numbers at the door (数值边界): whether a number is within a bound of integer digits and
 * decimals, asked without ever expanding it ({@code 1E+999999999} is answered from its precision
 * and scale, never from its billion digits); the same number at scale 0 when its scale is below 0
 * ({@code 3.3E+3} → {@code 3300}); and rounding that costs nothing for a number far below the
 * last decimal kept.
 */
public final class Numbers {

  /**
   * Past this many bits in its unscaled value (about 120 digits) a number is beyond every bound of
   * Jixiao whatever its scale: answered before its precision is asked, which would cost.
   */
  private static final int MOST_BITS = 400;

  /** Integer digits up to which a negative scale is worth bringing to 0; beyond, the door refuses. */
  private static final int MOST_NORMALISED_DIGITS = 64;

  private Numbers() {}

  /**
   * The violation of {@code number} at {@code path} beyond a bound of {@code integerDigits} and
   * {@code decimals}, in English and Chinese, showing the number in a few dozen characters.
   */
  public static Violation beyond(String path, BigDecimal number, int integerDigits,
      int decimals) {
    return new Violation(path, Message.of("core.value.beyond",
        Argument.number("integer", integerDigits), Argument.number("fraction", decimals),
        Argument.text("actual", Echo.number(number))));
  }

  /** An {@link InvalidValueException} of {@code type} with the one violation given. */
  public static InvalidValueException invalid(String type, String path, Message message) {
    return new InvalidValueException(type, List.of(new Violation(path, message)));
  }

  /**
   * Whether {@code d} has at most {@code integerDigits} digits before the decimal point and at most
   * {@code decimals} after it, as written (trailing zeros count: 1.0000000 has 7 decimals). A
   * scale below 0 counts as no decimals: 33E+2 has 4 integer digits and none after the point.
   */
  public static boolean within(BigDecimal d, int integerDigits, int decimals) {
    return small(d) && integerDigits(d) <= integerDigits && Math.max(0, d.scale()) <= decimals;
  }

  /** Whether {@code d}'s unscaled value is small enough (about 120 digits) to ask anything cheap. */
  public static boolean small(BigDecimal d) {
    return d.unscaledValue().bitLength() <= MOST_BITS;
  }

  /**
   * The number of digits before the decimal point, 1 for zero, 0 or below for a number under 0.1
   * (0.001 has −2); only for a {@linkplain #small(BigDecimal) small} number.
   */
  public static long integerDigits(BigDecimal d) {
    return d.signum() == 0 ? 1 : (long) d.precision() - d.scale();
  }

  /**
   * {@code d} at scale 0 if its scale is below 0 ({@code 3.3E+3} → {@code 3300}, {@code 0E+5} →
   * {@code 0}), else {@code d} itself (the same reference, so an Immutables {@code with*} keeps
   * the value). A number too large to expand is returned as it is, for the door to refuse.
   */
  public static BigDecimal normal(BigDecimal d) {
    if (d == null || d.scale() >= 0) {
      return d;
    }
    if (d.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (!small(d) || integerDigits(d) > MOST_NORMALISED_DIGITS) {
      return d;
    }
    return d.setScale(0, RoundingMode.UNNECESSARY);
  }

  /** {@link #normal(BigDecimal)} inside an {@code Optional}; the same instance when unchanged. */
  public static Optional<BigDecimal> normal(Optional<BigDecimal> d) {
    if (d.isEmpty() || d.get().scale() >= 0) {
      return d;
    }
    BigDecimal normal = normal(d.get());
    return normal == d.get() ? d : Optional.of(normal);
  }

  /**
   * {@code d} rounded half up to {@code scale} decimals; only for a {@linkplain #small(BigDecimal)
   * small} number. A number whose first digit lies past the last decimal kept plus one is 0 at
   * once: {@code 1E-999999999} rounds to 0.00 without dividing by 10<sup>999999997</sup>.
   */
  public static BigDecimal roundedHalfUp(BigDecimal d, int scale) {
    if (integerDigits(d) < -scale) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return d.setScale(scale, RoundingMode.HALF_UP);
  }
}
