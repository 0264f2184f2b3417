package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.rules.check.Fixture.Draft;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every standard check of the numbers (1xx, 2xx): an evaluation where it fires, with path,
 * expected, actual and its words in both languages, and one where it is silent. The checks of the
 * narrative and the coverage (4xx, 5xx) are in {@link NarrativeChecksTest}.
 */
class StandardChecksTest {

  static List<Finding> run(Draft draft, String code) {
    return Checks.standard().run(draft.build()).findings(code);
  }

  static AbstractObjectAssert<?, Finding> only(Draft draft, String code) {
    return assertThat(run(draft, code)).singleElement();
  }

  static void finding(Finding f, String path, String expected, String actual) {
    assertThat(f.getPath()).isEqualTo(path);
    assertThat(f.getExpected()).hasValue(expected);
    assertThat(f.getActual()).hasValue(actual);
  }

  @Test
  void theConsistentEvaluationHasNoFindingAtAllAndRunsEveryCheckThatNeedsNoRulebook() {
    CheckReport report = Checks.standard().run(Fixture.consistent().build());

    assertThat(report.getFindings()).isEmpty();
    assertThat(report.counts()).containsEntry(Severity.ERROR, 0).containsEntry(Severity.WARNING, 0)
        .containsEntry(Severity.INFO, 0);
    assertThat(report.getChecksRun()).containsAll(List.of("JX-101", "JX-102", "JX-103",
        "JX-104", "JX-201", "JX-202", "JX-203", "JX-205", "JX-206", "JX-401", "JX-402", "JX-403",
        "JX-404", "JX-405", "JX-406", "JX-501", "JX-502"));
  }

  @Nested
  class StatedRate {
    @Test
    void aRateStatedWithMoreDecimalsThanItsFiguresHoldIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.figures.set(1, Fixture.solvedRate("92.00"));

      only(draft, "JX-101").satisfies(f -> {
        finding(f, "$.statedFigures[1].statedValue", "91.85", "92.00");
        assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("'群众反映问题解决率' is stated as 92.00%"
            + " but 169 ÷ 184 is 91.85% at the stated 2 decimals");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("“群众反映问题解决率”表述为 92.00%，但 169 ÷"
            + " 184 按表述的 2 位小数计算为 91.85%");
      });
    }

    @Test
    void theSeeds92PercentFrom169Of184AtWholePercentsIsSilent() {
      assertThat(run(Fixture.consistent(), "JX-101")).isEmpty();
    }

    @Test
    void aRateOverAZeroDenominatorIsNotApplicableSoAStatedNumberIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.figures.add(StatedFigure.builder().code("complaints").name("投诉办结率")
          .kind(FigureKind.RATE).statedValue(d("100")).numerator(d("0")).denominator(d("0"))
          .build());

