package io.github.jixiao.rules.lint;

import static io.github.jixiao.rules.lint.LintBooks.d;
import static io.github.jixiao.rules.lint.LintBooks.english;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Grade;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.GradeBand;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.result.Severity;
import org.junit.jupiter.api.Test;

/** Grades against the totals a rulebook can give when every indicator applies. */
class GradeReachLintTest {

  private static GradeScale scale(String excellentFrom) {
    return GradeScale.builder().addBands(GradeBand.of(d("0"), Grade.POOR),
        GradeBand.of(d("60"), Grade.FAIR), GradeBand.of(d("80"), Grade.GOOD),
        GradeBand.of(d(excellentFrom), Grade.EXCELLENT)).build();
  }

  @Test
  void excellentAtAPerfectHundredIsOutOfReachWhenALeafTopsOutAtFourOfFive() {
    Rulebook book = LintBooks.leaf("重点支出安排率", "5", BuiltInRules.bands(
        Band.of(null, d("60"), d("0")), Band.of(d("60"), null, d("4"))))
        .withGradeScale(scale("100"));

    assertThat(RulebookLint.standard().check(book)).extracting(LintProblem::code)
        .containsExactly("JXR-301", "JXR-401");
    assertThat(RulebookLint.standard().check(book).get(1)).satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.path()).isEqualTo("$.gradeScale.bands[3].from");
      assertThat(english(p)).startsWith("the grade excellent starts at 100, above 99, the most "
          + "the rulebook gives");
    });
    // With 优 from 90, as the central scale has it, 99 is enough.
    assertThat(RulebookLint.standard().check(book.withGradeScale(GradeScale.central())))
        .extracting(LintProblem::code).containsExactly("JXR-301");
  }

  @Test
  void poorIsOutOfReachWhenCapsKeepSixtyPointsWhateverHappens() {
    // 1.1 (70): its worst band gives 65 and deductions take at most 5; 1.2 (30) can lose all.
    Rulebook book = LintBooks.book().addIndicators(
        RulebookIndicator.builder().code("1").name("投入").level(1).weight(d("100")).build(),
        RulebookIndicator.builder().code("1.1").name("重点支出安排率").level(2).parentCode("1")
            .weight(d("70")).deductionCap(d("5")).rule(BuiltInRules.bands(
                Band.of(null, d("60"), d("65")), Band.of(d("60"), null, d("70")))).build(),
        RulebookIndicator.builder().code("1.2").name("资金使用合规性").level(2).parentCode("1")
            .weight(d("30")).rule(BuiltInRules.deductionPerFinding()).build()).build();

    assertThat(RulebookLint.standard().check(book)).extracting(LintProblem::code,
        LintProblem::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple("JXR-302", "$.indicators[1].rule.bands[0].points"),
            org.assertj.core.groups.Tuple.tuple("JXR-401", "$.gradeScale.bands[0]"));
  }
}
