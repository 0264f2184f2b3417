package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a rule gives for one indicator (评分结果): the points before deductions and rounding, how it
 * came by them ({@link ScoreStatus}) and why — an explanation (评分说明) as a {@link Message}, a key
 * and its arguments, rendered only when asked for. The {@link Scorer} takes the indicator's
 * deductions off, rounds, and refuses an outcome outside [0, weight].
 */
public final class RuleOutcome {

  private final ScoreStatus status;
  private final BigDecimal points;
  private final Message explanation;

  private RuleOutcome(ScoreStatus status, BigDecimal points, Message explanation) {
    this.status = Objects.requireNonNull(status, "status");
    this.points = Objects.requireNonNull(points, "points");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /** The rule scored the indicator: {@code points} in [0, weight], unrounded. */
  public static RuleOutcome scored(BigDecimal points, Message why) {
    return new RuleOutcome(ScoreStatus.SCORED, points, why);
  }

  /** An input contradicts the rule; {@code points} are the rule's fallback, in [0, weight]. */
  public static RuleOutcome refused(BigDecimal points, Message why) {
    return new RuleOutcome(ScoreStatus.REFUSED, points, why);
  }

  /** An input the rule needs is missing: 0 points. */
  public static RuleOutcome missingInput(Message why) {
    return new RuleOutcome(ScoreStatus.MISSING_INPUT, BigDecimal.ZERO, why);
  }

  /** The indicator does not apply: it is dropped and the total is rescaled. */
  public static RuleOutcome notApplicable(Message why) {
    return new RuleOutcome(ScoreStatus.NOT_APPLICABLE, BigDecimal.ZERO, why);
  }

  /** How the points came about. */
  public ScoreStatus status() {
    return status;
  }

  /** The points, before deductions and rounding. */
  public BigDecimal points() {
    return points;
  }

  /** Why: the explanation, a message key and its arguments. */
  public Message explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return status + " " + points.toPlainString() + " (" + explanation.getKey() + ")";
  }
}
