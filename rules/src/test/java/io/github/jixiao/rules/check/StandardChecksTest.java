package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.rules.check.Fixture.Draft;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractObjectAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every standard check: an evaluation where it fires, with path, expected and actual, and one where it is silent. */
class StandardChecksTest {

  private static List<Finding> run(Draft draft, String code) {
    return Checks.standard().run(draft.build()).findings(code);
  }

  private static AbstractObjectAssert<?, Finding> only(Draft draft, String code) {
    return assertThat(run(draft, code)).singleElement();
  }

  private static void finding(Finding f, String path, String expected, String actual) {
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

  @Nested
  class AllTargetsMet {
    @Test
    void theClaimNextToAMissedIndicatorIsAFindingAtTheClaim() {
      Draft draft = Fixture.consistent();
      draft.budget = Fixture.budget("3212.37", "3212.37");
      draft.figures.clear();
      draft.claims.add(Fixture.allTargetsMet());
      draft.entry(Fixture.entry("2.1.2", "88", "22"));

      only(draft, "JX-401").satisfies(f -> {
        finding(f, "$.narrativeClaims[1]", "0", "1");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("the report claims \"均达到了年初设定的各项绩效目标\""
            + " but '2.1.2 群众反映问题解决率' is 88 against a target ≥ 90");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("报告称“均达到了年初设定的各项绩效目标”，但指标"
            + "“2.1.2 群众反映问题解决率”完成值为 88，目标为 ≥ 90");
      });
    }

    @Test
    void theClaimWithFullExecutionAndEveryTargetMetIsSilent() {
      Draft draft = Fixture.consistent();
      draft.budget = Fixture.budget("3212.37", "3212.37");
      draft.figures.clear();
      draft.claims.add(Fixture.allTargetsMet());
      assertThat(run(draft, "JX-401")).isEmpty();
    }

    @Test
    void aQualitativeIndicatorPartlyAchievedContradictsTheClaim() {
      Draft draft = Fixture.consistent();
      draft.budget = Fixture.budget("3212.37", "3212.37");
      draft.figures.clear();
      draft.claims.add(Fixture.allTargetsMet());
      draft.entry(IndicatorEntry.builder().indicatorCode("3.1.1")
          .level(QualitativeLevel.PARTLY_ACHIEVED).claimedScore(d("20")).build());

      only(draft, "JX-401").satisfies(f -> {
        assertThat(f.getActual()).hasValue("1");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("the report claims \"均达到了年初设定的各项绩效目标\""
            + " but '3.1.1 社会效益' was rated partly achieved against a target of achieved");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("报告称“均达到了年初设定的各项绩效目标”，但指标"
            + "“3.1.1 社会效益”完成情况为“部分达成”，目标为“达成”");
      });
    }
  }

  @Nested
  class AllTasksCompleted {
    @Test
    void theClaimNextToATaskShortOfItsPlanIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.tasks.set(0, Task.builder().code("sessions").title("召开常委会会议").key(true)
          .addDutyCode("sc-3").addDutyCode("office-1").plannedCount(8).completedCount(6).build());
      draft.claims.add(NarrativeClaim.builder().kind(ClaimKind.ALL_TASKS_COMPLETED)
          .quote("全面完成各项目标任务").build());

      only(draft, "JX-402").satisfies(f -> {
        finding(f, "$.narrativeClaims[1]", "0", "1");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("the report claims \"全面完成各项目标任务\" but"
            + " '召开常委会会议' did 6 of 8");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("报告称“全面完成各项目标任务”，但“召开常委会会议”计划 8，"
            + "完成 6");
      });
    }

    @Test
    void theClaimWithEveryTaskDoneIsSilent() {
      Draft draft = Fixture.consistent();
      draft.claims.add(NarrativeClaim.builder().kind(ClaimKind.ALL_TASKS_COMPLETED)
          .quote("全面完成各项目标任务").build());
      assertThat(run(draft, "JX-402")).isEmpty();
    }
  }

  @Nested
  class ProblemWithFullPoints {
    @Test
    void aProblemOnAnAreaWhoseIndicatorsAllKeptFullPointsIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.entry(Fixture.entry("1.1.1", "97.16", "10"));
      draft.entry(Fixture.entry("1.1.2", "5", "10"));
      draft.claimedTotal = d("94");
      draft.problems.add(Problem.builder().text("预算调整较多").addIndicatorCode("1.1.2").build());

      assertThat(run(draft, "JX-403")).satisfiesExactly(
          f -> finding(f, "$.problems[0].areas[0]", "< 20", "20"),
          f -> finding(f, "$.problems[1].indicatorCodes[0]", "< 10", "10"));
    }

