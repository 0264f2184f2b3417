package io.github.jixiao.rules.scoring;

import java.util.Optional;

/**
 * Scoring could not be done (评分失败): a rule threw, gave points outside [0, weight], or is not
 * registered; or the evaluation and the rulebook cannot be put together. The message names the
 * rule's type id and the indicator's code, and says how to fix it; the rule's own exception is the
 * cause.
 */
public final class ScoringException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String ruleType;
  private final String indicatorCode;
  private final String messageZh;

  /**
   * Creates the exception.
   *
   * @param ruleType the rule's type id, or null when no rule is concerned
   * @param indicatorCode the indicator's code, or null when no indicator is concerned
   * @param message what happened and the fix
   * @param cause the rule's exception, or null
   */
  public ScoringException(String ruleType, String indicatorCode, String message,
      Throwable cause) {
    this(ruleType, indicatorCode, message, null, cause);
  }

  /**
   * Creates the exception, with the message in Chinese too.
   *
   * @param ruleType the rule's type id, or null when no rule is concerned
   * @param indicatorCode the indicator's code, or null when no indicator is concerned
   * @param message what happened and the fix
   * @param messageZh the same in Chinese, or null when there is none
   * @param cause the rule's exception, or null
   */
  public ScoringException(String ruleType, String indicatorCode, String message,
      String messageZh, Throwable cause) {
    super(message, cause);
    this.ruleType = ruleType;
    this.indicatorCode = indicatorCode;
    this.messageZh = messageZh;
  }

  /** The message in Chinese (中文), or in English when there is none. */
  public String messageZh() {
    return messageZh != null ? messageZh : getMessage();
  }

  /** The type id of the rule concerned, if any. */
  public Optional<String> ruleType() {
    return Optional.ofNullable(ruleType);
  }

  /** The code of the indicator concerned, if any. */
  public Optional<String> indicatorCode() {
    return Optional.ofNullable(indicatorCode);
  }
}
