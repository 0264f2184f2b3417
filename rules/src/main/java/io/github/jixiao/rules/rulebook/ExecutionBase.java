package io.github.jixiao.rules.rulebook;

/**
 * The base of the execution rate (预算执行率的分母): the figure executed (执行数) is divided by.
 * Real rulebooks differ (rulebooks.md, "Execution base"); a rulebook names its base in {@link
 * ExecutionSettings#getBase()}, and the scorer computes every {@code execution-rate} leaf against
 * it. A base figure the evaluation does not give makes the rate missing data, never 0 %.
 */
public enum ExecutionBase {
  /**
   * 全年预算数: the full-year budget after adjustments ({@code Budget.getFullYear()}), the
   * default. Confirmed by the national 2020 form (formats.md table A: 全年预算数(A), 执行率(B/A))
   * and by Sichuan's 2023 form (table B: 预算执行数 ÷ 调整后预算数 — the adjusted budget is this
   * figure).
   */
  FULL_YEAR("全年预算数"),
  /**
   * 全年预算数 + 上年结转结余: the full-year budget and the carry-over at the start of the year
   * ({@code Budget.getCarryOver().getAtStart()}). Confirmed by a 2020 municipal form (formats.md
   * table D: 预算数 = 调整后财政资金总额, including 上年结余结转).
   */
  FULL_YEAR_WITH_CARRY_OVER("全年预算数（含上年结转结余）"),
  /**
   * 资金到位数: the money actually in place ({@code Budget.getFundsInPlace()}). Named among the
   * bases real systems use (rulebooks.md, "the money actually in place"); no published table
   * with it has been read, so a rulebook that uses it is a reconstruction in this respect.
   */
  FUNDS_IN_PLACE("资金到位数");

  private final String label;

  ExecutionBase(String label) {
    this.label = label;
  }

  /**
   * The Chinese name, e.g. {@code 资金到位数}. A message names the base in the reader's language
   * with {@code Message.label(base)} ({@code label.ExecutionBase.*} in jixiao-rules' bundle).
   */
  public String label() {
    return label;
  }
}
