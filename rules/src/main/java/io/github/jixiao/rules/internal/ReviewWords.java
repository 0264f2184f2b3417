package io.github.jixiao.rules.internal;

import java.util.List;

/**
 * The words by which reviewers read an indicator's name (复核用语), shared by the self-evaluation's
 * checks and the target review, so that both find the same money and the same savings.
 */
public final class ReviewWords {

  /** Words of money paid or executed: a 数量 indicator of them measures the budget, not an output. */
  public static final List<String> MONEY = List.of("预算执行", "执行率", "资金", "支付", "拨付");

  /** Words of a saving, which a 成本 indicator may write with ≥. */
  public static final List<String> SAVINGS = List.of("节约", "降低", "节省", "下降");

  private ReviewWords() {}
}
