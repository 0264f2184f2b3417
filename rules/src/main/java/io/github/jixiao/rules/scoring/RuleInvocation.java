package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rule's call on one indicator under a {@link FailurePolicy} (评分方法调用): the {@link
 * RuleGuard} refuses what the rule did wrong; under {@link FailurePolicy#ABORT} its refusal
 * propagates, under {@link FailurePolicy#RECORD} the indicator becomes {@link ScoreStatus#FAILED}
 * (0 points, the refusal as its explanation) and the card gets a {@code note.rule-failed}. A
 * leaf's formula that fails is held to the same policy ({@link #formulaFailed}).
 */
final class RuleInvocation {

  /** What scoring takes from a rule's call: a rule's outcome, or the failure recorded instead. */
  record Verdict(ScoreStatus status, BigDecimal points, Message explanation) {

    static Verdict of(RuleOutcome outcome) {
      return new Verdict(outcome.status(), outcome.points(), outcome.explanation());
    }
  }

  private final RuleGuard guard;
  private final FailurePolicy policy;
  private final List<Message> notes;

  RuleInvocation(RuleGuard guard, FailurePolicy policy, List<Message> notes) {
    this.guard = guard;
    this.policy = policy;
    this.notes = notes;
  }

  Verdict invoke(ScoringRule rule, String type, RuleInput input) {
    return invoke(rule, type, input, input.getWeight());
  }

  /** As {@link #invoke(ScoringRule, String, RuleInput)}, the points held to {@code ceiling}. */
  Verdict invoke(ScoringRule rule, String type, RuleInput input, BigDecimal ceiling) {
    try {
      return Verdict.of(guard.score(rule, type, input, ceiling));
    } catch (ScoringException e) {
      if (policy == FailurePolicy.ABORT) {
        throw e;
      }
      // The guard's message names the rule type, its class and what it threw, never the text of
      // what it threw: that is a plug-in's, in no known language.
      notes.add(Message.of("note.rule-failed",
          Argument.text("code", Echo.text(input.getIndicatorCode())),
          Argument.text("name", Echo.phrase(input.getIndicatorName())),
          Argument.text("type", Echo.text(type)),
          Argument.number("weight", input.getWeight())));
      return new Verdict(ScoreStatus.FAILED, BigDecimal.ZERO, e.said());
    }
  }

  /**
   * The verdict on a leaf whose formula failed ({@code failure}: it is unknown, threw, or
   * answered for another id): under {@link FailurePolicy#ABORT} the failure propagates; under
   * {@link FailurePolicy#RECORD} the indicator is {@code FAILED}, its rule not asked, and the card
   * gets a {@code note.formula-failed}.
   */
  Verdict formulaFailed(ScoringException failure, String code, String name, String formula,
      BigDecimal weight) {
    if (policy == FailurePolicy.ABORT) {
      throw failure;
    }
    notes.add(Message.of("note.formula-failed", Argument.text("code", Echo.text(code)),
        Argument.text("name", Echo.phrase(name)), Argument.text("formula", Echo.text(formula)),
        Argument.number("weight", weight)));
    return new Verdict(ScoreStatus.FAILED, BigDecimal.ZERO, failure.said());
  }
}
