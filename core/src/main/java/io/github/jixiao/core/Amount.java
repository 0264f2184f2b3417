package io.github.jixiao.core;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An amount of money with its unit (金额): 3306.19 万元 is 33 061 900 元. Conversion between units
 * is exact (a shift of the decimal point), so converting and converting back gives the same
 * number. Two amounts are equal when they are the same money, whatever their units and scales:
 * 1 万元 equals 10000.00 元.
 *
 * <p>An amount has at most {@value #MOST_INTEGER_DIGITS} integer digits and {@value
 * #MOST_DECIMALS} decimals: a document's money (at most 15 integer digits and 6 decimals in
 * 万元) converted between 元 and 万元, with room to spare. A number beyond — {@code
 * 1E+999999999} — is refused with an {@link InvalidValueException} at once, without expanding
 * it; so is a conversion or a sum whose result is beyond. A scale below 0 becomes 0: {@code
 * 3.3E+3} is held as {@code 3300}.
 *
 * @param value the number, in {@code unit}
 * @param unit the unit it is stated in
 */
public record Amount(BigDecimal value, MoneyUnit unit) implements Comparable<Amount> {

  /** The most digits an amount has before the decimal point. */
  public static final int MOST_INTEGER_DIGITS = 24;

  /** The most decimals an amount has. */
  public static final int MOST_DECIMALS = 14;

  /**
   * Creates an amount; both parts are required.
   *
   * @throws InvalidValueException at {@code value} for a number beyond the bound
   */
  public Amount {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    if (!Numbers.within(value, MOST_INTEGER_DIGITS, MOST_DECIMALS)) {
      throw new InvalidValueException("Amount",
          List.of(Numbers.beyond("value", value, MOST_INTEGER_DIGITS, MOST_DECIMALS)));
    }
    value = Numbers.normal(value);
  }

  /** The amount {@code value} (a decimal string such as {@code "3306.19"}) in {@code unit}. */
  public static Amount of(String value, MoneyUnit unit) {
    return new Amount(new BigDecimal(value), unit);
  }

  /** The same money in {@code target}, exactly: 3306.19 万元 → 33061900 元, and back. */
  public Amount to(MoneyUnit target) {
    if (target == unit) {
      return this;
    }
    return new Amount(target.fromYuan(unit.toYuan(value)), target);
  }

  /** This amount plus {@code other}, in this amount's unit. */
  public Amount plus(Amount other) {
    return new Amount(value.add(other.to(unit).value), unit);
  }

  /** This amount minus {@code other}, in this amount's unit. */
  public Amount minus(Amount other) {
    return new Amount(value.subtract(other.to(unit).value), unit);
  }

  /** Whether this amount is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  @Override
  public int compareTo(Amount other) {
    return unit.toYuan(value).compareTo(other.unit.toYuan(other.value));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount other && compareTo(other) == 0;
  }

  @Override
  public int hashCode() {
    return unit.toYuan(value).stripTrailingZeros().hashCode();
  }

  /** As a report prints it: {@code 3306.19万元}. */
  @Override
  public String toString() {
    return value.toPlainString() + unit.label();
  }
}
