package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A copy keeps every part of its original but those a change names. */
class CopiesTest {

  private static final IndicatorEntry FULL_ENTRY = IndicatorEntry.builder().indicatorCode("1")
      .actual(new BigDecimal("97.16")).actualText("基本完成").level(QualitativeLevel.PARTLY_ACHIEVED)
      .claimedScore(new BigDecimal("6.50")).deviationReason("资金下达较晚")
      .assumption("实际值按报告第3页推定").build();

  private static final StatedFigure FULL_FIGURE = StatedFigure.builder().code("stated-rate")
      .name("预算完成率").kind(FigureKind.RATE).statedValue(new BigDecimal("97.16")).precision(2)
      .unit("%").numerator(new BigDecimal("3212.37")).denominator(new BigDecimal("3306.19"))
      .formula("决算数 ÷ 全年预算数").quote("预算完成率为97.16%。").assumption("分母按全年预算数")
      .build();

  @Test
  void anEvaluationCopiedWithoutChangesEqualsItsOriginalRulebookAndAll() {
    RandomSource source = RandomSource.seeded(2021);
    for (int i = 0; i < 50; i++) {
      SelfEvaluation generated = JixiaoGens.selfEvaluations().generate(source);
      SelfEvaluation original = Copies.evaluation(generated).rulebook("部门整体支出绩效评价表")
          .addStatedFigure(FULL_FIGURE).build();
      assertThat(Copies.evaluation(original).build()).isEqualTo(original);
    }
  }

  @Test
  void anEvaluationCopiedWithChangesChangesOnlyThem() {
    SelfEvaluation generated = JixiaoGens.selfEvaluations().generate(RandomSource.seeded(7));
    SelfEvaluation original = Copies.evaluation(generated).rulebook("部门整体支出绩效评价表").build();
    SelfEvaluation changed = Copies.evaluation(original, new Copies.EvaluationChanges()
        .fiscalYear(2030).statedFigures(List.of(FULL_FIGURE))
        .claimedTotal(new BigDecimal("12.34")).claimedGrade(Grade.POOR)).build();
    assertThat(changed.getFiscalYear()).isEqualTo(2030);
    assertThat(changed.getStatedFigures()).containsExactly(FULL_FIGURE);
    assertThat(changed.getClaimedTotal()).contains(new BigDecimal("12.34"));
    assertThat(changed.getClaimedGrade()).contains(Grade.POOR);
    assertThat(changed.getRulebook()).contains("部门整体支出绩效评价表");
    assertThat(changed.getEntries()).isEqualTo(original.getEntries());
    assertThat(changed.getIndicators()).isEqualTo(original.getIndicators());
    assertThat(changed.getDepartment()).isEqualTo(original.getDepartment());
    assertThat(changed.getProblems()).isEqualTo(original.getProblems());
    assertThat(changed.getNarrativeClaims()).isEqualTo(original.getNarrativeClaims());
    assertThat(changed.getTitle()).isEqualTo(original.getTitle());
    assertThat(changed.getDeductions()).isEqualTo(original.getDeductions());
    assertThat(changed.getBudget()).isEqualTo(original.getBudget());
  }

  @Test
  void anEntryCopyKeepsItsActualTextAndAssumptionAndChangesOnlyTheClaim() {
    assertThat(Copies.entry(FULL_ENTRY, FULL_ENTRY.getClaimedScore()).build()).isEqualTo(FULL_ENTRY);
    IndicatorEntry unclaimed = Copies.entry(FULL_ENTRY, Optional.empty()).build();
    assertThat(unclaimed.getClaimedScore()).isEmpty();
    assertThat(unclaimed.getActualText()).contains("基本完成");
    assertThat(unclaimed.getAssumption()).contains("实际值按报告第3页推定");
    assertThat(Copies.entry(unclaimed, Optional.of(new BigDecimal("6.50"))).build())
        .isEqualTo(FULL_ENTRY);
  }

  @Test
  void aFigureCopyKeepsItsFormulaAndAssumptionAndChangesOnlyTheStatedValue() {
    assertThat(Copies.figure(FULL_FIGURE, FULL_FIGURE.getStatedValue()).build())
        .isEqualTo(FULL_FIGURE);
    StatedFigure up = Copies.figure(FULL_FIGURE, new BigDecimal("97.17")).build();
    assertThat(up.getStatedValue()).isEqualByComparingTo("97.17");
    assertThat(up.getFormula()).contains("决算数 ÷ 全年预算数");
    assertThat(up.getAssumption()).contains("分母按全年预算数");
    assertThat(Copies.figure(up, new BigDecimal("97.16")).build()).isEqualTo(FULL_FIGURE);
  }
}
