package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Indicators that do not apply are dropped and the rest rescaled to 100 (按百分制折算), never to
 * what happens to be left of the weights (issue 14: a project table with only the execution line
 * was rescaled to 90, because 满意度's 10 points had moved into 产出 and 效益, which were then
 * dropped in their turn).
 */
class RescaleToHundredTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** A project table with only 预算执行率 (10): executed 190 of a budget of 200. */
  private static SelfEvaluation executionLineOnly() {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("190")).build())
        .addIndicators(Indicator.builder().code("01").name("预算执行率").level(1).weight(d("10"))
            .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d("100"))
            .unit("%").build())
        .build();
  }

  @Test
  void aProjectWithOnlyTheExecutionLineIsRescaledToOneHundred() {
    ScoreCard card = Scorer.standard().score(executionLineOnly(), Rulebooks.mofProject2020());

    // 预算执行率: 10 × 190 ÷ 200 = 9.50. 产出 (50), 效益 (30) and 满意度 (10) have no indicator:
    // 满意度 has no group left to move its points to, so all three are dropped. Applicable 10 of
    // 100: 9.50 × 100 ÷ 10 = 95.00, 优 (≥ 90).
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.50"));
    assertThat(card.group("2").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.group("3").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.group("4").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.getPointsSum()).isEqualTo(d("9.50"));
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("10");
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.isRescaled()).isTrue();
    assertThat(card.getTotal()).contains(d("95.00"));
    assertThat(card.getGrade()).contains(io.github.jixiao.core.Grade.EXCELLENT);
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "产出（50 分）在自评表中没有指标，不适用",
        "效益（30 分）在自评表中没有指标，不适用",
        "满意度（10 分）在自评表中没有指标，不适用",
        "有指标不适用：适用分值 10，得分合计 9.50，按 100 分制折算为 95.00");
  }

  @Test
  void satisfactionMovesOnlyIntoTheTargetGroupThatHasIndicators() {
    SelfEvaluation evaluation = SelfEvaluation.builder().from(executionLineOnly())
        .addIndicators(
            Indicator.builder().code("02").name("产出指标").level(1).weight(d("50"))
                .kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("02.1").name("会议召开次数").level(2).parentCode("02")
                .weight(d("30")).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
                .target(d("2")).unit("次").build(),
            Indicator.builder().code("02.2").name("会议保障质量").level(2).parentCode("02")
                .weight(d("20")).kind(IndicatorKind.QUALITATIVE).build())
        .addEntries(
            io.github.jixiao.core.IndicatorEntry.builder().indicatorCode("02.1").actual(d("2"))
                .build(),
            io.github.jixiao.core.IndicatorEntry.builder().indicatorCode("02.2")
                .level(io.github.jixiao.core.QualitativeLevel.ACHIEVED).claimedScore(d("20"))
                .build())
        .build();

    ScoreCard card = Scorer.standard().score(evaluation, Rulebooks.mofProject2020());

    // 效益 (30) has no indicator: 满意度's 10 all go to 产出, 50 + 10 = 60. Its leaves keep their
    // table weights: 会议召开次数 30 (2 of 2: 30.00), 会议保障质量 20 (达成, 20.00); its subtotal is
    // raised 50.00 × 60 ÷ 50 = 60.00. Sum 9.50 + 60.00 = 69.50 of 10 + 60 = 70 applicable;
    // 69.50 × 100 ÷ 70 = 99.2857… → 99.29 out of 100.
    assertThat(card.group("2").orElseThrow().getWeight()).isEqualByComparingTo("60");
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("60.00"));
    assertThat(card.indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("30.00"));
    assertThat(card.indicator("02.2").orElseThrow().getPoints()).isEqualTo(d("20.00"));
    assertThat(card.group("3").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("70");
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.getTotal()).contains(d("99.29"));
  }
}
