package io.github.jixiao.testkit.quicktheories;

import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.testkit.ConsistencyCheckLaws;
import io.github.jixiao.testkit.ScoringRuleLaws;

/**
 * Runs Jixiao's laws under QuickTheories (用 QuickTheories 检验性质): a case that breaks a law is
 * shrunk to a small one, and the failure shows it with the law broken.
 *
 * <pre>{@code
 * QuickTheoriesLaws.check(ScoringRuleLaws.of(new MyRule(), RuleGens.inputs(RuleSpec.of("my-rule"))));
 * }</pre>
 */
public final class QuickTheoriesLaws {

  /** Cases per run for a scoring rule: each is cheap. */
  public static final int RULE_EXAMPLES = 1_000;

  /** Evaluations per run for a consistency check: each is a whole self-evaluation. */
  public static final int CHECK_EXAMPLES = 200;

  private QuickTheoriesLaws() {}

  /** Checks the laws of a scoring rule on {@value #RULE_EXAMPLES} cases. */
  public static void check(ScoringRuleLaws laws) {
    check(laws, RULE_EXAMPLES);
  }

  /** Checks the laws of a scoring rule on {@code examples} cases. */
  public static void check(ScoringRuleLaws laws, int examples) {
    qt().withExamples(examples).forAll(QuickTheoriesGens.of(laws.cases())).checkAssert(laws::check);
  }

  /**
   * Checks the laws of a scoring rule on {@code examples} cases drawn from {@code seed}: to replay
   * a failure, whose report ends with "Seed was …".
   */
  public static void check(ScoringRuleLaws laws, int examples, long seed) {
    qt().withExamples(examples).withFixedSeed(seed).forAll(QuickTheoriesGens.of(laws.cases()))
        .checkAssert(laws::check);
  }

  /** Checks the laws of a consistency check on {@value #CHECK_EXAMPLES} evaluations. */
  public static void check(ConsistencyCheckLaws laws) {
    check(laws, CHECK_EXAMPLES);
  }

  /** Checks the laws of a consistency check on {@code examples} evaluations. */
  public static void check(ConsistencyCheckLaws laws, int examples) {
    qt().withExamples(examples).forAll(QuickTheoriesGens.of(laws.evaluations(),
        ConsistencyCheckLaws::describe)).checkAssert(laws::check);
  }
}
