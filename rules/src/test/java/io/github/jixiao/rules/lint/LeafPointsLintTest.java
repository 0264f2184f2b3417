package io.github.jixiao.rules.lint;

import static io.github.jixiao.rules.lint.LintBooks.RULE;
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

/**
 * The points a leaf's rule can give, against its weight: never the full points (an error), never
 * 0 (a warning), deductions or items adding up past the weight (warnings). Yueyang's rules
 * (methodology.md) are the clean cases.
 */
class LeafPointsLintTest {

  private static List<LintProblem> lint(String name, String weight, RuleSpec rule) {
    return RulebookLint.standard().check(leaf(name, weight, rule));
  }

  @Test
  void yueyangsThresholdChecklistAndMilestoneRulesAreClean() {
    // 财政供养人员控制率 5: ≤100 % → 5, −0.5 per point over (0 at 110 %).
    assertThat(RulebookLint.standard().check(leaf("财政供养人员控制率", "5",
        BuiltInRules.threshold(d("100"), d("0.5")), b -> b.formula(Formulas.STAFF_CONTROL))))
        .isEmpty();
    // 管理制度健全性 3: 3 items, +1 each.
    assertThat(lint("管理制度健全性", "3", BuiltInRules.checklistAdd(3, d("1")))).isEmpty();
    // 支付进度 3: −0.5 per special fund that missed its milestone.
    assertThat(lint("支付进度", "3", BuiltInRules.milestones(d("0.5")))).isEmpty();
  }

  @Test
  void bandsWhoseBestGivesFourOfFiveNeverEarnTheFullPoints() {
    List<LintProblem> problems = lint("重点支出安排率", "5", BuiltInRules.bands(
        Band.of(null, d("60"), d("0")), Band.of(d("60"), d("80"), d("2")),
        Band.of(d("80"), null, d("4"))));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-301");
      assertThat(p.severity()).isEqualTo(Severity.ERROR);
      assertThat(p.path()).isEqualTo(RULE + ".bands[2].points");
      assertThat(english(p)).isEqualTo("indicator '1.1' (重点支出安排率): no band gives more "
          + "than 4, less than the weight 5, so the leaf never earns its full points; give the "
          + "best band 5 points, or lower the weight");
    });
  }

  @Test
  void bandsWhoseWorstGivesOnePointNeverReachZero() {
    List<LintProblem> problems = lint("重点支出安排率", "5", BuiltInRules.bands(
        Band.of(null, d("60"), d("1")), Band.of(d("60"), d("90"), d("3")),
        Band.of(d("90"), null, d("5"))));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-302");
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.path()).isEqualTo(RULE + ".bands[0].points");
      assertThat(english(p)).contains("no band gives less than 1, so the rule never scores the "
          + "leaf 0");
    });
  }

  @Test
  void aChecklistOfThreeHalfPointItemsNeverEarnsThreePoints() {
    assertThat(lint("管理制度健全性", "3", BuiltInRules.checklistAdd(3, d("0.5"))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-301");
          assertThat(p.path()).isEqualTo(RULE + ".params.perItem");
          assertThat(english(p)).contains("3 items × 0.5 = 1.5 points at most, less than the "
              + "weight 3");
        });
  }

  @Test
  void pointsAreComparedAsTheCardShowsThem() {
    // 3 × 0.333 = 0.999, shown as 1.00: the full points of a weight of 1.
    assertThat(lint("管理制度健全性", "1", BuiltInRules.checklistAdd(3, d("0.333")))).isEmpty();
  }

  @Test
  void aChecklistOfFiveOnePointItemsAddsUpPastAWeightOfThree() {
    assertThat(lint("管理制度健全性", "3", BuiltInRules.checklistAdd(5, d("1"))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-304");
          assertThat(p.severity()).isEqualTo(Severity.WARNING);
          assertThat(english(p)).contains("all 5 items met earn 5 × 1 = 5 points, more than the "
              + "weight 3: the points stop at the weight once 3 items are met");
        });
  }

  @Test
  void yueyangsComplianceChecklistCanTakeMoreThanItsWeight() {
    // 资金使用合规性 3: 5 checklist items, −1 per violation, floor 0 — published so: a warning.
    assertThat(lint("资金使用合规性", "3", BuiltInRules.checklistDeduct(5, d("1"))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-303");
          assertThat(p.severity()).isEqualTo(Severity.WARNING);
          assertThat(p.path()).isEqualTo(RULE + ".params.perItem");
          assertThat(english(p)).contains("all 5 items missed take 5 × 1 = 5 points, more than "
              + "the weight 3: the points stop at 0 once 3 items are missed");
        });
  }

  @Test
  void aDeductingChecklistOfTwoItemsNeverTakesThreePointsToZero() {
    assertThat(lint("资金使用合规性", "3", BuiltInRules.checklistDeduct(2, d("1"))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-302");
          assertThat(english(p)).contains("2 × 1 = 2 is taken off the weight 3, which leaves 1");
        });
  }

  @Test
  void aStandardBelowZeroIsNeverMetByARate() {
    assertThat(lint("财政供养人员控制率", "5", BuiltInRules.threshold(d("-5"), d("0.5"))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-301");
          assertThat(p.path()).isEqualTo(RULE + ".params.standard");
        });
  }

  @Test
  void anAtLeastThresholdWhoseStepCannotEmptyTheWeightNeverReachesZero() {
    // ≥ 90 %, −0.05 per point short: at 0 % it is 90 points short and loses 4.5 of 5.
    RuleSpec rule = RuleSpec.builder().from(BuiltInRules.threshold(d("90"), d("0.05")))
        .putOption(BuiltInRules.DIRECTION, "at-least").build();
    assertThat(lint("重点工作办结率", "5", rule)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-302");
      assertThat(p.path()).isEqualTo(RULE + ".params.step");
      assertThat(english(p)).contains("falls at most 90 short of the standard 90 and loses at "
          + "most 90 × 0.05 = 4.5 of the weight 5, which leaves 0.5");
    });
  }

  @Test
  void aStepAboveTheWeightEmptiesItWithinOnePoint() {
    assertThat(lint("“三公经费”控制率", "5", BuiltInRules.threshold(d("100"), d("6"))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-303");
          assertThat(p.path()).isEqualTo(RULE + ".params.step");
        });
  }

  @Test
  void aMilestoneWorthMoreThanTheWeightEmptiesItAtTheFirstMiss() {
    assertThat(lint("支付进度", "3", BuiltInRules.milestones(d("4"))))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-303");
          assertThat(p.path()).isEqualTo(RULE + ".params.perMissed");
          assertThat(english(p)).contains("one missed milestone takes 4 points, more than the "
              + "weight 3");
        });
  }

  @Test
  void aProportionalLeafWithATargetOfZeroScoresNothing() {
    assertThat(RulebookLint.standard().check(leaf("预算执行率", "10", BuiltInRules.proportional(),
        b -> b.target(d("0"))))).singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo("JXR-301");
          assertThat(p.path()).isEqualTo("$.indicators[1].target");
          assertThat(english(p)).contains("score a target of 0 by the rule 'equal'");
        });
  }
}
