package io.github.jixiao.rules.lint;

import static io.github.jixiao.rules.lint.LintBooks.RULE;
import static io.github.jixiao.rules.lint.LintBooks.chinese;
import static io.github.jixiao.rules.lint.LintBooks.d;
import static io.github.jixiao.rules.lint.LintBooks.english;
import static io.github.jixiao.rules.lint.LintBooks.leaf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Band tables against the values their rule can be given: left out, or out of reach. */
class BandTablesLintTest {

  private static List<LintProblem> lint(String name, String weight,
      RuleSpec rule) {
    return RulebookLint.standard().check(leaf(name, weight, rule));
  }

  @Test
  void yueyangsKeySpendingTableCoversEveryRateAndIsClean() {
    assertThat(RulebookLint.standard().check(leaf("重点支出安排率", "5",
        LintBooks.yueyangKeySpending(), b -> b.formula(Formulas.KEY_SPENDING_RATE)))).isEmpty();
  }

  @Test
  void yueyangsAdjustmentRateTableAsPrintedLeavesACutInNoBandAndMirroredIsClean() {
    // 预算调整率: =0 → 3; (0, 10 %] → 2; (10, 20 %] → 1; (20, 30 %] → 0.5; > 30 % → 0. An
    // adjustment rate can be negative (a cut): printed from 0, a cut lies in no band.
    assertThat(lint("预算调整率", "3", BuiltInRules.bands(Band.exactly(d("0"), d("3")),
        Band.openClosed(d("0"), d("10"), d("2")), Band.openClosed(d("10"), d("20"), d("1")),
        Band.openClosed(d("20"), d("30"), d("0.5")), Band.openClosed(d("30"), null, d("0")))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-201");
          assertThat(p.path()).isEqualTo(RULE + ".bands[0]");
          assertThat(english(p)).contains("a value in (−∞, 0) lies in no band");
        });
    // Scored by its size, as yy-dept ships it: a cut of 15 % as an increase of 15 %.
    assertThat(lint("预算调整率", "3", BuiltInRules.bands(Band.of(null, d("-30"), d("0")),
        Band.of(d("-30"), d("-20"), d("0.5")), Band.of(d("-20"), d("-10"), d("1")),
        Band.of(d("-10"), d("0"), d("2")), Band.exactly(d("0"), d("3")),
        Band.openClosed(d("0"), d("10"), d("2")), Band.openClosed(d("10"), d("20"), d("1")),
        Band.openClosed(d("20"), d("30"), d("0.5")), Band.openClosed(d("30"), null, d("0")))))
        .isEmpty();
  }

  @Test
  void aTableStartingAtSixtyLeavesRatesBelowSixtyInNoBand() {
    List<LintProblem> problems = lint("重点支出安排率", "5", BuiltInRules.bands(
        Band.of(d("60"), d("70"), d("2")), Band.of(d("70"), d("80"), d("3")),
        Band.of(d("80"), d("90"), d("4")), Band.of(d("90"), null, d("5"))));

    // Only this: a rate below 60 is refused with 0, so the table does reach 0 (no JXR-302).
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-201");
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.path()).isEqualTo(RULE + ".bands[0]");
      assertThat(english(p)).isEqualTo("indicator '1.1' (重点支出安排率): a value in [0, 60) lies "
          + "in no band, and the rule refuses it with 0 points; start the first band at 0, "
          + "including it, or leave out its 'from'");
      assertThat(chinese(p)).contains("[0, 60)").contains("不属于任何档次");
    });
  }

  @Test
  void aTableEndingAtOneHundredPercentLeavesHigherRatesInNoBand() {
    List<LintProblem> problems = lint("重点支出安排率", "5", BuiltInRules.bands(
        Band.of(null, d("60"), d("0")), Band.of(d("60"), d("90"), d("3")),
        Band.builder().from(d("90")).to(d("100")).toInclusive(true).points(d("5")).build()));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(LintCode.BANDS_LEAVE_VALUES_OUT.code());
      assertThat(p.path()).isEqualTo(RULE + ".bands[2]");
      assertThat(english(p)).contains("a value in (100, +∞) lies in no band")
          .contains("leave out the last band's 'to'");
    });
  }

  @Test
  void aBandBelowZeroNeverAppliesToARate() {
    List<LintProblem> problems = lint("重点支出安排率", "5", BuiltInRules.bands(
        Band.of(null, d("0"), d("0")), Band.of(d("0"), d("60"), d("0")),
        Band.of(d("60"), d("90"), d("3")), Band.of(d("90"), null, d("5"))));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-202");
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.path()).isEqualTo(RULE + ".bands[0]");
      assertThat(english(p)).isEqualTo("indicator '1.1' (重点支出安排率): the band (−∞, 0) can "
          + "never apply, as the value is never below 0; remove it, and start the table at 0");
    });
  }

  @Test
  void aChangeRateCanBeNegativeSoATableFromZeroLeavesItsFallsInNoBand() {
    // "三公经费"变动率 falls when this year's budget is below last year's.
    List<LintProblem> problems = RulebookLint.standard().check(leaf("“三公经费”变动率", "5",
        BuiltInRules.bands(Band.of(d("0"), d("10"), d("5")), Band.of(d("10"), null, d("0"))),
        b -> b.formula(Formulas.THREE_PUBLIC_CHANGE)));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo(RULE + ".bands[0]");
      assertThat(english(p)).contains("a value in (−∞, 0) lies in no band")
          .contains("leave out the first band's 'from'");
    });
    // Below 0 is a change rate's best: a band there is reachable.
    assertThat(RulebookLint.standard().check(leaf("“三公经费”变动率", "5",
        BuiltInRules.bands(Band.of(null, d("0"), d("5")), Band.of(d("0"), null, d("0"))))))
        .isEmpty();
  }

  @Test
  void rangeBandsAreReadTheSameWay() {
    // A research-project form: 全部完成 60; 80 % 以上 41–59; 60 % 及以上 21–40; below 0–20 — and
    // 全部完成 written as exactly 100, so a completion above 100 % lies in no band.
    List<LintProblem> problems = lint("项目完成率", "60", BuiltInRules.rangeBands(
        Band.range(null, d("60"), d("0"), d("20")), Band.range(d("60"), d("80"), d("21"), d("40")),
        Band.range(d("80"), d("100"), d("41"), d("59")), Band.exactly(d("100"), d("60"))));

    assertThat(problems).extracting(LintProblem::code, LintProblem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("JXR-201", RULE + ".bands[3]"));
  }
}
