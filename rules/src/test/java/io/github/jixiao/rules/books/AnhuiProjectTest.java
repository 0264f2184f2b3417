package io.github.jixiao.rules.books;

import static io.github.jixiao.rules.books.Books.actual;
import static io.github.jixiao.rules.books.Books.d;
import static io.github.jixiao.rules.books.Books.group;
import static io.github.jixiao.rules.books.Books.level;
import static io.github.jixiao.rules.books.Books.quantitative;
import static io.github.jixiao.rules.books.Books.qualitative;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * {@code ah-project}: the national project form as printed in Anhui, "一级指标分值统一设置为：产出指标
 * 50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分" (rulebooks.md), the leaves each project's
 * own, scored by the national form's rules; the fixed split moves no weight.
 */
class AnhuiProjectTest {

  private static final Rulebook ANHUI = Books.loaded("ah-project");

  /** A training project of an Anhui unit, 2021; every figure chosen for the test. */
  private static SelfEvaluation.Builder training(boolean withSatisfaction) {
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.PROJECT)
        .fiscalYear(2021).title("培训项目支出绩效自评表")
        .department(Books.department("合肥市某局（示例）", GovernmentLevel.MUNICIPAL, "安徽省合肥市"))
        .budget(Budget.builder().fullYear(d("200")).executed(d("180")).build())
        .addIndicators(
            quantitative("01", "预算资金执行率", null, "10", Direction.AT_LEAST, "100", "%"),
            group("02", "产出指标", null, "50"),
            quantitative("02.1", "数量指标：培训人次", "02", "30", Direction.AT_LEAST, "1000", "人次"),
            qualitative("02.2", "质量指标：培训合格", "02", "20"),
            group("03", "效益指标", null, "30"),
            qualitative("03.1", "社会效益：基层业务能力提升", "03", "30"))
        .addEntries(actual("02.1", "800"), level("02.2", QualitativeLevel.ACHIEVED, "18"),
            level("03.1", QualitativeLevel.PARTLY_ACHIEVED, null));
    if (withSatisfaction) {
      e.addIndicators(group("04", "服务对象满意度指标", null, "10"),
              quantitative("04.1", "学员满意度", "04", "10", Direction.AT_LEAST, "90", "%"))
          .addEntries(actual("04.1", "85"));
    }
    return e;
  }

  @Test
  void theFixedSplitScoresEachLeafByTheNationalFormsRules() {
    assertThat(ANHUI.getProvenance().getStatus()).isEqualTo(ProvenanceStatus.PARTLY_CONFIRMED);
    assertThat(ANHUI.getRegion().orElseThrow().getDivisions()).containsExactly("安徽省");
    assertThat(ANHUI.getFirstYear()).isEmpty();
    assertThat(ANHUI.getLastYear()).isEmpty();

    ScoreCard card = Books.score(training(true).build(), ANHUI);

    // 预算资金执行率: 180 ÷ 200 = 90 %, 10 × 90 % = 9.00.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.00"));
    // 培训人次 ≥ 1000, 800: 30 × 800 ÷ 1000 = 24.00.
    assertThat(card.indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("24.00"));
    // 达成 earns 80–100 % of 20 = [16, 20]: the unit's 18 lies inside and is taken.
    assertThat(card.indicator("02.2").orElseThrow().getPoints()).isEqualTo(d("18.00"));
    // 部分达成 without points: the band's lower end, 60 % of 30 = 18.00.
    assertThat(card.indicator("03.1").orElseThrow().getPoints()).isEqualTo(d("18.00"));
    // 满意度 ≥ 90 %, 85 %: 10 × 85 ÷ 90 = 9.444… → 9.44.
    assertThat(card.indicator("04.1").orElseThrow().getPoints()).isEqualTo(d("9.44"));
    // 9.00 + 24.00 + 18.00 + 18.00 + 9.44 = 78.44: 中 (60 ≤ 78.44 < 80).
    assertThat(card.isRescaled()).isFalse();
    assertThat(card.getTotal()).contains(d("78.44"));
    assertThat(card.getGrade()).contains(Grade.FAIR);
  }

  @Test
  void withoutASatisfactionIndicatorNoWeightMovesAndTheTotalIsRescaled() {
    ScoreCard card = Books.score(training(false).build(), ANHUI);

    // 满意度 does not apply and its 10 points go nowhere: applicable 10 + 50 + 30 = 90, points
    // 9.00 + 24.00 + 18.00 + 18.00 = 69.00, rescaled 69.00 × 100 ÷ 90 = 76.666… → 76.67.
    assertThat(card.group("4").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.getWeightMoves()).singleElement()
        .satisfies(move -> assertThat(move.getReceived()).isEmpty());
    assertThat(card.group("2").orElseThrow().getWeight()).isEqualByComparingTo("50");
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("90");
    assertThat(card.getPointsSum()).isEqualByComparingTo("69.00");
    assertThat(card.isRescaled()).isTrue();
    assertThat(card.getTotal()).contains(d("76.67"));

    // The national form moves the 10 points instead, 50 : 30 — 产出 42.00 × 56.25 ÷ 50 = 47.25,
    // 效益 18.00 × 33.75 ÷ 30 = 20.25 — and gives 9.00 + 47.25 + 20.25 = 76.50.
    ScoreCard national = Books.score(training(false).build(), Rulebooks.mofProject2020());
    assertThat(national.getTotal()).contains(d("76.50"));
  }

  @Test
  void anAnhuiProjectOfAnyYearIsChosenOverTheNationalForm() {
    SelfEvaluation unnamed = training(true).build();
    assertThat(Rulebooks.forEvaluation(unnamed).rulebook().getId()).isEqualTo("ah-project");
    // 2019 is before the national form's 2020; Anhui's form has no years, so it still applies.
    assertThat(Rulebooks.forEvaluation(unnamed.withFiscalYear(2019)).rulebook().getId())
        .isEqualTo("ah-project");
  }
}
