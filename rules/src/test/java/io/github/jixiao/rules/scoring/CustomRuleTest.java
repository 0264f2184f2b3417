package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.PluginException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A user's own rule, registered and named by a rulebook: the Yueyang table (methodology.md), whose
 * nine rules are eight built-ins and one custom rule (资金结余).
 */
class CustomRuleTest {

  private static final ScoringRules RULES = ScoringRules.builder().withBuiltIns()
      .register(new CarryOverLevelRule()).build();

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static RulebookIndicator leaf(String code, String name, String weight, RuleSpec rule,
      String formula) {
    RulebookIndicator.Builder b = RulebookIndicator.builder().code(code).name(name).level(2)
        .parentCode(code.substring(0, 1)).weight(d(weight)).rule(rule).unit("%");
    if (formula != null) {
      b.formula(formula);
    }
    return b.build();
  }

  static Rulebook yueyang() {
    return Rulebook.builder().id("yueyang-dept").title("岳阳市部门整体支出绩效自评表（投入、过程）")
        .source("岳阳市财政局").provenance(Provenance.confirmed("a published Yueyang table, parts"
            + " 投入 and 过程 (methodology.md)", "产出及效果 (64) stands for the parts of the table"
            + " that methodology.md does not give"))
        .addIndicators(
            RulebookIndicator.builder().code("1").name("投入").level(1).weight(d("15")).build(),
            leaf("1.1", "财政供养人员控制率", "5", Yueyang.STAFF, Formulas.STAFF_CONTROL),
            leaf("1.2", "\"三公经费\"变动率", "5", Yueyang.THREE_PUBLIC_CHANGE,
                Formulas.THREE_PUBLIC_CHANGE),
            leaf("1.3", "重点支出安排率", "5", Yueyang.KEY_SPENDING, Formulas.KEY_SPENDING_RATE),
            RulebookIndicator.builder().code("2").name("过程").level(1).weight(d("21")).build(),
            leaf("2.1", "预算调整率", "3", Yueyang.ADJUSTMENT, Formulas.ADJUSTMENT_RATE),
            leaf("2.2", "支付进度", "3", Yueyang.PAYMENTS, Formulas.MISSED_MILESTONES),
            leaf("2.3", "资金结余", "3", Yueyang.CARRY_OVER, null),
            leaf("2.4", "\"三公经费\"控制率", "6", Yueyang.THREE_PUBLIC_CONTROL,
                Formulas.THREE_PUBLIC_CONTROL),
            leaf("2.5", "管理制度健全性", "3", Yueyang.RULES_IN_PLACE, null),
            leaf("2.6", "资金使用合规性", "3", Yueyang.COMPLIANCE, null),
            RulebookIndicator.builder().code("3").name("产出及效果").level(1).weight(d("64"))
                .open(true).assumption("not in methodology.md").build())
        .build();
  }

