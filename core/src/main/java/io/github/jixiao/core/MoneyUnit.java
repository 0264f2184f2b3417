package io.github.jixiao.core;

import java.math.BigDecimal;

/**
 * The unit an amount of money is stated in (金额单位): 元, 万元 (ten thousand yuan) or 亿元 (a
 * hundred million yuan). A document states its unit once; conversions move the decimal point.
 */
public enum MoneyUnit {
  /** 元, one yuan. */
  YUAN("元", 0),
  /** 万元, ten thousand yuan: the unit of most reports (the seed's 3306.19 万元). */
  WAN_YUAN("万元", 4),
  /** 亿元, a hundred million yuan: seen in narratives. */
  YI_YUAN("亿元", 8);

  private final String label;
  private final int exponent;
  private final BigDecimal yuan;

  /** A unit of 10^{@code exponent} yuan: conversions move the decimal point, exactly. */
  MoneyUnit(String label, int exponent) {
    this.label = label;
    this.exponent = exponent;
    this.yuan = BigDecimal.ONE.movePointRight(exponent);
  }

  /** The Chinese name as printed in reports, e.g. {@code 万元}. */
  public String label() {
    return label;
  }

  /** The amount {@code amount} of this unit in yuan, exactly. */
  public BigDecimal toYuan(BigDecimal amount) {
    return amount.multiply(yuan);
  }

  /** The amount {@code yuanAmount} of yuan in this unit, exactly (the decimal point moves). */
  public BigDecimal fromYuan(BigDecimal yuanAmount) {
    return yuanAmount.movePointLeft(exponent);
  }
}
