package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.FundingLine;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceCell;
import io.github.jixiao.core.TableSource;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The checks of what a 自评表 holds (issue 16): the budget by funding source against its total
 * (JX-105), a quantitative actual written as text no number can be read from (JX-208), and the
 * cell of the table each finding of an imported evaluation points at.
 */
class TableChecksTest {

  private static FundingLine appropriation(String fullYear, String executed) {
    return FundingLine.builder().source(FundingSource.CURRENT_APPROPRIATION)
        .fullYear(d(fullYear)).executed(d(executed)).build();
  }

  private static List<Finding> run(SelfEvaluation evaluation, String code) {
    return Checks.standard().run(evaluation).getFindings().stream()
        .filter(f -> f.getCode().equals(code)).toList();
  }

  @Test
  void aTotalRowOfZeroBesideAnAppropriationOf89974IsAFindingNotAcceptedSilently() {
    Draft draft = Fixture.consistent();
    draft.budget = Budget.builder().fullYear(d("0")).executed(d("0"))
        .addFunding(appropriation("89.974", "89.974")).build();

    List<Finding> found = run(draft.build(), "JX-105");

    assertThat(found).hasSize(2);
    assertThat(found.get(0).getPath()).isEqualTo("$.budget.executed");
    assertThat(found.get(1).getPath()).isEqualTo("$.budget.fullYear");
    Finding fullYear = found.get(1);
    assertThat(fullYear.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(fullYear.getExpected()).hasValue("89.974");
    assertThat(fullYear.getActual()).hasValue("0");
    assertThat(fullYear.message(Locale.CHINESE))
        .isEqualTo("各资金来源行的全年预算数合计 89.974 万元，但年度资金总额为 0 万元：1 行资金来源之和应等于总额");
    assertThat(fullYear.message(Locale.ENGLISH)).isEqualTo("the rows by funding source give a"
        + " full-year budget of 89.974 ten thousand yuan in all, but the total is 0 ten thousand"
        + " yuan: the total must equal its rows by source (rows: 1)");
  }

  @Test
  void rowsThatAddUpExactlyAreNoFindingAndARowThatLeavesAFigureEmptyAddsNothingToIt() {
    // 3306.19 = 3000.00 + 306.19 (上年结转); executed 3212.37 = 2950.10 + 262.27; the 其他资金 row
    // gives only its full-year figure, 0, and nothing executed ("-").
    Draft draft = Fixture.consistent();
    draft.budget = Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
        .addFunding(appropriation("3000.00", "2950.10"))
        .addFunding(FundingLine.builder().source(FundingSource.CARRIED_OVER)
            .fullYear(d("306.19")).executed(d("262.27")).build())
        .addFunding(FundingLine.builder().source(FundingSource.OTHER).fullYear(d("0")).build())
        .build();

    assertThat(run(draft.build(), "JX-105")).isEmpty();
  }

  @Test
  void theInitialBudgetIsHeldToItsRowsOnlyWhereBothAreGiven() {
    // 年初 3100 against rows of 3000 + 50: 3050, 50 short.
    Draft draft = Fixture.consistent();
    draft.budget = Budget.builder().fullYear(d("3306.19")).initial(d("3100"))
        .executed(d("3212.37"))
        .addFunding(FundingLine.builder().source(FundingSource.FISCAL).initial(d("3000"))
            .fullYear(d("3306.19")).executed(d("3212.37")).build())
        .addFunding(FundingLine.builder().source(FundingSource.UNIT_FUNDS).initial(d("50"))
            .build())
        .build();

    assertThat(run(draft.build(), "JX-105")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.budget.initial");
      assertThat(f.getExpected()).hasValue("3050");
      assertThat(f.getActual()).hasValue("3100");
    });
  }

  @Test
  void aQuantitativeActualWrittenAsTextIsAFindingAndIsNotScoredAsZero() {
    Draft draft = Fixture.consistent();
    draft.entry(IndicatorEntry.builder().indicatorCode("2.1.1").actualWritten("效果明显")
        .reading(ActualReading.UNREADABLE).claimedScore(d("25")).build());

    List<Finding> found = run(draft.build(), "JX-208");

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[2].actualWritten");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getActual()).hasValue("效果明显");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“2.1.1 常委会会议次数”为定量指标，"
          + "但实际完成值写作“效果明显”，无法读出数值：不予计分，请填写数值（不按 0 处理）");
    });
  }

  @Test
  void anApproximateActualReadAsANumberAndANotApplicableOneAreNotUnreadable() {
    Draft draft = Fixture.consistent();
    draft.entry(IndicatorEntry.builder().indicatorCode("2.1.1").actual(d("6"))
        .actualWritten("6次余").reading(ActualReading.APPROXIMATE).claimedScore(d("25")).build());
    draft.entry(IndicatorEntry.builder().indicatorCode("2.1.2").actualWritten("/")
        .reading(ActualReading.NOT_APPLICABLE).build());

    assertThat(run(draft.build(), "JX-208")).isEmpty();
  }

  @Test
  void aFindingOfAnImportedEvaluationNamesTheCellItsValueWasReadFrom() {
    Draft draft = Fixture.consistent();
    draft.entry(IndicatorEntry.builder().indicatorCode("2.1.1").actualWritten("效果明显")
        .reading(ActualReading.UNREADABLE).build());
    SelfEvaluation imported = draft.build().withSource(TableSource.builder()
        .file("2021自评表.xlsx").sheet("项目1").layout("A")
        .addCells(SourceCell.of("$.entries[2]", "项目1!A14"),
            SourceCell.of("$.entries[2].actualWritten", "项目1!H14"))
        .build());

    assertThat(run(imported, "JX-208")).singleElement()
        .satisfies(f -> assertThat(f.getCell()).hasValue("项目1!H14"));
    assertThat(run(draft.build(), "JX-208")).singleElement()
        .satisfies(f -> assertThat(f.getCell()).isEmpty());
  }
}
