package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A project without a satisfaction indicator (未设置满意度指标) under {@code mof-project-2020}, whose
 * 满意度 10 points go to 产出 and 效益: the scorer and the checks read its table one way, whichever
 * way the unit wrote it (issue 14: the checks reported JX-203 and JX-301 on tables the scorer had
 * accepted, and explanations contradicted the weight column).
 */
class WithoutSatisfactionTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /**
   * 预算执行率 10 (190 of 200 executed), 产出 {@code output} (会议召开次数 {@code sessions}, 会议保障质量
   * {@code quality}), 效益 {@code effect} (代表依法履职, all of it), claiming what is given.
   */
  private static SelfEvaluation project(String output, String sessions, String quality,
      String effect, String claimedQuality, String claimedEffect, String claimedTotal) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("190")).build())
        .addIndicators(
            Indicator.builder().code("01").name("预算执行率").level(1).weight(d("10"))
                .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
                .target(d("100")).unit("%").build(),
            Indicator.builder().code("02").name("产出指标").level(1).weight(d(output))
                .kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("02.1").name("会议召开次数").level(2).parentCode("02")
                .weight(d(sessions)).kind(IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("2")).unit("次").build(),
            Indicator.builder().code("02.2").name("会议保障质量").level(2).parentCode("02")
                .weight(d(quality)).kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("03").name("效益指标").level(1).weight(d(effect))
                .kind(IndicatorKind.QUALITATIVE).build(),
            Indicator.builder().code("03.1").name("代表依法履职").level(2).parentCode("03")
                .weight(d(effect)).kind(IndicatorKind.QUALITATIVE).build())
        .addEntries(
            IndicatorEntry.builder().indicatorCode("01").actual(d("95")).claimedScore(d("9.5"))
                .build(),
            IndicatorEntry.builder().indicatorCode("02.1").actual(d("2"))
                .claimedScore(d(sessions)).build(),
            IndicatorEntry.builder().indicatorCode("02.2").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d(claimedQuality)).build(),
            IndicatorEntry.builder().indicatorCode("03.1")
                .level(QualitativeLevel.PARTLY_ACHIEVED).claimedScore(d(claimedEffect)).build())
        .claimedTotal(d(claimedTotal)).claimedGrade(Grade.GOOD)
        .build();
  }

  @Test
  void aTableKeepingOutput50AndEffect30IsScoredAtItsOwnWeightsAndItsGroupsRaised() {
    // 会议召开次数 2 of 2 → 30.00; 会议保障质量 达成 [16, 20], the unit's 18 → 18.00; 代表依法履职
    // 部分达成 [18, 24), the unit's 20 → 20.00. 满意度's 10: 6.25 to 产出 (10 × 50 ÷ 80), 3.75 to
    // 效益: 48.00 × 56.25 ÷ 50 = 54.00 and 20.00 × 33.75 ÷ 30 = 22.50. 9.50 + 54.00 + 22.50 = 86.00,
    // 良; the claims raised the same way: 9.5 + 54.00 + 22.50 = 86.00.
    SelfEvaluation evaluation = project("50", "30", "20", "30", "18", "20", "86.00");
    ScoreCard card = Scorer.standard().score(evaluation, Rulebooks.mofProject2020());

    assertThat(card.indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("30.00"));
    assertThat(card.indicator("02.2").orElseThrow().getPoints()).isEqualTo(d("18.00"));
    assertThat(card.indicator("03.1").orElseThrow().getPoints()).isEqualTo(d("20.00"));
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("54.00"));
    assertThat(card.group("2").orElseThrow().getClaimed()).contains(d("54.00"));
    assertThat(card.group("2").orElseThrow().getExplanation().orElseThrow()
        .render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("得分 = 48.00 × 56.25 ÷ 50 = 54.00");
    assertThat(card.group("3").orElseThrow().getPoints()).isEqualTo(d("22.50"));
    assertThat(card.getTotal()).contains(d("86.00"));
    assertThat(card.getGrade()).contains(Grade.GOOD);
    weightsAreTheTables(evaluation, card);
    // The bands are of the table's weights: 达成 [80 %, 100 %] of 20, 部分达成 [60 %, 80 %) of 30.
    assertThat(explained(card, "02.1")).isEqualTo("会议召开次数 2.00次 ≥ 2次，得满分 30");
    assertThat(explained(card, "02.2")).isEqualTo("会议保障质量 达成（档次 [16.00, 20.00]），采用自评分 18.00");
    assertThat(explained(card, "03.1")).isEqualTo("代表依法履职 部分达成（档次 [18.00, 24.00)），采用自评分 20.00");

    CheckReport report = Checks.standard().run(evaluation, Rulebooks.mofProject2020());
    assertThat(report.getFindings()).noneMatch(f -> f.getSeverity() == Severity.ERROR);
    assertThat(report.findings("JX-203")).isEmpty();
    assertThat(report.findings("JX-206")).isEmpty();
    assertThat(report.findings("JX-301")).isEmpty();
  }

  @Test
  void aTableThatAlreadyCarriesTheMovedWeightIsScoredAsItIs() {
    // The unit moved 满意度's 10 itself: 产出 56.25 (33.75 + 22.50), 效益 33.75. 会议召开次数 2 of 2
    // → 33.75; 会议保障质量 达成 [18.00, 22.50], the unit's 20.25 → 20.25; 代表依法履职 部分达成
    // [20.25, 27.00), the unit's 22.50 → 22.50. 9.50 + 33.75 + 20.25 + 22.50 = 86.00.
    SelfEvaluation evaluation = project("56.25", "33.75", "22.50", "33.75", "20.25", "22.50",
        "86.00");
    ScoreCard card = Scorer.standard().score(evaluation, Rulebooks.mofProject2020());

    assertThat(card.indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("33.75"));
    assertThat(card.indicator("02.2").orElseThrow().getPoints()).isEqualTo(d("20.25"));
    assertThat(card.indicator("03.1").orElseThrow().getPoints()).isEqualTo(d("22.50"));
    assertThat(card.group("2").orElseThrow().getExplanation()).isEmpty();
    assertThat(card.getWeightMoves()).singleElement()
        .satisfies(move -> assertThat(move.isCarriedByTable()).isTrue());
    assertThat(card.getTotal()).contains(d("86.00"));
    weightsAreTheTables(evaluation, card);
    assertThat(explained(card, "02.1")).isEqualTo("会议召开次数 2.00次 ≥ 2次，得满分 33.75");
    assertThat(explained(card, "03.1")).isEqualTo("代表依法履职 部分达成（档次 [20.25, 27.00)），采用自评分 22.50");

    // Checked through a plan compiled once, as a batch does: the same report.
    CheckReport report = Checks.standard().run(evaluation,
        Scorer.standard().compile(Rulebooks.mofProject2020()));
    assertThat(report.getFindings()).noneMatch(f -> f.getSeverity() == Severity.ERROR);
    assertThat(report.findings("JX-203")).isEmpty();
    assertThat(report.findings("JX-301")).isEmpty();
    assertThat(report).isEqualTo(Checks.standard().run(evaluation, Rulebooks.mofProject2020()));
  }

  @Test
  void aTableKeepingAnEmptySatisfactionRowIsReadTheSameWay() {
    // The third way a unit writes it: 产出 50 and 效益 30 and a row 04 满意度指标 10 with nothing
    // under it. The rules move its 10 as before (86.00); the row's own 10 is in the table's
    // level-1 sum, which is then 100 as JX-203 expects.
    SelfEvaluation base = project("50", "30", "20", "30", "18", "20", "86.00");
    SelfEvaluation evaluation = SelfEvaluation.builder().from(base)
        .addIndicators(Indicator.builder().code("04").name("满意度指标").level(1)
            .weight(d("10")).kind(IndicatorKind.QUALITATIVE).build())
        .build();

    assertThat(Scorer.standard().score(evaluation, Rulebooks.mofProject2020()).getTotal())
        .contains(d("86.00"));
    CheckReport report = Checks.standard().run(evaluation, Rulebooks.mofProject2020());
    assertThat(report.getFindings()).noneMatch(f -> f.getSeverity() == Severity.ERROR);
    assertThat(report.findings("JX-203")).isEmpty();
  }

  @Test
  void aTableShortOfWhatTheRulesExpectIsStillFlaggedWithTheExpectedSum() {
    // 产出 50 but 效益 only 25: 10 + 50 + 25 = 85, where 100 less 满意度's 10 is 90.
    SelfEvaluation evaluation = project("50", "30", "20", "25", "18", "16", "80");
    CheckReport report = Checks.standard().run(evaluation, Rulebooks.mofProject2020());

    assertThat(report.findings("JX-203")).anySatisfy(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators");
      assertThat(f.getExpected()).hasValue("90");
      assertThat(f.getActual()).hasValue("85");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("一级指标分值合计 85，应为 90：100 分减去"
          + "自评表中空缺的评分办法指标组的 10 分（由评分办法转入其他指标或不适用）");
    });
  }

  /** Every row's weight is its table's: nothing is scaled behind the columns. */
  private static void weightsAreTheTables(SelfEvaluation evaluation, ScoreCard card) {
    for (Indicator indicator : evaluation.getIndicators()) {
      card.indicator(indicator.getCode()).ifPresent(score ->
          assertThat(score.getWeight()).isEqualByComparingTo(indicator.getWeight()));
    }
    assertThat(card.getIndicators()).extracting(IndicatorScore::getCode)
        .containsExactly("1", "02.1", "02.2", "03.1");
  }

  private static String explained(ScoreCard card, String code) {
    return card.indicator(code).orElseThrow().explain(Locale.SIMPLIFIED_CHINESE);
  }
}
