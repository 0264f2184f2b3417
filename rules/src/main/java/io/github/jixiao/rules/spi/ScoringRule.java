package io.github.jixiao.rules.spi;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A way of scoring an indicator (评分方法): the plug-in point of Jixiao's scoring. Built-in rules
 * cover every rule of the methodology ({@link BuiltInRules}); a user's own rule implements this
 * interface, says its own type id ({@link #type()}) and is registered in {@link ScoringRules}, so
 * that a rulebook names it by that id with its parameters ({@link RuleSpec}).
 *
 * <p>The contract:
 * <ul>
 *   <li><b>Pure.</b> The outcome depends only on the input; the input must not be altered, and
 *       nothing is read from or written to the outside world.
 *   <li><b>Thread-safe.</b> One instance scores many indicators, concurrently; keep no mutable
 *       state. The parameters come with each input ({@link RuleInput#getSpec()}).
 *   <li><b>Points in [0, weight].</b> The {@link Scorer} refuses anything else, naming the rule.
 *       Points may be unrounded; the scorer rounds them by the rulebook's policy after taking the
 *       indicator's deductions off (扣完为止: never below 0).
 *   <li><b>Explained.</b> Every outcome carries an explanation, a {@link
 *       io.github.jixiao.core.message.Message}: a key and arguments, never a formatted string
 *       (explanations are rendered only when asked for, in the reader's language). Its words come
 *       from the rule's bundle ({@link ScoringRuleProvider#messageBundle()}, or one registered with
 *       {@code MessageBundles.register}) or, for quick use, from templates it carries ({@code
 *       Message.custom}).
 *   <li><b>Missing or contradictory input is an outcome, not an exception</b>: return
 *       {@link RuleOutcome#missingInput}, {@link RuleOutcome#refused} or
 *       {@link RuleOutcome#notApplicable}. An exception thrown by a rule is reported by the scorer
 *       as a {@link ScoringException} naming the rule's type id and the indicator's code.
 *   <li><b>Monotone if declared.</b> A rule that declares a {@link Monotonicity} keeps it.
 * </ul>
 */
public interface ScoringRule {

  /**
   * The type id a rulebook names this rule by, as a check knows its code: lower-case letters,
   * digits, '-', '_' and '.', starting with a letter, e.g. {@code carry-over-level}.
   */
  String type();

  /**
   * Scores one indicator.
   *
   * @param input the indicator, its parameters and its values; never null
   * @return the outcome, never null
   */
  RuleOutcome score(RuleInput input);

  /**
   * What a rule spec may give this rule: its parameters, options and whether it takes bands. A
   * rulebook naming the rule with anything else is refused when it is built (built-in rules) or
   * verified ({@link Scorer#verify}), with a "did you mean" for a near miss.
   *
   * <p>Empty by default, meaning <em>undeclared</em>: the spec's parameters are not checked, so a
   * rule written before declarations existed keeps working. Declare them: a misspelt parameter
   * otherwise leaves its default in force without a word.
   *
   * @return the declaration, or empty if the rule does not declare one
   */
  default Optional<RuleParameters> parameters() {
    return Optional.empty();
  }

  /**
   * Reports what is wrong with a rule spec's parameters (a step ≤ 0, a target of 0 for a
   * proportional rule, an option the rule needs and was not given). Called for every rule, built
   * in or not, when a rulebook is prepared for scoring: a problem stops scoring with a {@link
   * ScoringException} naming it, the rule's type id and the indicator ({@link Scorer#verify} lists
   * them all). Reports nothing by default.
   *
   * @param spec the spec naming this rule
   * @param weight the indicator's weight, when the rulebook fixes it
   * @param problems where to report
   */
  default void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {}

  /**
   * The rule of {@code spec} in words (评分标准的文字说明), for a reader of the rulebook rather than
   * of a score card: what {@code jixiao rulebook show} prints beside each leaf — "≤100% → 5；每超 1
   * 个百分点扣 0.5（不足 1 个百分点的按比例扣），扣完为止". Say what {@link #score} does with these
   * parameters and options, with the spec's numbers exact ({@code Argument.number}); say nothing
   * that depends on an evaluation. Like an explanation, the words are a {@link
   * io.github.jixiao.core.message.Message} from the rule's bundle or its own templates.
   *
   * <p>Empty by default: a rule that says nothing is shown by its type id and parameters. Called
   * for rulebooks that may not have been verified: a spec the rule's {@link #check} refuses must
   * still be described, or left undescribed, never thrown at.
   *
   * @param spec the spec naming this rule
   * @param weight the indicator's weight (分值), when the rulebook fixes it; absent when each
   *     evaluation's table sets it, or for a rulebook's default rule
   * @return the words, or empty if the rule has none
   */
  default Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.empty();
  }

  /**
   * Which way the points move as the value input rises, for the spec's parameters. {@link
   * Monotonicity#NONE} by default.
   */
  default Monotonicity monotonicity(RuleSpec spec) {
    return Monotonicity.NONE;
  }

  /**
   * A rule of {@code type} that scores by {@code score} and declares nothing else: for a rule
   * written as a lambda, in tests or small programs.
   */
  static ScoringRule of(String type, Function<RuleInput, RuleOutcome> score) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(score, "score");
    return new ScoringRule() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public RuleOutcome score(RuleInput input) {
        return score.apply(input);
      }

      @Override
      public String toString() {
        return "ScoringRule[" + type + "]";
      }
    };
  }
}
