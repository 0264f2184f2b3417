package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static io.github.jixiao.rules.check.StandardChecksTest.finding;
import static io.github.jixiao.rules.check.StandardChecksTest.only;
import static io.github.jixiao.rules.check.StandardChecksTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.check.Fixture.Draft;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every standard check of the narrative against the numbers and of the coverage of duties (4xx,
 * 5xx): an evaluation where it fires, with path, expected, actual and its words in both
 * languages, and one where it is silent.
 */
class NarrativeChecksTest {

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