    @Test
    void aProblemOnAnAreaThatLostPointsIsSilent() {
      assertThat(run(Fixture.consistent(), "JX-403")).isEmpty();
    }
  }

  @Nested
  class ScoreFarAboveExecution {
    @Test
    void theSeeds94AgainstItsExecutionOf97Point16IsAFindingOf6Point97Percent() {
      only(Fixture.seed(), "JX-404").satisfies(f -> {
        finding(f, "$.claimedTotal", "5", "6.97");
        assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("the claimed total 94 is far above the"
            + " execution rate 97.16%: (score ÷ 90 − rate) ÷ (score ÷ 90) is 6.97%, above 5%");
      });
    }

    @Test
    void ninetyTwoAgainst97Point16IsWithin5PercentAndSilent() {
      // (92 ÷ 90 − 0.971622…) ÷ (92 ÷ 90) = 4.95 %.
      Draft draft = Fixture.seed();
      draft.claimedTotal = d("92");
      assertThat(run(draft, "JX-404")).isEmpty();
      draft.claimedTotal = d("92.06");
      only(draft, "JX-404").satisfies(f -> assertThat(f.getActual()).hasValue("5.01"));
    }

    @Test
    void atFullExecutionItFiresFrom94Point74AsDocumented() {
      // 1 − 90 ÷ 94.74 = 5.003 % > 5; 1 − 90 ÷ 94.73 = 4.993 %.
      Draft draft = Fixture.seed();
      draft.budget = Fixture.budget("3306.19", "3306.19");
      draft.claimedTotal = d("94.73");
      assertThat(run(draft, "JX-404")).isEmpty();
      draft.claimedTotal = d("94.74");
      only(draft, "JX-404").satisfies(f -> {
        assertThat(f.getActual()).hasValue("5.00");
        assertThat(f.message(Locale.ENGLISH)).contains("the execution rate 100.00%:");
      });
    }

    @Test
    void theCheckContextsExecutionRateIsTheFormulas() {
      SelfEvaluation seed = Fixture.seed().build();
      assertThat(CheckContext.of(seed).executionRate(6).orElseThrow().value())
          .isEqualTo(io.github.jixiao.rules.formula.Formulas.standard().compute(
              io.github.jixiao.rules.formula.Formulas.EXECUTION_RATE, seed).getValue()
              .orElseThrow())
          .isEqualTo(new BigDecimal("97.162293"));
    }
  }

  @Nested
  class LowExecutionUnexplained {
    @Test
    void executionBelow90PercentWithNothingSaidIsAFinding() {
      Draft draft = Fixture.consistent();
      draft.figures.clear();
      draft.problems.clear();
      draft.budget = Fixture.budget("3306.19", "2975.40");

      only(draft, "JX-405").satisfies(f -> finding(f, "$.budget.executed", "90.00", "89.99"));
      draft.budget = Fixture.budget("3306.19", "2975.41");
      assertThat(run(draft, "JX-405")).isEmpty();
    }

    @Test
    void aDeviationReasonOrAProblemOnBudgetExecutionExplainsIt() {
      Draft draft = Fixture.consistent();
      draft.figures.clear();
      draft.budget = Fixture.budget("3306.19", "2645.00");
      assertThat(run(draft, "JX-405")).isEmpty();

      draft.problems.clear();
      draft.entry(IndicatorEntry.builder().indicatorCode("1.1.1").actual(d("80"))
          .claimedScore(d("8")).deviationReason("疫情影响部分会议延期").build());
      assertThat(run(draft, "JX-405")).isEmpty();
    }
  }

  @Nested
  class MissedTargetUnexplained {
    @Test
    void anIndicatorBelowTargetWithoutAReasonIsAFindingOnItsDeviationReason() {
      Draft draft = Fixture.consistent();
      draft.entry(Fixture.entry("1.1.2", "12.5", "7"));

      only(draft, "JX-406").satisfies(f -> {
        finding(f, "$.entries[1].deviationReason", "≤ 10", "12.5");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("'1.1.2 预算调整率' is 12.5 against a target"
            + " ≤ 10 and gives no deviation reason");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“1.1.2 预算调整率”完成值为 12.5，未达到目标 ≤ 10，"
            + "且未填写偏差原因");
      });
    }

    @Test
    void anIndicatorBelowTargetWithAReasonIsSilent() {
      Draft draft = Fixture.consistent();
      draft.entry(IndicatorEntry.builder().indicatorCode("1.1.2").actual(d("12.5"))
          .claimedScore(d("7")).deviationReason("换届选举追加经费").build());
      assertThat(run(draft, "JX-406")).isEmpty();
    }
  }

  @Nested
  class Coverage {
    @Test
    void aKeyTaskServingNoDutyIsAWarningAndADutyNoTaskServesIsAnInfo() {
      Draft draft = Fixture.consistent();
      draft.tasks.set(1, Task.builder().code("documents").title("起草常委会重要文件").key(true)
          .build());

      only(draft, "JX-501").satisfies(f -> {
        finding(f, "$.tasks[1].dutyCodes", "≥ 1", "0");
        assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("the key task '起草常委会重要文件' serves none"
            + " of the department's duties");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("重点工作任务“起草常委会重要文件”未对应任何部门职责");
      });
      only(draft, "JX-502").satisfies(f -> {
        assertThat(f.getPath()).isEqualTo("$.department.duties[1]");
        assertThat(f.getActual()).hasValue("office-3");
        assertThat(f.getSeverity()).isEqualTo(Severity.INFO);
      });
    }

    @Test
    void everyDutyServedAndEveryKeyTaskServingOneIsSilent() {
      Draft draft = Fixture.consistent();
      assertThat(run(draft, "JX-501")).isEmpty();
      assertThat(run(draft, "JX-502")).isEmpty();
    }
  }
}
