package io.github.jixiao.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money with its unit (金额): 3306.19 万元 is 33 061 900 元. Conversion between units
 * is exact (a shift of the decimal point), so converting and converting back gives the same
 * number. Two amounts are equal when they are the same money, whatever their units and scales:
 * 1 万元 equals 10000.00 元.
 *
 * @param value the number, in {@code unit}
 * @param unit the unit it is stated in
 */
public record Amount(BigDecimal value, MoneyUnit unit) implements Comparable<Amount> {

  /** Creates an amount; both parts are required. */
  public Amount {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
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
