package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.Rulebook;
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
   * Scores {@code evaluation} under {@code rulebook}.
   *
   * @throws ScoringException if a rule is not registered, throws, or gives points outside [0,
   *     weight]; or an indicator names an unknown formula. The message names the rule's type id
   *     and the indicator's code.
   */
  public ScoreCard score(SelfEvaluation evaluation, Rulebook rulebook) {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(rulebook, "rulebook");
    return new ScoringRun(rules, evaluation, rulebook).run();
  }
}