  static SelfEvaluation evaluation() {
    Department department = Department.builder().code("yy-demo").name("岳阳市某局（示例）")
        .level(GovernmentLevel.MUNICIPAL).region("湖南省岳阳市").kind(DepartmentKind.ADMINISTRATIVE)
        .staffing(Staffing.builder().authorisedPosts(100).staffInPost(103).build()).build();
    Budget budget = Budget.builder().fullYear(d("1200")).executed(d("1150"))
        .project(BudgetLine.of(d("1000"), d("950"))).adjustments(d("180"))
        .threePublic(ThreePublicExpenses.builder().overseasTrips(BudgetLine.of(d("10"), d("10")))
            .vehicles(BudgetLine.of(d("20"), d("20.4")))
            .hospitality(BudgetLine.of(d("20"), d("20.6"))).previousYearBudget(d("49")).build())
        .carryOver(CarryOver.builder().atStart(d("30")).atEnd(d("20")).build())
        .addPayments(Payment.builder().period("春节前").planned(d("500")).paid(d("520")).build(),
            Payment.builder().period("6月底").planned(d("1000")).paid(d("900")).build())
        .build();
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2021).department(department).budget(budget)
        .addProject(Project.builder().code("p1").name("重点项目").budget(d("850"))
            .executed(d("800")).build())
        .claimedTotal(d("90"));
    yueyang().getIndicators().forEach(n -> e.addIndicator(BaiyunFixture.mirror(n)));
    e.addEntry(IndicatorEntry.builder().indicatorCode("2.5").actual(d("3")).build())
        .addEntry(IndicatorEntry.builder().indicatorCode("2.6").actual(d("4")).build());
    return e.build();
  }

  @Test
  void aRegisteredCustomRuleIsNamedByARulebookAndScored() {
    ScoreCard card = Scorer.using(RULES).score(evaluation(), yueyang());

    IndicatorScore carryOver = card.indicator("2.3").orElseThrow();
    assertThat(carryOver.getRule().getType()).isEqualTo(CarryOverLevelRule.TYPE);
    assertThat(carryOver.getPoints()).isEqualTo(d("2.00"));
    assertThat(carryOver.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("资金结余 年末结余 20，年初 30，得 2.00");
    assertThat(carryOver.explain(Locale.ENGLISH))
        .isEqualTo("资金结余: carry-over 20 at the end, 30 at the start; 2.00 points");
  }

  @Test
  void theYueyangTableScoresEachOfItsNineRulesFromTheEvaluationsOwnData() {
    ScoreCard card = Scorer.using(RULES).score(evaluation(), yueyang());

    assertThat(card.getIndicators()).extracting(IndicatorScore::getCode, IndicatorScore::getPoints)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1.1", d("3.50")),  // 103 of 100 posts
            org.assertj.core.groups.Tuple.tuple("1.2", d("3.98")),  // 三公 50 vs 49: +2.04 %
            org.assertj.core.groups.Tuple.tuple("1.3", d("4.00")),  // 850 of 1000: 85 %
            org.assertj.core.groups.Tuple.tuple("2.1", d("1.00")),  // 180 of 1200: 15 %
            org.assertj.core.groups.Tuple.tuple("2.2", d("2.50")),  // 1 milestone missed
            org.assertj.core.groups.Tuple.tuple("2.3", d("2.00")),  // 20 ≤ 30 last year
            org.assertj.core.groups.Tuple.tuple("2.4", d("4.00")),  // 51 of 50: 102 %
            org.assertj.core.groups.Tuple.tuple("2.5", d("3.00")),  // 3 of 3 rules in place
            org.assertj.core.groups.Tuple.tuple("2.6", d("2.00"))); // 1 of 5 violated
    assertThat(card.getPointsSum()).isEqualByComparingTo("25.98");
  }

  @Test
  void anEmptyOpenGroupDoesNotApplyAndTheTotalIsRescaledExplicitly() {
    ScoreCard card = Scorer.using(RULES).score(evaluation(), yueyang());

    assertThat(card.group("3")).hasValueSatisfying(g ->
        assertThat(g.getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE));
    assertThat(card.isRescaled()).isTrue();
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("36");
    assertThat(card.getTotal()).contains(d("72.17")); // 25.98 × 100 ÷ 36 = 72.166…
    assertThat(card.getGrade()).contains(Grade.FAIR);
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "产出及效果（64 分）在自评表中没有指标，不适用",
        "有指标不适用：适用分值 36，得分合计 25.98，按 100 分制折算为 72.17");
  }

  @Test
  void anUnregisteredRuleTypeIsReportedWithTheIndicatorAndTheFix() {
    assertThatThrownBy(() -> Scorer.using(ScoringRules.standard()).score(evaluation(), yueyang()))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.ruleType()).contains(CarryOverLevelRule.TYPE);
          assertThat(e.indicatorCode()).contains("2.3");
          assertThat(e.getMessage()).contains("no scoring rule is registered under type"
              + " 'yueyang-carry-over'").contains("ScoringRules.standard().with(rule)");
        });
  }

  @Test
  void aRuleThatThrowsIsReportedWithItsIdAndTheIndicatorCodeAndCause() {
    IllegalStateException boom = new IllegalStateException("boom");
    ScoringRules rules = ScoringRules.builder().withBuiltIns()
        .register(ScoringRule.of(CarryOverLevelRule.TYPE, input -> {
          throw boom;
        })).build();

    assertThatThrownBy(() -> Scorer.using(rules).strict().score(evaluation(), yueyang()))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.ruleType()).contains(CarryOverLevelRule.TYPE);
          assertThat(e.indicatorCode()).contains("2.3");
          assertThat(e.getCause()).isSameAs(boom);
          assertThat(e.getMessage()).startsWith("scoring rule 'yueyang-carry-over' (")
              .contains("failed on indicator '2.3' (资金结余) with java.lang.IllegalStateException;")
              .doesNotContain("boom");
        });
  }

  @Test
  void aRuleFailingWithAnErrorItCanCauseIsReportedLikeAnException() {
    for (Error error : List.of(new StackOverflowError(), new AssertionError("assumed"),
        new NoClassDefFoundError("com/example/Gone"))) {
      ScoringRules rules = ScoringRules.builder().withBuiltIns()
          .register(ScoringRule.of(CarryOverLevelRule.TYPE, input -> {
            throw error;
          })).build();

      assertThatThrownBy(() -> Scorer.using(rules).strict().score(evaluation(), yueyang()))
          .isInstanceOfSatisfying(ScoringException.class, e -> {
            assertThat(e.indicatorCode()).contains("2.3");
            assertThat(e.getCause()).isSameAs(error);
            assertThat(e.getMessage()).contains("failed on indicator '2.3' (资金结余) with "
                + error.getClass().getName() + ";");
          });
    }
  }

  @Test
  void anOutOfMemoryErrorOfARulePropagates() {
    OutOfMemoryError oom = new OutOfMemoryError("test");
    ScoringRules rules = ScoringRules.builder().withBuiltIns()
        .register(ScoringRule.of(CarryOverLevelRule.TYPE, input -> {
          throw oom;
        })).build();

    assertThatThrownBy(() -> Scorer.using(rules).score(evaluation(), yueyang())).isSameAs(oom);
  }

  @Test
  void aRuleGivingMoreThanTheWeightIsRefused() {
    ScoringRules rules = ScoringRules.builder().withBuiltIns().register(ScoringRule.of(
        CarryOverLevelRule.TYPE, input -> RuleOutcome.scored(input.getWeight().add(BigDecimal.ONE),
            Message.of("x")))).build();

    assertThatThrownBy(() -> Scorer.using(rules).strict().score(evaluation(), yueyang()))
        .isInstanceOf(ScoringException.class)
        .hasMessage("scoring rule 'yueyang-carry-over' gave 4 points for indicator '2.3' of"
            + " weight 3; a rule must give points within [0, weight]");
  }

  @Test
  void aDuplicateTypeIdIsRefusedAtRegistration() {
    ScoringRules.Builder builder = ScoringRules.builder().withBuiltIns();
    ScoringRule impostor = ScoringRule.of(BuiltInRules.PROPORTIONAL, new CarryOverLevelRule()::score);
    assertThatThrownBy(() -> builder.register(impostor))
        .isInstanceOf(PluginException.class)
        .hasMessageStartingWith("scoring rule type id 'proportional' is given twice: by built-in"
            + " (io.github.jixiao.rules.scoring.internal.ProportionalRule) and by explicit"
            + " registration (");
    assertThatThrownBy(() -> ScoringRules.builder().register(
        ScoringRule.of("Bad Id", new CarryOverLevelRule()::score)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("scoring rule type id 'Bad Id'"
            + " (explicit registration) is malformed: use lower-case letters, digits, '-', '_' and"
            + " '.', starting with a letter, e.g. \"carry-over-level\"");
  }

  @Test
  void providersAreFoundThroughServiceLoaderOnlyWhenAskedAndCannotRegisterAnIdTwice() {
    ClassLoader loader = getClass().getClassLoader();
    ScoringRules discovered = ScoringRules.builder().withBuiltIns().withDiscovered(loader).build();

    assertThat(discovered.ids()).endsWith(TestRuleProvider.TYPE);
    assertThat(ScoringRules.standard().withDiscovered(loader).contains(TestRuleProvider.TYPE))
        .isTrue();
    assertThat(ScoringRules.standard().contains(TestRuleProvider.TYPE)).isFalse();
    assertThat(Scorer.standard().rules().contains(TestRuleProvider.TYPE)).isFalse();
    assertThatThrownBy(() -> ScoringRules.builder().withDiscovered(loader).withDiscovered(loader))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("scoring rule type id 'test-half' is given twice: by provider "
            + TestRuleProvider.class.getName() + " (");
  }
}
