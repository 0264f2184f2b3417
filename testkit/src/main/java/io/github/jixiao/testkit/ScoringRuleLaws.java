package io.github.jixiao.testkit;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The laws every scoring rule (评分方法) must keep, checked on generated inputs (评分方法应满足的性质):
 *
 * <ol>
 *   <li>{@link Law#RETURNS_AN_OUTCOME}: it returns an outcome for every input, never throws —
 *       missing or contradictory input is an outcome (缺少数据, 不予采用);
 *   <li>{@link Law#POINTS_WITHIN_WEIGHT}: its points lie in [0, weight] (得分不超过分值、不低于 0);
 *   <li>{@link Law#DETERMINISTIC}: the same input gives the same outcome — status, points and
 *       explanation;
 *   <li>{@link Law#MONOTONE}: where the rule declares a {@link Monotonicity} for the input's spec,
 *       raising the actual value never moves the points the other way (compared when both
 *       outcomes are {@link ScoreStatus#SCORED});
 *   <li>{@link Law#DEDUCTIONS_FLOORED_AT_ZERO}: scored by the {@code Scorer} inside an evaluation
 *       with deductions (扣分) on the indicator, the points are the rule's points less the
 *       deductions, rounded, and never below zero (扣完为止);
 *   <li>{@link Law#EXPLAINED}: every outcome explains itself in Chinese and in English — a built-in
 *       message key or the rule's own templates, every placeholder filled.
 * </ol>
 *
 * <p>Drive the laws with any tool: {@link #cases()} is a generator, {@link #check(Case)} checks
 * one case and throws a {@link LawViolation} naming the law and the case. {@link #checkRandomly}
 * runs them over a {@link RandomSource}; {@code QuickTheoriesLaws} runs them under QuickTheories,
 * which shrinks a failing case to a small one.
 *
 * <pre>{@code
 * ScoringRuleLaws laws = ScoringRuleLaws.of(new MyRule(), RuleGens.inputs(RuleSpec.of("my-rule")));
 * laws.checkRandomly(2021, 500);                  // any test framework
 * QuickTheoriesLaws.check(laws);                  // QuickTheories, with shrinking
 * }</pre>
 */
public final class ScoringRuleLaws {

  /**
   * A law of {@link ScoringRuleLaws}: what every scoring rule must keep (评分规则应满足的规律).
   */
  public enum Law {
    /** An outcome for every input: no exception, never null (missing input is an outcome). */
    RETURNS_AN_OUTCOME,
    /** Points in [0, weight]. */
    POINTS_WITHIN_WEIGHT,
    /** The same input gives the same outcome. */
    DETERMINISTIC,
    /** Points never move against the declared direction as the actual value rises. */
    MONOTONE,
    /** Deductions are taken off the rule's points and never take the indicator below zero. */
    DEDUCTIONS_FLOORED_AT_ZERO,
    /** Every outcome renders in Chinese and English with every placeholder filled. */
    EXPLAINED
  }

  /**
   * One example the laws are checked on (检验用例): an input, how far to raise its actual value
   * for the monotonicity law, and the deductions to record against it for the deductions law.
   *
   * @param input what the rule sees
   * @param rise how much the actual value is raised, at least zero
   * @param deductions the points of each deduction (扣分), each above zero
   */
  public record Case(RuleInput input, BigDecimal rise, List<BigDecimal> deductions) {

    /** Creates a case; every part is required. */
    public Case {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(rise, "rise");
      deductions = List.copyOf(deductions);
    }

    /** The case on one line: what a failure report shows. */
    @Override
    public String toString() {
      StringBuilder shown = new StringBuilder("{rule=").append(input.getSpec().getType());
      if (!input.getSpec().getParams().isEmpty() || !input.getSpec().getOptions().isEmpty()) {
        shown.append(' ').append(input.getSpec().getParams()).append(input.getSpec().getOptions());
      }
      if (!input.getSpec().getBands().isEmpty()) {
        shown.append(" bands=").append(input.getSpec().getBands().size());
      }
      shown.append(", weight=").append(input.getWeight().toPlainString());
      input.getTarget().ifPresent(t -> shown.append(", target=").append(t.toPlainString()));
      input.getDirection().ifPresent(d -> shown.append(", direction=").append(d));
      input.getActual().ifPresent(a -> shown.append(", actual=").append(a.toPlainString()));
      input.getLevel().ifPresent(l -> shown.append(", level=").append(l));
      input.getChosenPoints().ifPresent(c -> shown.append(", chosen=").append(c.toPlainString()));
      shown.append(", rise=").append(rise.toPlainString());
      if (!deductions.isEmpty()) {
        shown.append(", deductions=").append(deductions.stream().map(BigDecimal::toPlainString)
            .toList());
      }
      return shown.append('}').toString();
    }
  }

  private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ScoringRule rule;
  private final Gen<RuleInput> inputs;
  private final String name;

  private ScoringRuleLaws(ScoringRule rule, Gen<RuleInput> inputs) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.inputs = Objects.requireNonNull(inputs, "inputs");
    this.name = "scoring rule " + rule.getClass().getName();
  }

  /**
   * The laws of {@code rule} over the inputs of {@code inputs}. Each input's spec names the type the
   * rule is registered under when the deductions law scores it.
   */
  public static ScoringRuleLaws of(ScoringRule rule, Gen<RuleInput> inputs) {
    return new ScoringRuleLaws(rule, inputs);
  }

  /**
   * The cases the laws are checked on: an input, a rise of 0.01 to 100.00 (simplest 1.00) and
   * none to three deductions of up to the weight each, so that together they may exceed it.
   */
  public Gen<Case> cases() {
    return source -> {
      RuleInput input = inputs.generate(source);
      BigDecimal rise = BigDecimal.valueOf(source.between(1, 100_00, 100), 2);
      long weight = Math.max(1, input.getWeight().movePointRight(2).longValue());
      int count = source.intBetween(0, 3);
      List<BigDecimal> deductions = new ArrayList<>(count);
      for (int d = 0; d < count; d++) {
        deductions.add(BigDecimal.valueOf(source.between(1, weight, Math.min(50, weight)), 2));
      }
      return new Case(input, rise, deductions);
    };
  }

  /**
   * Checks every law on {@code example}.
   *
   * @throws LawViolation naming the first law broken and the case
   */
  public void check(Case example) {
    RuleInput input = example.input();
    RuleOutcome outcome = score(input, example);
    within(outcome, input, example);
    deterministic(outcome, score(input, example), example);
    explained(outcome, example);
    monotone(outcome, example);
    flooredAtZero(outcome, example);
  }

  /**
   * Checks every law on {@code examples} cases drawn from a source seeded with {@code seed}: no
   * shrinking, but reproducible.
   *
   * @throws LawViolation at the first case that breaks a law
   */
  public void checkRandomly(long seed, int examples) {
    RandomSource source = RandomSource.seeded(seed);
    Gen<Case> cases = cases();
    for (int i = 0; i < examples; i++) {
      check(cases.generate(source));
    }
  }

  private RuleOutcome score(RuleInput input, Case example) {
    RuleOutcome outcome;
    try {
      outcome = rule.score(input);
    } catch (RuntimeException e) {
      throw violation(Law.RETURNS_AN_OUTCOME, example, "the rule threw " + e
          + ": missing or contradictory input is an outcome, not an exception");
    }
    if (outcome == null) {
      throw violation(Law.RETURNS_AN_OUTCOME, example, "the rule returned no outcome");
    }
    return outcome;
  }

  private void within(RuleOutcome outcome, RuleInput input, Case example) {
    BigDecimal points = outcome.points();
    if (points.signum() < 0 || points.compareTo(input.getWeight()) > 0) {
      throw violation(Law.POINTS_WITHIN_WEIGHT, example, "gave " + points.toPlainString()
          + " points (" + outcome.status() + ") for weight " + input.getWeight().toPlainString());
    }
  }

  private void deterministic(RuleOutcome first, RuleOutcome second, Case example) {
    if (first.status() != second.status() || first.points().compareTo(second.points()) != 0
        || !first.explanation().equals(second.explanation())) {
      throw violation(Law.DETERMINISTIC, example, "scored the same input as " + first
          + " and then as " + second);
    }
  }

  private void explained(RuleOutcome outcome, Case example) {
    Message why = outcome.explanation();
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      String shown = why.render(locale);
      if (shown.isBlank() || !MessageBundles.speaks(why, locale)) {
        throw violation(Law.EXPLAINED, example, "explanation '" + why.getKey() + "' has no "
            + locale.getDisplayLanguage(Locale.ENGLISH) + " words: use a built-in key, name your"
            + " bundle in your provider's messageBundle(), or give templates with"
            + " Message.custom(key, zh, en, …)");
      }
      if (UNFILLED.matcher(shown).find()) {
        throw violation(Law.EXPLAINED, example, "explanation '" + why.getKey()
            + "' leaves a placeholder unfilled: \"" + shown + "\"");
      }
    }
  }

  private void monotone(RuleOutcome outcome, Case example) {
    RuleInput input = example.input();
    Monotonicity declared = rule.monotonicity(input.getSpec());
    if (declared == Monotonicity.NONE || input.getActual().isEmpty()
        || outcome.status() != ScoreStatus.SCORED || example.rise().signum() == 0) {
      return;
    }
    BigDecimal higher = input.getActual().get().add(example.rise());
    RuleOutcome raised = score(OneIndicator.withActual(input, higher), example);
    if (raised.status() != ScoreStatus.SCORED) {
      return;
    }
    int moved = raised.points().compareTo(outcome.points());
    if (declared == Monotonicity.INCREASING ? moved < 0 : moved > 0) {
      throw violation(Law.MONOTONE, example, "declares " + declared + " but gives "
          + outcome.points().toPlainString() + " points at actual "
          + input.getActual().get().toPlainString() + " and " + raised.points().toPlainString()
          + " at " + higher.toPlainString());
    }
  }

  private void flooredAtZero(RuleOutcome outcome, Case example) {
    RuleInput input = example.input();
    if (example.deductions().isEmpty() || input.getWeight().compareTo(HUNDRED) > 0
        || input.getWeight().stripTrailingZeros().scale() > 2) {
      return; // a rulebook's weights add up to 100 at two decimals: such a weight fits none
    }
    OneIndicator.Scored scored;
    try {
      scored = OneIndicator.score(rule, input, example.deductions());
    } catch (RuntimeException e) {
      throw violation(Law.DEDUCTIONS_FLOORED_AT_ZERO, example, "scoring the input inside an"
          + " evaluation with its deductions failed: " + e);
    }
    if (scored.status() == ScoreStatus.NOT_APPLICABLE) {
      return;
    }
    BigDecimal listed = example.deductions().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal expected = scored.rulePoints().subtract(listed).max(BigDecimal.ZERO)
        .setScale(2, RoundingMode.HALF_UP);
    if (scored.points().signum() < 0 || scored.points().compareTo(expected) != 0) {
      throw violation(Law.DEDUCTIONS_FLOORED_AT_ZERO, example, "the rule gave "
          + scored.rulePoints().toPlainString() + " points and the deductions took "
          + listed.toPlainString() + ", so the indicator should have " + expected.toPlainString()
          + " but has " + scored.points().toPlainString() + " (rule outcome " + outcome + ")");
    }
  }

  private LawViolation violation(Law law, Case example, String what) {
    return new LawViolation(law.name(), name, example, what);
  }

  @Override
  public String toString() {
    return "ScoringRuleLaws of " + name;
  }
}
