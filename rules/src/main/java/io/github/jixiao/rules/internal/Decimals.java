package io.github.jixiao.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact arithmetic (精确计算) shared by rules and formulas: one place for the working scale. */
public final class Decimals {

  /** The scale of intermediate quotients: far below any rounding the methodology does. */
  public static final int WORKING_SCALE = 10;

  /** The scale of computed rates, in percent (97.162293 %). */
  public static final int RATE_SCALE = 6;

  /** One hundred. */
  public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Decimals() {}

  /** {@code a ÷ b} at the working scale, half up; {@code b} must not be zero. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, WORKING_SCALE, RoundingMode.HALF_UP);
  }

  /** The smaller of two decimals. */
  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The larger of two decimals. */
  public static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** {@code value} within [0, {@code limit}]. */
  public static BigDecimal clamp(BigDecimal value, BigDecimal limit) {
    return min(max(value, BigDecimal.ZERO), limit);
  }

  /** For display in an explanation: half up to two decimals. */
  public static BigDecimal shown(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** {@code value} without trailing zeros and never in exponent form: 500.0000 → 500, 2E+2 → 200.
   */
  public static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Whether {@code a} and {@code b} are numerically equal, whatever their scales. */
  public static boolean same(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }
}
