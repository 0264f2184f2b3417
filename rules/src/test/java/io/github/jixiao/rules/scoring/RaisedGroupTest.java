package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * A group raised by 满意度's moved weight keeps a perfect project at 100: a leaf of it that does
 * not apply leaves out its raised weight, and a rulebook that rounds to whole points still gives a
 * perfect group its raised weight (review of issue 14).
 */
class RaisedGroupTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /**
   * 预算执行率 10 (200 of 200), 产出 50 (a qualitative 40, 达成 with 40 claimed, and a 政府采购执行率
   * 10 whose procurement budget is 0), 效益 30 (达成, 30 claimed); no 满意度.
   */
  private static SelfEvaluation perfectWithOneLineNotApplicable() {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("200"))
            .procurement(BudgetLine.of(BigDecimal.ZERO, BigDecimal.ZERO)).build())
        .addIndicators(
            Indicator.builder().code("01").name("预算执行率").level(1).weight(d("10"))
                .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
                .target(d("100")).unit("%").build(),
            Indicator.builder().code("02").name("产出指标").level(1).weight(d("50"))
                .kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("02.1").name("会议保障质量").level(2).parentCode("02")
                .weight(d("40")).kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("02.2").name("政府采购执行率").level(2).parentCode("02")
                .weight(d("10")).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
                .target(d("100")).unit("%").formula("procurement-execution").build(),
            Indicator.builder().code("03").name("效益指标").level(1).weight(d("30"))
                .kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("03.1").name("代表依法履职").level(2).parentCode("03")
                .weight(d("30")).kind(IndicatorKind.QUALITATIVE).build())
        .addEntries(
            IndicatorEntry.builder().indicatorCode("02.1").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("40")).build(),
            IndicatorEntry.builder().indicatorCode("03.1").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("30")).build())
        .build();
  }

  @Test
  void aLeafThatDoesNotApplyInARaisedGroupLeavesOutItsRaisedWeight() {
    ScoreCard card = Scorer.standard().score(perfectWithOneLineNotApplicable(),
        Rulebooks.mofProject2020());

    // 产出 50 raised to 56.25: 40.00 × 56.25 ÷ 50 = 45.00; 效益 30.00 × 33.75 ÷ 30 = 33.75.
    // 10 + 45 + 33.75 = 88.75, earned of 100 less the not-applicable 10 raised with its group,
    // 10 × 56.25 ÷ 50 = 11.25: 88.75 of 88.75, rescaled to 100.00.
    assertThat(card.indicator("02.2").orElseThrow().getStatus())
        .isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("45.00"));
    assertThat(card.getPointsSum()).isEqualByComparingTo("88.75");
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("88.75");
    assertThat(card.getTotal()).contains(d("100.00"));
  }

  @Test
  void aPerfectProjectScoresOneHundredUnderWholePointsTruncated() {
    SelfEvaluation perfect = SelfEvaluation.builder().from(perfectWithOneLineNotApplicable())
        .budget(Budget.builder().fullYear(d("200")).executed(d("200"))
            .procurement(BudgetLine.of(d("10"), d("10"))).build())
        .build();
    ScoreCard card = Scorer.standard().score(perfect, Rulebooks.mofProject2020().withRounding(
        RoundingPolicy.builder().scale(0).mode(RoundingMode.DOWN).build()));

    // 满意度's 10 is shared as weights, 6.25 and 3.75 (not rounded as points to 6 and 3), and a
    // perfect 产出 and 效益 earn their raised weights 56.25 and 33.75: 10 + 56.25 + 33.75 = 100.
    assertThat(card.getWeightMoves().get(0).getReceived()).containsEntry("2", d("6.25"))
        .containsEntry("3", d("3.75"));
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualByComparingTo("56.25");
    assertThat(card.getTotal().orElseThrow()).isEqualByComparingTo("100");
  }
}
