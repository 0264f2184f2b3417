package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.core.value.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A percentage at a fixed number of decimals (百分比): the seed's 预算完成率 97.16 % is
 * 3212.37 ÷ 3306.19 × 100 rounded half up to two decimals. A percentage cannot hold more
 * precision than its scale: {@code new Percentage(97.162, 2)} is refused.
 *
 * <p>A percentage has at most {@value #MOST_INTEGER_DIGITS} integer digits: enough for the ratio
 * of any two numbers of a document (at most 15 integer digits and 6 decimals each) times 100.
 * The parts of {@link #ofRatio} have at most {@value #MOST_PART_DIGITS} integer digits and
 * {@value #MOST_PART_DIGITS} decimals. Anything beyond is refused with an {@link
 * InvalidValueException} at once, without expanding the number.
 *
 * @param value the percent, e.g. 97.16 for 97.16 %; its scale is exactly {@code scale}
 * @param scale how many decimals it is stated to, 0 to 10
 */
public record Percentage(BigDecimal value, int scale) implements Comparable<Percentage> {

  /** The most digits a percentage has before the decimal point. */
  public static final int MOST_INTEGER_DIGITS = 24;

  /** The most integer digits, and the most decimals, of a numerator or denominator of a ratio. */
  public static final int MOST_PART_DIGITS = 64;

  /** The most decimals a percentage is stated to. */
  public static final int MOST_SCALE = 10;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Creates a percentage; {@code value} must fit {@code scale} without rounding.
   *
   * @throws InvalidValueException at {@code scale} or {@code value} otherwise
   */
  public Percentage {
    Objects.requireNonNull(value, "value");
    checkScale(scale);
    if (!Numbers.small(value)) {
      throw tooLarge(value);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > scale) {
      String shown = Echo.number(value);
      throw Numbers.invalid("Percentage", "value", Message.of("core.percentage.decimals",
          Argument.text("actual", shown), Argument.number("scale", scale)));
    }
    if (Numbers.integerDigits(stripped) > MOST_INTEGER_DIGITS) {
      throw tooLarge(value);
    }
    value = value.setScale(scale, RoundingMode.UNNECESSARY);
  }

  /**
   * {@code value} rounded half up to {@code scale} decimals: 91.847… at 0 → 92. Any number of
   * decimals (1E-999999999 → 0), at most about 120 significant digits.
   *
   * @throws InvalidValueException for a scale out of range or a value of too many integer digits
   */
  public static Percentage rounded(BigDecimal value, int scale) {
    checkScale(scale);
    if (!Numbers.small(value) || Numbers.integerDigits(value) > MOST_INTEGER_DIGITS) {
      throw tooLarge(value);
    }
    return new Percentage(Numbers.roundedHalfUp(value, scale), scale);
  }

  /**
   * {@code numerator ÷ denominator × 100}, rounded half up to {@code scale} decimals; empty when
   * the denominator is zero, because such a rate does not apply (not 0 %, not an error).
   *
   * @throws InvalidValueException for a part beyond {@value #MOST_PART_DIGITS} integer digits or
   *     decimals, a scale out of range, or a ratio of more than {@value #MOST_INTEGER_DIGITS}
   *     integer digits
   */
  public static Optional<Percentage> ofRatio(BigDecimal numerator, BigDecimal denominator,
      int scale) {
    checkScale(scale);
    part("numerator", numerator);
    part("denominator", denominator);
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    // Divide at the final scale directly: one rounding, half up, never through a double.
    BigDecimal percent = numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP);
    return Optional.of(new Percentage(percent, scale));
  }

  private static void checkScale(int scale) {
    if (scale < 0 || scale > MOST_SCALE) {
      throw Numbers.invalid("Percentage", "scale", Message.of("core.percentage.scale",
          Argument.number("scale", scale), Argument.number("most", MOST_SCALE)));
    }
  }

  private static void part(String path, BigDecimal part) {
    Objects.requireNonNull(part, path);
    if (!Numbers.within(part, MOST_PART_DIGITS, MOST_PART_DIGITS)) {
      throw new InvalidValueException("Percentage", List.of(
          Numbers.beyond(path, part, MOST_PART_DIGITS, MOST_PART_DIGITS)));
    }
  }

  private static InvalidValueException tooLarge(BigDecimal value) {
    String shown = Echo.number(value);
    return Numbers.invalid("Percentage", "value", Message.of("core.percentage.range",
        Argument.text("actual", shown), Argument.number("integer", MOST_INTEGER_DIGITS),
        Argument.number("fraction", MOST_SCALE)));
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
