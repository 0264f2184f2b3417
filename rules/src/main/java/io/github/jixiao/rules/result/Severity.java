package io.github.jixiao.rules.result;

/**
 * How serious a reviewer's finding is (问题严重程度): an error (错误) must be corrected before the
 * evaluation can be believed, a warning (警告) needs an answer from the unit, an info (提示) is
 * worth a look. Its name in a language is {@code Message.label(severity)}: {@code
 * label.Severity.ERROR} renders as 错误 and "error".
 */
public enum Severity {
  /** 错误: the numbers disagree with each other or with the rules; the report must be corrected. */
  ERROR("错误"),
  /** 警告: a sign of an inflated or unexplained self-evaluation; the unit must answer it. */
  WARNING("警告"),
  /** 提示: worth a reviewer's look, e.g. a duty that no task serves. */
  INFO("提示");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /**
   * The Chinese term, e.g. {@code 错误}, as core's enumerations give theirs; to show it in the
   * reader's language, render {@code Message.label(severity)}.
   */
  public String label() {
    return label;
  }
}
