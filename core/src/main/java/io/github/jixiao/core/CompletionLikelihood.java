package io.github.jixiao.core;

/**
 * 完成目标可能性 (完成可能性分析): the unit's own judgement, in a mid-year monitoring report (绩效运行监控表),
 * of whether an indicator's annual target will be met, picked from a list. lifecycle.md §2 gives
 * the three choices by meaning (can be completed / may not / cannot); their Chinese words here
 * (确定能 / 有可能 / 完全不可能) are a reconstruction from the national monitoring form as remembered,
 * not from a form at hand — a bureau whose pick list words them otherwise still has these three.
 */
public enum CompletionLikelihood {
  /** 确定能: the target will be met. */
  CERTAIN("确定能"),
  /** 有可能: the target may be met, or may not. */
  POSSIBLE("有可能"),
  /** 完全不可能: the target cannot be met; an adjustment (绩效目标调整) is expected. */
  IMPOSSIBLE("完全不可能");

  private final String label;

  CompletionLikelihood(String label) {
    this.label = label;
  }

  /** The Chinese words of the pick list, e.g. {@code 确定能}. */
  public String label() {
    return label;
  }
}
