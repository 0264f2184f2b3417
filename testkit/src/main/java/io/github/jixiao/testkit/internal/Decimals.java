package io.github.jixiao.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact decimal helpers: amounts and points are drawn as whole hundredths (分). */
final class Decimals {

  private Decimals() {}

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** {@code hundredths} ÷ 100 at scale 2: 330619 → 3306.19. */
  static BigDecimal hundredths(long hundredths) {
    return BigDecimal.valueOf(hundredths, 2);
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
