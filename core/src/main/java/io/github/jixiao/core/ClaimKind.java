package io.github.jixiao.core;

/** What a sentence of the narrative claims (自评报告中的结论性表述). */
public enum ClaimKind {
  /** Every performance target was met: 均达到了年初设定的各项绩效目标, 全面完成绩效目标任务. */
  ALL_TARGETS_MET("全部绩效目标均已达成"),
  /** Every task of the year was completed: 全面完成各项目标任务. */
  ALL_TASKS_COMPLETED("全部工作任务均已完成"),
  /** Any other conclusion worth recording. */
  OTHER("其他");

  private final String label;

  ClaimKind(String label) {
    this.label = label;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }
}
