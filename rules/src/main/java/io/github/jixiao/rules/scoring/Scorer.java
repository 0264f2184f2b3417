package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.List;
import java.util.Objects;

/**
 * The scorer (评分器): turns a self-evaluation (绩效自评) and a {@link Rulebook} into a {@link
 * ScoreCard}, the way the methodology does. For every indicator of the rulebook's tree — and, under
 * an open node, of the evaluation's own table (自评表) — it takes the rule (the indicator's own, or
 * the rulebook's default for its kind and direction), computes the actual value by the indicator's
 * named formula where it has one, scores it, takes the deductions off (capped, floored at 0), rounds
 * the points (two decimals, half up, unless the rulebook says otherwise), sums the rounded points,
 * rescales when some indicators do not apply, and reads the grade from the total.
 *
 * <p>Pure, deterministic and thread-safe: one scorer can serve every thread. Scoring is linear in
 * the number of indicators, and formats no text: explanations are rendered only when asked for.
 *
 * <pre>{@code
 * ScoreCard card = Scorer.standard().score(evaluation, Rulebooks.guangzhouDepartment2021());
 * IndicatorScore execution = card.indicator("2.1.1").orElseThrow();
 * execution.getPoints();                          // 9.72
 * execution.explain(Locale.SIMPLIFIED_CHINESE);   // 预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 9.72
 * }</pre>
 */
public final class Scorer {

  private final ScoringRules rules;

  private Scorer(ScoringRules rules) {
    this.rules = rules;
  }

  /** A scorer with the built-in rules and those found through {@link java.util.ServiceLoader}. */
  public static Scorer standard() {
    return new Scorer(ScoringRules.defaults());
  }

  /** A scorer with exactly {@code rules}. */
  public static Scorer using(ScoringRules rules) {
    return new Scorer(Objects.requireNonNull(rules, "rules"));
  }

  /** The rules this scorer knows. */
  public ScoringRules rules() {
    return rules;
  }

  /**
   * Verifies {@code rulebook} against this scorer's rules before anything is scored (规则表核验):
   * every rule type it names is registered (else a problem at {@code $.indicators[3].rule.type} or
   * {@code $.defaultRules[0].rule.type}, listing what is registered, with a "did you mean"); every
   * spec gives its rule only the parameters, options and bands the rule declares ({@link
   * ScoringRule#parameters()}; an undeclared rule's are not checked) and passes the rule's own
   * {@link ScoringRule#check check}.
   *
   * @return the problems, each with its path in the rulebook and its message in English and
   *     Chinese; empty when the rulebook can be scored
   */
  public List<Violation> verify(Rulebook rulebook) {
    return RulebookVerifier.verify(rules, Objects.requireNonNull(rulebook, "rulebook"));
  }

  /**
   * Scores {@code evaluation} under {@code rulebook}.
   *
   * @throws ScoringException if a rule is not registered, throws, returns nothing, or gives points
   *     outside [0, weight] or of more than 40 digits or rounding scale + 20 decimals; or an indicator names an unknown formula. The message names the rule's type id
   *     and the indicator's code.
   */
  public ScoreCard score(SelfEvaluation evaluation, Rulebook rulebook) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(rulebook, "rulebook");
    return new ScoringRun(rules, evaluation, rulebook).run();
  }
}
