package io.github.jixiao.core;

/** What kind of number a {@link StatedFigure} is (表述数据类型). */
public enum FigureKind {
  /** A rate in percent: numerator ÷ denominator × 100 (完成率, 解决率). */
  RATE("比率"),
  /** A count of things: meetings, proposals, people (数量). */
  COUNT("数量"),
  /** An amount of money (金额). */
  AMOUNT("金额");

  private final String label;

  FigureKind(String label) {
    this.label = label;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }
}
