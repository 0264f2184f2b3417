package io.github.jixiao.core;

/** Whether an indicator is measured by a number or judged by a level (指标类型). */
public enum IndicatorKind {
  /** 定量指标: a number compared with a target. */
  QUANTITATIVE("定量"),
  /** 定性指标: a level — 达成, 部分达成, 未达成. */
  QUALITATIVE("定性");

  private final String label;

  IndicatorKind(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 定量}. */
  public String label() {
    return label;
  }
}
