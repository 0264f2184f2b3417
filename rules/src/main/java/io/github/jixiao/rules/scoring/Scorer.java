package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.rules.spi.ScoringRuleProvider;
import io.github.jixiao.rules.spi.internal.Discovery;
import java.util.List;
import java.util.Objects;

/**
 * The scorer (评分器): turns a self-evaluation (绩效自评) and a {@link Rulebook} into a {@link
 * ScoreCard}, the way the methodology does. First it prepares the rulebook: it must be for the
 * evaluation's kind ({@link Rulebook#getEvaluationKind()}: 部门整体支出 or 项目支出), and every rule it
 * names must be registered and pass its own {@link ScoringRule#check check}, built in or not.
 * Then for every indicator of the rulebook's tree — and, under an open node, of the evaluation's
 * own table (自评表) — it takes the rule (the indicator's own, or the rulebook's default for its kind
 * and direction), computes the actual value by the indicator's named formula where it has one,
 * scores it, takes the deductions off (capped, floored at 0), rounds the points (two decimals,
 * half up, unless the rulebook says otherwise), sums the rounded points, rescales when some
 * indicators do not apply, and reads the grade from the total.
 *
 * <p>Immutable, pure, deterministic and thread-safe: one scorer can serve every thread. Scoring is
 * linear in the number of indicators, and formats no text: explanations are rendered only when
 * asked for. {@link #standard()} knows the built-in rules and formulas only, whatever the class
 * path holds; {@link #withDiscovered()} adds the class path's plug-ins, when asked.
 *
 * <pre>{@code
 * ScoreCard card = Scorer.standard().score(evaluation, Rulebooks.guangzhouDepartment2021());
 * IndicatorScore execution = card.indicator("2.1.1").orElseThrow();
 * execution.getPoints();                          // 9.72
 * execution.explain(Locale.SIMPLIFIED_CHINESE);   // 预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 9.72
 *
 * ScoringPlan plan = Scorer.standard().compile(Rulebooks.mofProject2020());  // a batch: once
 * ScoreCard each = plan.score(projectEvaluation);                            // then per evaluation
 * }</pre>
 */
public final class Scorer {

  private static final Scorer STANDARD = new Scorer(ScoringRules.standard(),
      Formulas.standard(), false, FailurePolicy.RECORD);

  private final ScoringRules rules;
  private final Formulas formulas;
  private final boolean proceedOnKindMismatch;
  private final FailurePolicy failurePolicy;

  private Scorer(ScoringRules rules, Formulas formulas, boolean proceedOnKindMismatch,
      FailurePolicy failurePolicy) {
    this.rules = rules;
    this.formulas = formulas;
    this.proceedOnKindMismatch = proceedOnKindMismatch;
    this.failurePolicy = failurePolicy;
  }

  /** A scorer with the built-in rules and formulas only ({@link ScoringRules#standard()}). */
  public static Scorer standard() {
    return STANDARD;
  }

  /** A scorer with exactly {@code rules}, and the built-in formulas. */
  public static Scorer using(ScoringRules rules) {
    return new Scorer(Objects.requireNonNull(rules, "rules"), Formulas.standard(), false,
        FailurePolicy.RECORD);
  }

  /** This scorer with exactly {@code formulas}. */
  public Scorer withFormulas(Formulas formulas) {
    return new Scorer(rules, Objects.requireNonNull(formulas, "formulas"), proceedOnKindMismatch,
        failurePolicy);
  }

  /**
   * This scorer plus the rules and formulas of every {@link ScoringRuleProvider} and {@link
   * io.github.jixiao.rules.spi.FormulaProvider} found with the thread's context class loader.
   *
   * @throws io.github.jixiao.rules.spi.PluginException if a provider cannot be loaded, throws, or
   *     gives an id already taken (naming both sources)
   */
  public Scorer withDiscovered() {
    return withDiscovered(Discovery.defaultLoader());
  }

  /** As {@link #withDiscovered()}, with the providers {@code loader} finds. */
  public Scorer withDiscovered(ClassLoader loader) {
    return new Scorer(rules.withDiscovered(loader), formulas.withDiscovered(loader),
        proceedOnKindMismatch, failurePolicy);
  }

  /**
   * This scorer, scoring an evaluation under a rulebook for another kind of evaluation (a project
   * rulebook for a department-wide evaluation) instead of refusing it; the card then says so in a
   * note ({@code note.rulebook-kind}).
   */
  public Scorer proceedingOnKindMismatch() {
    return new Scorer(rules, formulas, true, failurePolicy);
  }

