package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Scoring could not be done (评分失败): a rule threw, gave points outside [0, weight], or is not
 * registered; a rulebook's rules report problems; or the evaluation and the rulebook cannot be put
 * together. It says, as a {@link Message} rendered in the language asked for ({@link
 * #message(Locale)}), what happened and how to fix it, naming the rule's type id and the
 * indicator's code; the rule's own exception is the cause, never shown as it is. The problems of
 * a rulebook, each a message at its JSON path in the rulebook ({@code
 * $.indicators[3].rule.params.target}), are {@link #problems()}; they survive Java serialization.
 */
public final class ScoringException extends JixiaoException {

  private static final long serialVersionUID = 2L;

  private final String ruleType;
  private final String indicatorCode;
  private final List<Violation> problems;

  /**
   * Creates the exception.
   *
   * @param ruleType the rule's type id, or null when no rule is concerned
   * @param indicatorCode the indicator's code, or null when no indicator is concerned
   * @param message what happened and the fix
   * @param cause the rule's exception, or null
   */
  public ScoringException(String ruleType, String indicatorCode, Message message,
      Throwable cause) {
    this(ruleType, indicatorCode, message, List.of(), cause);
  }

  /**
   * Creates the exception for problems found in a rulebook, each at its path in the rulebook.
   *
   * @param ruleType the rule's type id, or null when no one rule is concerned
   * @param indicatorCode the indicator's code, or null when no one indicator is concerned
   * @param message what happened and the fix
   * @param problems the problems, in the order found; may be empty
   * @param cause the rule's exception, or null
   */
  public ScoringException(String ruleType, String indicatorCode, Message message,
      List<Violation> problems, Throwable cause) {
    super(message, cause);
    this.ruleType = ruleType;
    this.indicatorCode = indicatorCode;
    this.problems = List.copyOf(problems);
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
