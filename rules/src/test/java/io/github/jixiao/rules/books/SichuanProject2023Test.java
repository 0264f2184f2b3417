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
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * {@code sc-project-2023}: Sichuan's 2023 project form (rulebooks.md): 预算执行率 10 on 调整后预算数
 * (10 × 预算执行数 ÷ 调整后预算数), 绩效指标 90 with the unit's own weights, 指标性质 =, ≥, ≤ or 定性
 * on the 优良中低差 scale — whose bands are not published, so the rulebook's (the weight in five
 * equal steps: 优 80–100 %, 良 60–80 %, 中 40–60 %, 低 20–40 %, 差 0–20 %) are an assumption.
 */
class SichuanProject2023Test {

  private static final Rulebook SICHUAN = Books.loaded("sc-project-2023");

  /** A food-testing project of a Sichuan unit, 2023; every figure chosen for the test. */
  private static SelfEvaluation evaluation(IndicatorEntry qualitativeEntry) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2023)
        .title("食品抽检项目 部门预算项目支出绩效自评表")
        .department(Books.department("成都市某局（示例）", GovernmentLevel.MUNICIPAL, "四川省成都市"))
        // 年初预算 450, 调整后预算数 500, 预算执行数 460.
        .budget(Budget.builder().initial(d("450")).fullYear(d("500")).executed(d("460")).build())
        .addIndicators(
            quantitative("01", "预算执行率", null, "10", Direction.AT_LEAST, "100", "%"),
            group("02", "绩效指标", null, "90"),
            group("02.1", "产出指标", "02", "60"),
            quantitative("02.1.1", "数量指标：抽检样本", "02.1", "40", Direction.AT_LEAST, "100",
                "份"),
            quantitative("02.1.2", "成本指标：单份检测成本", "02.1", "20", Direction.AT_MOST, "50",
                "元"),
            group("02.2", "效益指标", "02", "30"),
            quantitative("02.2.1", "检测报告按期出具", "02.2", "10", Direction.EQUAL, "1", "项"),
            qualitative("02.2.2", "社会效益：食品安全风险防控", "02.2", "20"))
        .addEntries(actual("02.1.1", "95"), actual("02.1.2", "55"), actual("02.2.1", "1"),
            qualitativeEntry)
        .build();
  }

  private static IndicatorScore qualitativeScored(QualitativeLevel level, String claimed) {
    return Books.score(evaluation(level("02.2.2", level, claimed)), SICHUAN)
        .indicator("02.2.2").orElseThrow();
  }

  @Test
  void executionOnTheAdjustedBudgetAndTheUnitsOwnIndicatorsAddUp() {
    assertThat(SICHUAN.getProvenance().getStatus()).isEqualTo(ProvenanceStatus.PARTLY_CONFIRMED);
    assertThat(SICHUAN.getRegion().orElseThrow().getDivisions()).containsExactly("四川省");
    assertThat(SICHUAN.getFirstYear()).contains(2023);
    assertThat(SICHUAN.getExecution().getBase()).isEqualTo(ExecutionBase.FULL_YEAR);

    ScoreCard card = Books.score(evaluation(level("02.2.2", QualitativeLevel.GOOD, "15")),
        SICHUAN);

    // 预算执行数 460 ÷ 调整后预算数 500 = 92 %: 10 × 92 % = 9.20 (on the 年初预算 450 it would be
    // 102.2 %, capped at 10).
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.20"));
    // ≥ 100 份, 95: 40 × 95 ÷ 100 = 38.00.
    assertThat(card.indicator("02.1.1").orElseThrow().getPoints()).isEqualTo(d("38.00"));
    // ≤ 50 元, 55: 20 × 50 ÷ 55 = 18.1818… → 18.18.
    assertThat(card.indicator("02.1.2").orElseThrow().getPoints()).isEqualTo(d("18.18"));
    // = 1, 1: 10.00.
    assertThat(card.indicator("02.2.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    // 良 is [60 %, 80 %) of 20 = [12, 16): the unit's 15 is taken.
    assertThat(card.indicator("02.2.2").orElseThrow().getPoints()).isEqualTo(d("15.00"));
    // 9.20 + 38.00 + 18.18 + 10.00 + 15.00 = 90.38: 优.
    assertThat(card.getTotal()).contains(d("90.38"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }

  @Test
  void theFiveStepBandsOfAQualitativeIndicatorAtTheirEdges() {
    // 优 [16, 20], 良 [12, 16), 中 [8, 12), 低 [4, 8), 差 [0, 4) of a weight of 20.
    // 良 at 16 is the floor of 优, outside 良: refused, and 良's lower end 12 is given.
    IndicatorScore goodAtSixteen = qualitativeScored(QualitativeLevel.GOOD, "16");
    assertThat(goodAtSixteen.getStatus()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(goodAtSixteen.getPoints()).isEqualTo(d("12.00"));
    // 优 without points: its lower end, 80 % × 20 = 16.00; 优 at 20 is taken.
    assertThat(qualitativeScored(QualitativeLevel.EXCELLENT, null).getPoints())
        .isEqualTo(d("16.00"));
    assertThat(qualitativeScored(QualitativeLevel.EXCELLENT, "20").getPoints())
        .isEqualTo(d("20.00"));
    // 中 at 8 (its lower end, included) is taken; 低 at 3.99 lies in 差: refused, 低's 4.00.
    assertThat(qualitativeScored(QualitativeLevel.FAIR, "8").getPoints()).isEqualTo(d("8.00"));
    IndicatorScore lowTooLow = qualitativeScored(QualitativeLevel.LOW, "3.99");
    assertThat(lowTooLow.getStatus()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(lowTooLow.getPoints()).isEqualTo(d("4.00"));
    // 差 without points: 0.00.
    assertThat(qualitativeScored(QualitativeLevel.POOR, null).getPoints()).isEqualTo(d("0.00"));
    // A three-step level (达成) is not one of this form's: missing input, 0 points.
    IndicatorScore threeStep = qualitativeScored(QualitativeLevel.ACHIEVED, "20");
    assertThat(threeStep.getStatus()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(threeStep.getPoints()).isEqualTo(d("0.00"));
  }

  @Test
  void aSichuanProjectFrom2023IsChosenOverTheNationalForm() {
    SelfEvaluation unnamed = evaluation(level("02.2.2", QualitativeLevel.GOOD, "15"));
    assertThat(Rulebooks.forEvaluation(unnamed).rulebook().getId()).isEqualTo("sc-project-2023");
    assertThat(Rulebooks.forEvaluation(unnamed.withFiscalYear(2022)).rulebook().getId())
        .isEqualTo("mof-project-2020");
  }
}