  /**
   * This scorer with {@code policy} for a rule that fails on one indicator (评分失败处理): {@link
   * FailurePolicy#RECORD} (the default) marks the indicator {@code FAILED} and scores the rest of
   * the card; {@link FailurePolicy#ABORT} throws the {@link ScoringException}.
   */
  public Scorer withFailurePolicy(FailurePolicy policy) {
    return new Scorer(rules, formulas, proceedOnKindMismatch,
        Objects.requireNonNull(policy, "policy"));
  }

  /**
   * This scorer in strict mode (严格模式): the first rule that fails on an indicator aborts the card
   * with a {@link ScoringException}, as {@code withFailurePolicy(FailurePolicy.ABORT)}.
   */
  public Scorer strict() {
    return withFailurePolicy(FailurePolicy.ABORT);
  }

  /** What this scorer does when a rule fails on one indicator; {@link FailurePolicy#RECORD} unless set. */
  public FailurePolicy failurePolicy() {
    return failurePolicy;
  }

  /** The rules this scorer knows. */
  public ScoringRules rules() {
    return rules;
  }

  /** The formulas this scorer knows. */
  public Formulas formulas() {
    return formulas;
  }

  /**
   * Verifies {@code rulebook} against this scorer's rules before anything is scored (规则表核验):
   * every rule type it names is registered (else a problem at {@code $.indicators[3].rule.type} or
   * {@code $.defaultRules[0].rule.type}, listing what is registered, with a "did you mean"); every
   * spec gives its rule only the parameters, options and bands the rule declares ({@link
   * ScoringRule#parameters()}; an undeclared rule's are not checked) and passes the rule's own
   * {@link ScoringRule#check check}, whose problems name the rule and the indicator.
   *
   * @return the problems, each with its path in the rulebook and its message (rendered in the
   *     language asked for); empty when the rulebook can be scored
   */
  public List<Violation> verify(Rulebook rulebook) {
    return RulebookVerifier.verify(rules, Objects.requireNonNull(rulebook, "rulebook"));
  }

  /**
   * As {@link #verify(Rulebook)}, leaving aside the rule types this scorer does not register: the
   * problems of the rules it knows, for a rulebook that may be written for a registry with rules
   * of its own (what {@code jixiao validate} reports: a misspelt option of a built-in rule, not a
   * user's rule type).
   */
  public List<Violation> verifyKnownRules(Rulebook rulebook) {
    return RulebookVerifier.problems(rules, Objects.requireNonNull(rulebook, "rulebook")).stream()
        .filter(p -> !p.unregistered()).map(RulebookVerifier.Problem::violation).toList();
  }

  /**
   * Scores {@code evaluation} under {@code rulebook}.
   *
   * @throws ScoringException if the rulebook is for another kind of evaluation (unless {@link
   *     #proceedingOnKindMismatch()}), or fails {@link #verify} (the first problem is named, with
   *     its rule type and indicator); in {@link #strict() strict mode} only, if a rule throws,
   *     returns nothing, or gives points outside [0, weight] or of more than 40 digits or rounding
   *     scale + 20 decimals (by default that indicator is {@code FAILED} instead and the card says
   *     so); or an indicator names an unknown formula, or a formula fails. The message names the
   *     rule's type id and the indicator's code.
   */
  public ScoreCard score(SelfEvaluation evaluation, Rulebook rulebook) {
    Objects.requireNonNull(evaluation, "evaluation");
    return compile(rulebook).score(evaluation);
  }

  /**
   * Compiles {@code rulebook} into a plan (评分方案) that scores any number of evaluations, from
   * any thread, without preparing the rulebook again: verified against this scorer's rules, its
   * tree indexed, its default rules resolved. A batch holds one plan per rulebook; {@link
   * #score(SelfEvaluation, Rulebook)} compiles one for each call.
   *
   * @throws ScoringException if the rulebook fails {@link #verify} (the first problem is named,
   *     with its rule type and indicator)
   */
  public ScoringPlan compile(Rulebook rulebook) {
    return new ScoringPlan(this, Objects.requireNonNull(rulebook, "rulebook"));
  }

  /** Whether this scorer scores an evaluation under a rulebook for another kind. */
  boolean proceedsOnKindMismatch() {
    return proceedOnKindMismatch;
  }
}
