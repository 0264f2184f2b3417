package io.github.jixiao.core;

/** Which way a quantitative indicator's actual value should lie against its target (指标方向). */
public enum Direction {
  /** 正向指标 (≥): more is better. */
  AT_LEAST("≥", "正向"),
  /** 反向指标 (≤): less is better. */
  AT_MOST("≤", "反向"),
  /** 等于 (=): the target exactly. */
  EQUAL("=", "等于");

  private final String symbol;
  private final String label;

  Direction(String symbol, String label) {
    this.symbol = symbol;
    this.label = label;
  }

  /** The comparison symbol as printed in tables: ≥, ≤ or =. */
  public String symbol() {
    return symbol;
  }

  /** The Chinese name, e.g. {@code 正向}. */
  public String label() {
    return label;
  }
}
