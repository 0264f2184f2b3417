package io.github.jixiao.rules.books;

import static io.github.jixiao.rules.books.Books.actual;
import static io.github.jixiao.rules.books.Books.d;
import static io.github.jixiao.rules.books.Books.group;
import static io.github.jixiao.rules.books.Books.level;
import static io.github.jixiao.rules.books.Books.quantitative;
import static io.github.jixiao.rules.books.Books.qualitative;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * {@code municipal-project-2020}: a 2020 municipal project form whose city is not named
 * (rulebooks.md): 预算执行 20 × 执行率 with 预算数 including last year's carry-over, 年度绩效目标 80
 * (产出, 效益 the unit's own), 正向 权重 × B/A, 反向 权重 × A/B, "得分不得突破权重总额", 定性
 * 100–80 % / 80–50 % / 50–0 %.
 */
class MunicipalProject2020Test {

  private static final Rulebook MUNICIPAL = Books.loaded("municipal-project-2020");

  private static final Budget WITH_CARRY_OVER = Budget.builder().fullYear(d("100"))
      .carryOver(CarryOver.builder().atStart(d("20")).atEnd(d("0")).build())
      .executed(d("108")).build();

  /** A school-repair project, 2020; every figure chosen for the test. */
  private static SelfEvaluation evaluation(Budget budget, IndicatorEntry qualitativeEntry) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2020)
        .title("校舍修缮项目自评表").rulebook("municipal-project-2020")
        .department(Books.department("某市教育局（示例）", GovernmentLevel.MUNICIPAL, "某省某市"))
        .budget(budget)
        .addIndicators(
            quantitative("01", "预算执行率", null, "20", Direction.AT_LEAST, "100", "%"),
            group("02", "年度绩效目标", null, "80"),
            group("02.1", "产出指标", "02", "50"),
            quantitative("02.1.1", "数量指标：修缮校舍面积", "02.1", "20", Direction.AT_LEAST,
                "2000", "平方米"),
            quantitative("02.1.2", "时效指标：按期完工率", "02.1", "10", Direction.AT_LEAST, "100",
                "%"),
            quantitative("02.1.3", "成本指标：每平方米造价", "02.1", "20", Direction.AT_MOST,
                "1500", "元"),
            group("02.2", "效益指标", "02", "30"),
            qualitative("02.2.1", "社会效益：办学条件改善", "02.2", "30"))
        .addEntries(actual("02.1.1", "2400"), actual("02.1.2", "90"), actual("02.1.3", "1800"),
            qualitativeEntry)
        .build();
  }

  private static IndicatorScore partly(String claimed) {
    return Books.score(evaluation(WITH_CARRY_OVER,
        level("02.2.1", QualitativeLevel.PARTLY_ACHIEVED, claimed)), MUNICIPAL)
        .indicator("02.2.1").orElseThrow();
  }

  @Test
  void executionCountsLastYearsCarryOverAndNoTargetPassesItsWeight() {
    assertThat(MUNICIPAL.getRegion()).isEmpty();
    assertThat(MUNICIPAL.getFirstYear()).contains(2020);
    assertThat(MUNICIPAL.getExecution().getBase())
        .isEqualTo(ExecutionBase.FULL_YEAR_WITH_CARRY_OVER);

    ScoreCard card = Books.score(evaluation(WITH_CARRY_OVER,
        level("02.2.1", QualitativeLevel.PARTLY_ACHIEVED, "15")), MUNICIPAL);

    // 预算数 = 100 + 上年结余结转 20 = 120; 108 ÷ 120 = 90 %: 20 × 90 % = 18.00 (on the 100 alone,
    // 108 % and the full 20).
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("18.00"));
    // 正向 20 × B/A = 20 × 2400 ÷ 2000 = 24, 不得突破权重: 20.00.
    assertThat(card.indicator("02.1.1").orElseThrow().getPoints()).isEqualTo(d("20.00"));
    // 正向 10 × 90 ÷ 100 = 9.00.
    assertThat(card.indicator("02.1.2").orElseThrow().getPoints()).isEqualTo(d("9.00"));
    // 反向 20 × A/B = 20 × 1500 ÷ 1800 = 16.666… → 16.67.
    assertThat(card.indicator("02.1.3").orElseThrow().getPoints()).isEqualTo(d("16.67"));
    // 部分达成 is 80–50 % of 30 = [15, 24): the unit's 15 is taken.
    assertThat(card.indicator("02.2.1").orElseThrow().getPoints()).isEqualTo(d("15.00"));
    // 18.00 + 20.00 + 9.00 + 16.67 + 15.00 = 78.67: 中.
    assertThat(card.getTotal()).contains(d("78.67"));
    assertThat(card.getGrade()).contains(Grade.FAIR);
  }

  @Test
  void thePartlyAchievedBandRunsFromFiftyToEightyPercent() {
    // [50 %, 80 %) of 30 = [15, 24). 15 is its lower end, included — below the national form's
    // 60 % (18) — and taken; 14.99 lies below it and 24 is 达成's floor: both refused, 15.00 given.
    assertThat(partly("15").getStatus()).isEqualTo(ScoreStatus.SCORED);
    assertThat(partly("23.99").getPoints()).isEqualTo(d("23.99"));
    assertThat(partly("14.99").getStatus()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(partly("14.99").getPoints()).isEqualTo(d("15.00"));
    assertThat(partly("24").getStatus()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(partly("24").getPoints()).isEqualTo(d("15.00"));
  }

  @Test
  void withoutLastYearsCarryOverTheExecutionRateIsMissingNotZero() {
    Budget noCarryOver = Budget.builder().fullYear(d("100")).executed(d("90")).build();
    IndicatorScore execution = Books.score(evaluation(noCarryOver,
        level("02.2.1", QualitativeLevel.PARTLY_ACHIEVED, "15")), MUNICIPAL)
        .indicator("1").orElseThrow();
    assertThat(execution.getStatus()).isEqualTo(ScoreStatus.MISSING_INPUT);
  }

  @Test
  void aTableOfOneHundredUnderTheEightyIsFlaggedNotSilentlyAccepted() {
    // 产出 60 + 效益 40 = 100 under 年度绩效目标 80: the form says rescale into the 80; the scorer
    // does not rescale, so the card notes the sum and the weights check (JX-203) reports it.
    SelfEvaluation hundred = SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2020)
        .rulebook("municipal-project-2020")
        .department(Books.department("某市教育局（示例）", GovernmentLevel.MUNICIPAL, "某省某市"))
        .budget(WITH_CARRY_OVER)
        .addIndicators(
            quantitative("01", "预算执行率", null, "20", Direction.AT_LEAST, "100", "%"),
            group("02", "年度绩效目标", null, "80"),
            group("02.1", "产出指标", "02", "60"),
            quantitative("02.1.1", "数量指标：修缮校舍面积", "02.1", "60", Direction.AT_LEAST,
                "2000", "平方米"),
            group("02.2", "效益指标", "02", "40"),
            qualitative("02.2.1", "社会效益：办学条件改善", "02.2", "40"))
        .addEntries(actual("02.1.1", "2000"),
            level("02.2.1", QualitativeLevel.ACHIEVED, "40"))
        .build();

    ScoreCard card = Books.score(hundred, MUNICIPAL);
    assertThat(card.getNotes()).extracting(n -> n.render(java.util.Locale.SIMPLIFIED_CHINESE))
        .contains("年度绩效目标 的下级指标分值合计 100，不等于其分值 80");
    assertThat(Checks.standard().run(hundred, MUNICIPAL).getFindings())
        .anySatisfy(f -> {
          assertThat(f.getCode()).isEqualTo("JX-203");
          assertThat(f.getPath()).isEqualTo("$.indicators[1].weight");
        });
  }

  @Test
  void withoutARegionItIsUsedOnlyWhenNamed() {
    SelfEvaluation named = evaluation(WITH_CARRY_OVER,
        level("02.2.1", QualitativeLevel.PARTLY_ACHIEVED, "15"));
    assertThat(Rulebooks.forEvaluation(named).rulebook().getId())
        .isEqualTo("municipal-project-2020");
    assertThat(Rulebooks.forEvaluation(named.withRulebook(java.util.Optional.empty()))
        .rulebook().getId()).isEqualTo("mof-project-2020");
  }
}
