package io.github.jixiao.rules.lint;

import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Small rulebooks for the lint's tests: one level-1 group 投入 of 100 points holding the leaf under
 * test, {@code 1.1}, at {@code $.indicators[1]}, and {@code 1.2} 资金使用合规性 with the rest of
 * the points, scored per finding (which the lint has nothing to say about).
 */
final class LintBooks {

  /** The path of the leaf under test's rule. */
  static final String RULE = "$.indicators[1].rule";

  private LintBooks() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** The leaf {@code 1.1}, named {@code name}, of {@code weight}, scored by {@code rule}. */
  static Rulebook leaf(String name, String weight, RuleSpec rule) {
    return leaf(name, weight, rule, b -> b);
  }

  /** As {@link #leaf(String, String, RuleSpec)}, the leaf changed by {@code more}. */
  static Rulebook leaf(String name, String weight, RuleSpec rule,
      UnaryOperator<RulebookIndicator.Builder> more) {
    BigDecimal w = d(weight);
    return book().addIndicators(
        RulebookIndicator.builder().code("1").name("投入").level(1).weight(d("100")).build(),
        more.apply(RulebookIndicator.builder().code("1.1").name(name).level(2).parentCode("1")
            .weight(w).unit("%").rule(rule)).build(),
        RulebookIndicator.builder().code("1.2").name("资金使用合规性").level(2).parentCode("1")
            .weight(d("100").subtract(w)).rule(BuiltInRules.deductionPerFinding()).build())
        .build();
  }

  static Rulebook.Builder book() {
    return Rulebook.builder().id("lint-test").title("检查用评分表").source("test")
        .provenance(Provenance.confirmed("test"));
  }

  /**
   * 重点支出安排率 (Yueyang, methodology.md): ≥90 → 5, [80, 90) → 4, [70, 80) → 3, [60, 70) → 2,
   * &lt;60 → 0.
   */
  static RuleSpec yueyangKeySpending() {
    return BuiltInRules.bands(Band.of(null, d("60"), d("0")), Band.of(d("60"), d("70"), d("2")),
        Band.of(d("70"), d("80"), d("3")), Band.of(d("80"), d("90"), d("4")),
        Band.of(d("90"), null, d("5")));
  }

  static String english(LintProblem problem) {
    return problem.message(Locale.ENGLISH);
  }

  static String chinese(LintProblem problem) {
    return problem.message(Locale.SIMPLIFIED_CHINESE);
  }
}
