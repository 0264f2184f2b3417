package io.github.jixiao.rules.result;

/** Whether a named formula could be computed from the evaluation's data (公式计算状态). */
public enum FormulaStatus {
  /** 已计算: computed. */
  COMPUTED("已计算"),
  /** 不适用: the denominator is zero, so the rate does not apply (never 0 %). */
  NOT_APPLICABLE("不适用"),
  /** 缺少数据: the evaluation does not give the figures the formula needs. */
  MISSING_DATA("缺少数据");

  private final String label;

  FormulaStatus(String label) {
    this.label = label;
  }

  /**
   * The Chinese name, e.g. {@code 不适用}. A message names the status in the reader's language
   * with {@code Message.label(status)} ({@code label.FormulaStatus.*} in jixiao-rules' bundle).
   */
  public String label() {
    return label;
  }
}
