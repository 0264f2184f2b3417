package io.github.jixiao.rules.books;

import static io.github.jixiao.rules.books.Books.actual;
import static io.github.jixiao.rules.books.Books.d;
import static io.github.jixiao.rules.books.Books.group;
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
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * {@code vendor-project-default}: a vendor system's default sub-weights for project
 * self-evaluation (rulebooks.md) — 预算执行率 10; 数量 20, 质量 10, 时效 10, 成本 10; 效益 30; 满意度
 * 10 — and its 扣减分数 column, taken off the indicator's points, floored at 0. Not an official
 * table, and it says so.
 */
class VendorProjectDefaultTest {

  private static final Rulebook VENDOR = Books.loaded("vendor-project-default");

  /** The district congress sessions as a project (区人大会议项目), 2023; figures chosen. */
  private static SelfEvaluation evaluation(String costColumn) {
    return project(costColumn).build();
  }

  private static SelfEvaluation.Builder project(String costColumn) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2023)
        .title("区人大会议项目支出绩效自评表").rulebook("vendor-project-default")
        .department(Books.department("某区人大常委会办公室（示例）", GovernmentLevel.COUNTY,
            "某省某市某区"))
        .budget(Budget.builder().fullYear(d("200")).executed(d("190")).build())
        .addIndicators(
            group("02", "产出指标", null, "50"),
            group("02.1", "数量指标", "02", "20"),
            quantitative("02.1.1", "会议召开次数", "02.1", "20", Direction.AT_LEAST, "2", "次"),
            group("02.2", "质量指标", "02", "10"),
            quantitative("02.2.1", "会议保障合格率", "02.2", "10", Direction.AT_LEAST, "100", "%"),
            group("02.3", "时效指标", "02", "10"),
            quantitative("02.3.1", "会议按期召开率", "02.3", "10", Direction.AT_LEAST, "100", "%"),
            group("02.4", "成本指标", "02", "10"),
            quantitative("02.4.1", "会议经费控制率", "02.4", "10", Direction.AT_MOST, "100", "%"),
            group("03", "效益指标", null, "30"),
            qualitative("03.1", "社会效益：代表履职保障", "03", "30"),
            group("04", "满意度指标", null, "10"),
            quantitative("04.1", "代表满意度", "04", "10", Direction.AT_LEAST, "90", "%"))
        .addEntries(
            IndicatorEntry.builder().indicatorCode("02.1.1").actual(d("2")).claimedScore(d("20"))
                .deduction(d("3")).build(),
            actual("02.2.1", "98"), actual("02.3.1", "100"),
            IndicatorEntry.builder().indicatorCode("02.4.1").actual(d("105"))
                .deduction(d(costColumn)).build(),
            IndicatorEntry.builder().indicatorCode("03.1").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("27")).deduction(d("2")).build(),
            actual("04.1", "95"));
  }

  @Test
  void theDefaultSubWeightsScoreAndTheDeductionsColumnIsTakenOff() {
    assertThat(VENDOR.getRegion()).isEmpty();
    assertThat(VENDOR.isDeductionsColumn()).isTrue();
    assertThat(VENDOR.getProvenance().getNotice()).hasValueSatisfying(n -> assertThat(n)
        .contains("非官方评分表"));
    assertThat(VENDOR.indicator("2.1").orElseThrow().getWeight()).contains(d("20"));

    ScoreCard card = Books.score(evaluation("0"), VENDOR);

    // 预算执行率 190 ÷ 200 = 95 %: 10 × 95 % = 9.50.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.50"));
    // 会议召开次数 2 of 2: 20, less its 扣减分数 3 = 17.00.
    assertThat(card.indicator("02.1.1").orElseThrow().getPoints()).isEqualTo(d("17.00"));
    // 合格率 98 of 100 %: 10 × 98 ÷ 100 = 9.80; 按期 100 %: 10.00.
    assertThat(card.indicator("02.2.1").orElseThrow().getPoints()).isEqualTo(d("9.80"));
    assertThat(card.indicator("02.3.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    // 经费控制率 ≤ 100 %, 105 %: 10 × 100 ÷ 105 = 9.5238… → 9.52.
    assertThat(card.indicator("02.4.1").orElseThrow().getPoints()).isEqualTo(d("9.52"));
    // 达成 27 in [24, 30], less its 扣减分数 2 = 25.00.
    assertThat(card.indicator("03.1").orElseThrow().getPoints()).isEqualTo(d("25.00"));
    // 满意度 95 ≥ 90 %: 10.00.
    assertThat(card.indicator("04.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    // 9.50 + 17.00 + 9.80 + 10.00 + 9.52 + 25.00 + 10.00 = 90.82: 优.
    assertThat(card.getTotal()).contains(d("90.82"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }

  @Test
  void aDeductionsColumnAboveThePointsStopsAtZero() {
    // 经费控制率 9.5238… less 12 is below 0: 0.00 (扣完为止); the total loses 9.52: 81.30.
    ScoreCard card = Books.score(evaluation("12"), VENDOR);
    assertThat(card.indicator("02.4.1").orElseThrow().getPoints()).isEqualTo(d("0.00"));
    assertThat(card.getTotal()).contains(d("81.30"));
  }

  @Test
  void aSubGroupWithoutIndicatorsMovesNoWeightAndTheTotalIsRescaled() {
    // Without 成本指标's group and leaf: 成本 (10) does not apply, nothing receives its points;
    // 90.82 − 9.52 = 81.30 of 90, × 100 ÷ 90 = 90.333… → 90.33.
    SelfEvaluation full = evaluation("0");
    SelfEvaluation noCost = SelfEvaluation.builder().from(full)
        .indicators(full.getIndicators().stream()
            .filter(i -> !i.getCode().startsWith("02.4")).toList())
        .entries(full.getEntries().stream()
            .filter(e -> !e.getIndicatorCode().startsWith("02.4")).toList())
        .build();

    ScoreCard card = Books.score(noCost, VENDOR);
    assertThat(card.group("2.4").orElseThrow().getStatus())
        .isEqualTo(io.github.jixiao.rules.result.ScoreStatus.NOT_APPLICABLE);
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("90");
    assertThat(card.getPointsSum()).isEqualByComparingTo("81.30");
    assertThat(card.getTotal()).contains(d("90.33"));
  }
}
