package io.github.jixiao.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact decimal helpers: amounts and points are drawn as whole hundredths (分), sometimes written
 * with a negative scale ({@code 3.3E+3}).
 */
final class Decimals {

  private Decimals() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** {@code hundredths} ÷ 100 at scale 2: 330619 → 3306.19. */
  static BigDecimal hundredths(long hundredths) {
    return BigDecimal.valueOf(hundredths, 2);
  }

  /**
   * {@code hundredths} ÷ 100, sometimes (one draw in eight, never the simplest) written with a
   * negative scale where it has trailing zeros before the point — 3300.00 as {@code 3.3E+3}, as
   * a JSON reader meets {@code 33E+2} — so that properties see such numbers; core holds them at
   * scale 0. {@code hundredths} is the caller's: draw it a whole number of hundreds (see {@link
   * #sometimesWhole}) for the negative scale to show.
   */
  static BigDecimal presented(Source source, long hundredths) {
    BigDecimal value = hundredths(hundredths);
    return source.between(0, 7, 7) == 0 && hundredths != 0 ? value.stripTrailingZeros() : value;
  }

  /** {@code hundredths}, or sometimes (one draw in eight) rounded down to whole hundreds. */
  static long sometimesWhole(Source source, long hundredths) {
    return source.between(0, 7, 7) == 0 ? hundredths / 10_000 * 10_000 : hundredths;
  }

  /** {@code value} in whole hundredths; it must have at most two decimals. */
  static long toHundredths(BigDecimal value) {
    return value.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  /** {@code value} rounded half up to two decimals. */
  static BigDecimal twoDecimals(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** The smaller of two decimals. */
  static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