      only(draft, "JX-101").satisfies(f -> {
        finding(f, "$.statedFigures[2].statedValue", "N/A", "100");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("'投诉办结率' is stated as 100% but comes"
            + " from 0 ÷ 0: a rate whose denominator is zero does not apply (N/A)");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("“投诉办结率”表述为 100%，但其来源为 0 ÷ 0："
            + "分母为零的比率不适用");
      });
    }
  }

  @Nested
  class StatedFigureVsData {
    @Test
    void anExecutionRateComputedFromAnotherExecutedAmountIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.budget = Fixture.budget("3306.19", "3202.37");

      assertThat(run(draft, "JX-102")).singleElement().satisfies(f -> {
        finding(f, "$.statedFigures[0].numerator", "3202.37", "3212.37");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("'预算完成率' is computed from 3212.37 but"
            + " $.budget.executed is 3202.37");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("“预算完成率”的计算依据为 3212.37，但执行数"
            + "（$.budget.executed）为 3202.37");
      });
    }

    @Test
    void anExecutionRateWithoutItsFiguresIsHeldAgainstTheBudget() {
      Draft draft = Fixture.consistent();
      draft.figures.set(0, StatedFigure.builder().code("execution-rate").name("预算完成率")
          .kind(FigureKind.RATE).statedValue(d("97.20")).formula("execution-rate").build());

      only(draft, "JX-102").satisfies(f -> finding(f, "$.statedFigures[0].statedValue", "97.16",
          "97.20"));
      draft.figures.set(0, StatedFigure.builder().code("execution-rate").name("预算完成率")
          .kind(FigureKind.RATE).statedValue(d("97.16")).formula("execution-rate").build());
      assertThat(run(draft, "JX-102")).isEmpty();
    }

    @Test
    void aThreePublicControlRateIsHeldAgainstTheThreePublicLinesAtItsPrecision() {
      // 三公 spent 14.8 of 15.5 budgeted: 95.4838… % → 95.5 at one decimal.
      Draft draft = Fixture.consistent();
      draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
          .threePublic(ThreePublicExpenses.builder().overseasTrips(BudgetLine.of(d("0"), d("0")))
              .vehicles(BudgetLine.of(d("12.5"), d("12"))).hospitality(BudgetLine.of(d("3"),
                  d("2.8"))).build())
          .build();
      draft.figures.add(StatedFigure.builder().code("three-public").name("“三公”经费控制率")
          .kind(FigureKind.RATE).statedValue(d("95.5")).formula("three-public-control").build());
      assertThat(run(draft, "JX-102")).isEmpty();

      draft.figures.set(2, StatedFigure.builder().code("three-public").name("“三公”经费控制率")
          .kind(FigureKind.RATE).statedValue(d("95.00")).formula("three-public-control").build());
      only(draft, "JX-102").satisfies(f -> {
        finding(f, "$.statedFigures[2].statedValue", "95.48", "95.00");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("'“三公”经费控制率' is stated as 95.00 but"
            + " formula three-public-control gives 95.48 from the evaluation's data (executed 14.8,"
            + " budget 15.5)");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("““三公”经费控制率”表述为 95.00，但按公式"
            + " three-public-control 由评价自身数据（executed 14.8、budget 15.5）计算为 95.48");
      });
    }

    @Test
    void theSeedsExecutionRateFromItsOwnBudgetIsSilent() {
      assertThat(run(Fixture.consistent(), "JX-102")).isEmpty();
    }
  }

  @Nested
  class ExecutedAboveBudget {
    @Test
    void executedAboveTheFullYearBudgetIsAFindingOnBudgetExecuted() {
      Draft draft = Fixture.consistent();
      draft.figures.clear();
      draft.budget = Fixture.budget("3306.19", "3306.20");

      only(draft, "JX-103").satisfies(f -> {
        finding(f, "$.budget.executed", "3306.19", "3306.20");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("executed 3306.20 ten thousand yuan is"
            + " above the budget's budget 3306.19 ten thousand yuan");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("预算执行数 3306.20 万元 超过预算数 3306.19 万元");
      });
    }

    @Test
    void aBudgetLineAThreePublicItemAndAProjectOverspentAreEachAFinding() {
      Draft draft = Fixture.consistent();
      draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
          .project(BudgetLine.of(d("500"), d("510.5")))
          .threePublic(ThreePublicExpenses.builder().overseasTrips(BudgetLine.of(d("0"), d("0")))
              .vehicles(BudgetLine.of(d("12"), d("11.8")))
              .hospitality(BudgetLine.of(d("3"), d("3.2"))).build())
          .build();
      draft.projects.add(Project.builder().code("congress").name("区人大会议项目")
          .budget(d("120")).executed(d("120.01")).build());

      assertThat(run(draft, "JX-103")).extracting(Finding::getPath, f -> f.getExpected().get(),
          f -> f.getActual().get()).containsExactly(
              org.assertj.core.groups.Tuple.tuple("$.budget.project.executed", "500", "510.5"),
              org.assertj.core.groups.Tuple.tuple("$.budget.threePublic.hospitality.executed", "3",
                  "3.2"),
              org.assertj.core.groups.Tuple.tuple("$.projects[0].executed", "120", "120.01"));
      assertThat(run(draft, "JX-103")).extracting(f -> f.message(Locale.CHINESE)).containsExactly(
          "项目支出执行数 510.5 万元 超过预算数 500 万元", "公务接待费执行数 3.2 万元 超过预算数 3 万元",
          "项目“区人大会议项目”执行数 120.01 万元 超过预算数 120 万元");
      assertThat(run(draft, "JX-103").get(2).message(Locale.ENGLISH)).isEqualTo("executed 120.01"
          + " ten thousand yuan is above project '区人大会议项目''s budget 120 ten thousand yuan");
    }

    @Test
    void executedEqualToBudgetIsSilent() {
      Draft draft = Fixture.consistent();
      draft.figures.clear();
      draft.budget = Fixture.budget("3306.19", "3306.190");
      assertThat(run(draft, "JX-103")).isEmpty();
    }
  }

  @Nested
  class PartsVsTotal {
    @Test
    void keyProjectsAboveTheProjectSpendingLineAreAFindingInTheBudgetsUnit() {
      Draft draft = Fixture.consistent();
      draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
          .project(BudgetLine.of(d("300"), d("290"))).build();
      draft.projects.add(Project.builder().code("congress").name("区人大会议项目")
          .budget(d("200")).executed(d("190")).build());
      draft.projects.add(Project.builder().code("stations").name("代表联络站建设")
          .unit(MoneyUnit.YUAN).budget(d("1000000")).executed(d("900000")).build());

      assertThat(run(draft, "JX-104")).isEmpty();
      draft.projects.set(1, Project.builder().code("stations").name("代表联络站建设")
          .unit(MoneyUnit.YUAN).budget(d("1000100")).executed(d("900000")).build());
      only(draft, "JX-104").satisfies(f -> {
        finding(f, "$.projects", "300", "300.0100");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("the key projects' budgets (300.0100 ten"
            + " thousand yuan) exceed project spending's budget (300 ten thousand yuan): a part"
            + " cannot exceed its total");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("重点项目预算之和（300.0100 万元）超过项目支出预算数"
            + "（300 万元）：明细不能超过合计");
      });
    }

    @Test
    void aCumulativePaymentThatFallsOrExceedsExecutedIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
          .addPayment(Payment.builder().period("春节前").planned(d("1653.10")).paid(d("1700"))
              .build())
          .addPayment(Payment.builder().period("6月底").planned(d("3306.19")).paid(d("1600"))
              .build())
          .addPayment(Payment.builder().period("12月底").planned(d("3306.19")).paid(d("3300"))
              .build())
          .build();

      assertThat(run(draft, "JX-104")).extracting(Finding::getPath, f -> f.getExpected().get(),
          f -> f.getActual().get()).containsExactly(
              org.assertj.core.groups.Tuple.tuple("$.budget.payments[1].paid", "1700", "1600"),
              org.assertj.core.groups.Tuple.tuple("$.budget.payments[2].paid", "3212.37", "3300"));
      assertThat(run(draft, "JX-104").get(0).message(Locale.ENGLISH)).isEqualTo("cumulative"
          + " payment by '6月底' is 1600, less than 1700 paid by '春节前': cumulative payments"
          + " cannot fall");
      assertThat(run(draft, "JX-104").get(0).message(Locale.CHINESE)).isEqualTo("截至“6月底”的累计支付"
          + " 1600 少于截至“春节前”的 1700：累计支付不应减少");
    }

    @Test
    void procurementAboveTheBudgetIsAFindingAndPartsWithinTheirTotalsAreSilent() {
      Draft draft = Fixture.consistent();
      draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
          .procurement(BudgetLine.of(d("3400"), d("100"))).build();
      only(draft, "JX-104").satisfies(f -> finding(f, "$.budget.procurement.budget", "3306.19",
          "3400"));

      draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
          .procurement(BudgetLine.of(d("300"), d("280")))
          .addPayment(Payment.builder().period("6月底").planned(d("1653")).paid(d("1600"))
              .build())
          .addPayment(Payment.builder().period("12月底").planned(d("3306.19")).paid(d("3212.37"))
              .build())
          .build();
      assertThat(run(draft, "JX-104")).isEmpty();
    }
  }

  @Nested
  class ClaimedScoreRange {
    @Test
    void aClaimedScoreAboveTheWeightOrBelowZeroIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.entry(Fixture.entry("1.1.2", "5", "10.5"));
      draft.entry(Fixture.entry("2.1.2", "92", "-1"));

      assertThat(run(draft, "JX-201")).satisfiesExactly(
          f -> finding(f, "$.entries[1].claimedScore", "10", "10.5"),
          f -> finding(f, "$.entries[3].claimedScore", "0", "-1"));
    }

    @Test
    void aClaimedScoreEqualToTheWeightIsSilent() {
      Draft draft = Fixture.consistent();
      draft.entry(Fixture.entry("1.1.2", "5", "10.00"));
      assertThat(run(draft, "JX-201")).isEmpty();
    }
  }

  @Nested
  class DeductionsAboveWeight {
    @Test
    void deductionsAddingUpAboveTheWeightAreAFindingAtTheOneThatCrossesIt() {
      Draft draft = Fixture.consistent();
      draft.deductions.add(deduction("1.1.2", "6", "预算调整频繁"));
      draft.deductions.add(deduction("1.1.1", "1", "项目资金支出进度分配不均"));
      draft.deductions.add(deduction("1.1.2", "4.5", "预算编制工作有待细化"));

      only(draft, "JX-202").satisfies(f -> finding(f, "$.deductions[2].points", "10", "10.5"));
    }

    @Test
    void deductionsUpToTheWeightAreSilent() {
      Draft draft = Fixture.consistent();
      draft.deductions.add(deduction("1.1.2", "6", "预算调整频繁"));
      draft.deductions.add(deduction("1.1.2", "4", "预算编制工作有待细化"));
      assertThat(run(draft, "JX-202")).isEmpty();
    }

    private Deduction deduction(String code, String points, String reason) {
      return Deduction.builder().indicatorCode(code).points(d(points)).reason(reason).build();
    }
  }

  @Nested
  class Weights {
    @Test
    void childrenThatDoNotAddUpToTheirParentAndRootsNot100AreFindings() {
      Draft draft = Fixture.consistent();
      draft.indicators.set(3, Fixture.quantitative("1.1.2", "预算调整率", "1.1", "12",
          io.github.jixiao.core.Direction.AT_MOST, "10", null));
      draft.indicators.set(8, Fixture.group("3", "效果", 1, null, "35"));

      assertThat(run(draft, "JX-203")).satisfiesExactly(
          f -> finding(f, "$.indicators", "100", "105"),
          f -> finding(f, "$.indicators[1].weight", "22", "20"),
          f -> finding(f, "$.indicators[8].weight", "30", "35"));
    }

    @Test
    void aTableWhoseWeightsAddUpIsSilent() {
      assertThat(run(Fixture.consistent(), "JX-203")).isEmpty();
    }
  }

  @Nested
  class UnknownParent {
    @Test
    void aParentCodeNamingNothingIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.indicators.add(Fixture.quantitative("4.1.1", "满意度", "4.1", "5",
          io.github.jixiao.core.Direction.AT_LEAST, "90", null));

      only(draft, "JX-205").satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("$.indicators[11].parentCode");
        assertThat(f.getActual()).hasValue("4.1");
      });
    }

    @Test
    void withoutTheRulebookTheEvaluationNamesTheCheckIsNotRunAndSaysWhy() {
      Draft draft = Fixture.consistent();
      draft.rulebook = "gz-2021-dept";
      draft.indicators.add(Fixture.quantitative("4.1.1", "满意度", "4.1", "5",
          io.github.jixiao.core.Direction.AT_LEAST, "90", null));

      CheckReport report = Checks.standard().run(draft.build());

      assertThat(report.findings("JX-205")).isEmpty();
      assertThat(report.getChecksRun()).doesNotContain("JX-205");
      assertThat(report.getChecksNotRun()).anySatisfy(s -> {
        assertThat(s.getCheckCode()).isEqualTo("JX-205");
        assertThat(s.reason(Locale.ENGLISH)).isEqualTo("the evaluation is scored under rulebook"
            + " 'gz-2021-dept', which was not given: its indicators may hang under the rulebook's"
            + " groups");
        assertThat(s.reason(Locale.CHINESE)).isEqualTo("评价适用评分办法“gz-2021-dept”，但未提供该评分办法："
            + "其指标可能挂在评分办法的分组之下");
      });
    }
  }

  @Nested
  class ClaimedTotal {
    @Test
    void aClaimedTotalOtherThanTheSumOfClaimedScoresIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.claimedTotal = d("94");

      only(draft, "JX-206").satisfies(f -> finding(f, "$.claimedTotal", "91.72", "94"));
    }

    @Test
    void aClaimedTotalEqualToTheSumIsSilentAndOneWithoutScoresIsNotJudged() {
      Draft draft = Fixture.consistent();
      draft.claimedTotal = d("91.7");
      draft.entry(Fixture.entry("1.1.1", "97.16", "9.70"));
      assertThat(run(draft, "JX-206")).isEmpty();
      assertThat(run(Fixture.seed(), "JX-206")).isEmpty();
    }
  }
}
