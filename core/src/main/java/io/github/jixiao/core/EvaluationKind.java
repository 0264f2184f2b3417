package io.github.jixiao.core;

/** What a self-evaluation covers (自评类型). */
public enum EvaluationKind {
  /** 部门整体支出绩效自评: the whole department's spending for the year (the seed). */
  DEPARTMENT_WIDE("部门整体支出"),
  /** 项目支出绩效自评: one project's spending. */
  PROJECT("项目支出");

  private final String label;

  EvaluationKind(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 部门整体支出}. */
  public String label() {
    return label;
  }
}
