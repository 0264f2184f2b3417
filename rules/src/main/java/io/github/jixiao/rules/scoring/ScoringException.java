package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.value.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scoring could not be done (评分失败): a rule threw, gave points outside [0, weight], or is not
 * registered; a rulebook's rules report problems; or the evaluation and the rulebook cannot be put
 * together. The message names the rule's type id and the indicator's code, and says how to fix it;
 * the rule's own exception is the cause. The problems of a rulebook, each at its JSON path in the
 * rulebook ({@code $.indicators[3].rule.params.target}), are {@link #problems()}; they survive Java
 * serialization.
 */
public final class ScoringException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String ruleType;
  private final String indicatorCode;
  private final String messageZh;
  private final List<Violation> problems;

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
    this(ruleType, indicatorCode, message, messageZh, List.of(), cause);
  }

  /**
   * Creates the exception for problems found in a rulebook, each at its path in the rulebook.
   *
   * @param ruleType the rule's type id, or null when no one rule is concerned
   * @param indicatorCode the indicator's code, or null when no one indicator is concerned
   * @param message what happened and the fix
   * @param messageZh the same in Chinese, or null when there is none
   * @param problems the problems, in the order found; may be empty
   * @param cause the rule's exception, or null
   */
  public ScoringException(String ruleType, String indicatorCode, String message,
      String messageZh, List<Violation> problems, Throwable cause) {
    super(message, cause);
    this.ruleType = ruleType;
    this.indicatorCode = indicatorCode;
    this.messageZh = messageZh;
    this.problems = List.copyOf(problems);
  }

  /** The message in Chinese (中文), or in English when there is none. */
  public String messageZh() {
    return messageZh != null ? messageZh : getMessage();
  }

  /** The message in the given language: Chinese for {@code zh}, English otherwise. */
  @Override
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh() : getMessage();
  }

  /** The message, then every problem on a line of its own, {@code $.indicators[0].rule.type: …}. */
  @Override
  public String describe(Locale locale) {
    return problems.isEmpty() ? message(locale) : message(locale) + "\n"
        + problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
  }

  /** The type id of the rule concerned, if any. */
  public Optional<String> ruleType() {
    return Optional.ofNullable(ruleType);
  }

  /** The code of the indicator concerned, if any. */
  public Optional<String> indicatorCode() {
    return Optional.ofNullable(indicatorCode);
  }

  /**
   * The problems of the rulebook that kept it from being scored, each at its JSON path in the
   * rulebook; empty when the exception is about one rule's outcome.
   */
  public List<Violation> problems() {
    return problems;
  }
}
