package io.github.jixiao.rules.rulebook;

/** Whether a rulebook fixes its whole indicator tree (指标体系的完整性). */
public enum TreeKind {
  /** 完整: every indicator and weight is fixed by the rulebook. */
  COMPLETE("完整"),
  /**
   * 开放: groups are fixed, but some leaves or weights come from each evaluation's own table
   * (自评表), as in project self-evaluations.
   */
  OPEN("开放");

  private final String label;

  TreeKind(String label) {
    this.label = label;
  }

  /** The Chinese name, e.g. {@code 开放}. */
  public String label() {
    return label;
  }
}
