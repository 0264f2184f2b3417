package io.github.jixiao.core;

/**
 * The level a qualitative indicator reached (定性指标完成程度). The share of the weight each level
 * earns (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %) belongs to the rulebook, not here.
 */
public enum QualitativeLevel {
  /** 达成, achieved. */
  ACHIEVED("达成"),
  /** 部分达成, partly achieved. */
  PARTLY_ACHIEVED("部分达成"),
  /** 未达成, not achieved. */
  NOT_ACHIEVED("未达成");

  private final String label;

  QualitativeLevel(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 达成}. */
  public String label() {
    return label;
  }
}
