package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The coefficient form (得分系数, the Chongqing-style 部门整体绩效自评表 of formats.md, table C:
 * "Score = 权重 × 得分系数"), scored through the scorer: the rule gives the exact product, the card
 * rounds it.
 */
class CoefficientFormTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static final Rulebook CHONGQING_STYLE = Rulebook.builder().id("coefficient-form")
      .title("部门整体绩效自评（得分系数）").source("formats.md, table C")
      .provenance(Provenance.confirmed("formats.md, table C"))
      .addIndicator(node("1", "预算完成率", "5"))
      .addIndicator(node("2", "政府采购执行率", "3"))
      .addIndicator(node("3", "固定资产利用率", "3.33"))
      .addIndicator(RulebookIndicator.builder().code("4").name("履职指标").level(1)
          .weight(d("88.67")).rule(BuiltInRules.deductionPerFinding()).build())
      .build();

  private static RulebookIndicator node(String code, String name, String weight) {
    return RulebookIndicator.builder().code(code).name(name).level(1).weight(d(weight))
        .rule(BuiltInRules.coefficient()).build();
  }

  private static Indicator row(String code, String name, String weight) {
    return Indicator.builder().code(code).name(name).level(1).weight(d(weight))
        .kind(IndicatorKind.QUALITATIVE).build();
  }

  private static IndicatorEntry coefficient(String code, String percent) {
    return IndicatorEntry.builder().indicatorCode(code).coefficient(d(percent)).build();
  }

  private static SelfEvaluation.Builder evaluation() {
    return SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
        .department(Department.builder().code("cq").name("某区财政局").level(GovernmentLevel.COUNTY)
            .region("重庆市").kind(DepartmentKind.ADMINISTRATIVE).build())
        .budget(Budget.builder().fullYear(d("100")).executed(d("100")).build())
        .addIndicator(row("1", "预算完成率", "5")).addIndicator(row("2", "政府采购执行率", "3"))
        .addIndicator(row("3", "固定资产利用率", "3.33")).addIndicator(row("4", "履职指标", "88.67"));
  }

  @Test
  void pointsAreTheWeightTimesTheCoefficientRoundedOnTheCard() {
    ScoreCard card = Scorer.standard().score(evaluation().addEntry(coefficient("1", "80"))
        .addEntry(coefficient("2", "85")).addEntry(coefficient("3", "33.3")).build(),
        CHONGQING_STYLE);

    // 5 × 80 % = 4.00; 3 × 85 % = 2.55; 3.33 × 33.3 % = 1.10889 → 1.11 (3.33 × 33.3 = 110.889).
    IndicatorScore first = card.indicator("1").orElseThrow();
    assertThat(first.getStatus()).isEqualTo(ScoreStatus.SCORED);
    assertThat(first.getPoints()).isEqualTo(d("4.00"));
    assertThat(first.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 得分 = 权重 5 × 得分系数 80% = 4.00");
    assertThat(card.indicator("2").orElseThrow().getPoints()).isEqualTo(d("2.55"));
    IndicatorScore third = card.indicator("3").orElseThrow();
    assertThat(third.getRulePoints()).isEqualByComparingTo("1.10889");
    assertThat(third.getPoints()).isEqualTo(d("1.11"));
    assertThat(third.explain(Locale.ENGLISH))
        .isEqualTo("固定资产利用率: points = 3.33 × 33.3% (the coefficient) = 1.11");
    // 4.00 + 2.55 + 1.11 + 88.67
    assertThat(card.getTotal()).contains(d("96.33"));
  }

  @Test
  void anEntryWithoutACoefficientIsMissingInput() {
    ScoreCard card = Scorer.standard().score(evaluation().addEntry(coefficient("1", "80"))
        .addEntry(IndicatorEntry.builder().indicatorCode("2").claimedScore(d("3")).build())
        .build(), CHONGQING_STYLE);

    IndicatorScore second = card.indicator("2").orElseThrow();
    assertThat(second.getStatus()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(second.getPoints()).isEqualTo(d("0.00"));
    assertThat(second.explain(Locale.ENGLISH)).isEqualTo("政府采购执行率: no coefficient (the share"
        + " of the weight earned, in percent) was given, so the rule cannot score it; 0 points");
    assertThat(second.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("政府采购执行率 未填报得分系数，无法按规则计分，得 0 分");
    assertThat(card.indicator("3").orElseThrow().getStatus())
        .isEqualTo(ScoreStatus.MISSING_INPUT);
  }

  @Test
  void aCoefficientBeyondItsBoundsInAHandMadeInputIsHeldToThem() {
    RuleOutcome outcome = ScoringRules.standard().find(BuiltInRules.COEFFICIENT).orElseThrow()
        .score(RuleInput.builder().indicatorCode("1").indicatorName("预算完成率").weight(d("5"))
            .spec(BuiltInRules.coefficient()).coefficient(d("120")).build());
    assertThat(outcome.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(outcome.points()).isEqualByComparingTo("5");
    assertThat(outcome.explanation().render(Locale.ENGLISH)).isEqualTo("预算完成率: the"
        + " coefficient 120% lies outside 0–100% and is refused; held at 100%, points = 5 × 100%"
        + " = 5.00");
  }
}
