package io.github.jixiao.rules.words;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule says its spec in words (评分标准的文字说明), with the spec's numbers exact and
 * the options that change its points: the words {@code jixiao rulebook show} prints beside a leaf.
 * The expected texts are the rules as the methodology states them (Yueyang's table, the national
 * form), written out by hand.
 */
class BuiltInRuleWordsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static Message words(RuleSpec spec, String weight) {
    return ScoringRules.standard().find(spec.getType()).orElseThrow()
        .describe(spec, Optional.ofNullable(weight).map(BigDecimal::new)).orElseThrow();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void everyBuiltInRuleDescribesItself() {
    for (String type : BuiltInRules.ids()) {
      assertThat(ScoringRules.standard().find(type).orElseThrow()
          .describe(RuleSpec.of(type), Optional.of(BigDecimal.TEN))).as(type).isPresent();
    }
  }

  @Test
  void thresholdSaysItsStandardStepAndHowAFractionOfAPointCounts() {
    // 在职人员控制率 (Yueyang): ≤100 % → 5; −0.5 per point over; floor 0.
    Message staff = words(BuiltInRules.threshold(d("100"), d("0.5")), "5");
    assertThat(staff.render(ZH))
        .isEqualTo("≤100% → 5；每超 1 个百分点扣 0.5（不足 1 个百分点的按比例扣），扣完为止");
    assertThat(staff.render(EN)).isEqualTo(
        "≤ 100 % → 5; −0.5 per percentage point over (part of a point counts proportionally),"
            + " floored at 0");
    RuleSpec atLeast = RuleSpec.builder().type(BuiltInRules.THRESHOLD)
        .putParam(BuiltInRules.STANDARD, d("90.0")).putParam(BuiltInRules.STEP, d("1.00"))
        .putOption(BuiltInRules.DIRECTION, "at-least")
        .putOption(BuiltInRules.FRACTION, "whole-points").build();
    assertThat(words(atLeast, "4").render(ZH))
        .isEqualTo("≥90% → 4；每低 1 个百分点扣 1（不足 1 个百分点的按 1 个百分点扣），扣完为止");
    assertThat(words(atLeast, null).render(EN)).isEqualTo("≥ 90 % → the weight; −1 per"
        + " percentage point under (part of a point counts as a whole point), floored at 0");
  }

  @Test
  void proportionalNamesItsTargetOrTheIndicatorsAndItsCap() {
    assertThat(words(BuiltInRules.proportional(d("100")), "10").render(ZH))
        .isEqualTo("得分 = 10 × 实际值 ÷ 100，最高为10");
    Message open = words(BuiltInRules.proportional(), null);
    assertThat(open.render(ZH)).isEqualTo("得分 = 权重 × 实际值 ÷ 目标值，最高为权重");
    assertThat(open.render(EN))
        .isEqualTo("points = the weight × actual ÷ the target, at most the weight");
  }

  @Test
  void theReverseRulesSayWhereFullPointsEndAndHowTheyFall() {
    assertThat(words(BuiltInRules.reverseRatio(), "5").render(ZH))
        .isEqualTo("实际值 ≤ 目标值 → 5；超过时得分 = 5 × 目标值 ÷ 实际值");
    RuleSpec linear = RuleSpec.builder().type(BuiltInRules.REVERSE_LINEAR)
        .putParam(BuiltInRules.TARGET, d("100")).build();
    assertThat(words(linear, "5").render(ZH))
        .isEqualTo("实际值 ≤ 100 → 5；实际值 ≥ 200 → 0；其间得分 = 5 × (200 − 实际值) ÷ 100");
    assertThat(words(BuiltInRules.reverseLinear(), "5").render(EN)).isEqualTo(
        "actual ≤ the target → 5; actual ≥ 2 × the target → 0; between, points = 5 × (2 × the"
            + " target − actual) ÷ the target");
  }

  @Test
  void equalSaysBothCasesUnlessItsTargetIsGiven() {
    assertThat(words(BuiltInRules.equal(), "3").render(ZH)).isEqualTo(
        "目标值为 0 时：实际值 ≤ 0 → 3，否则 0；目标值大于 0 时：得分 = 3 × 实际值 ÷ 目标值，最高为3");
    RuleSpec zero = BuiltInRules.equal().withParams(java.util.Map.of(BuiltInRules.TARGET,
        BigDecimal.ZERO));
    assertThat(words(zero, "3").render(ZH)).isEqualTo("实际值 ≤ 0 → 3，否则 0");
    assertThat(words(zero, "3").render(EN)).isEqualTo("actual ≤ 0 → 3, else 0");
  }

  @Test
  void qualitativeGivesEachLevelsShareOfTheWeightAndWhichEndIsTaken() {
    Message national = words(BuiltInRules.qualitative(), "25");
    assertThat(national.render(ZH)).isEqualTo("按完成程度得权重的：达成 80–100%，部分达成 60–<80%，"
        + "未达成 0–<60%；由单位在档次内自评，未自评或超出档次时取档次下限");
    assertThat(national.render(EN)).isEqualTo("by the level reached, as a share of the weight:"
        + " achieved 80–100%, partly achieved 60–<80%, not achieved 0–<60%; the unit picks its"
        + " points inside the band; with none, or one outside it, the band's lower end is taken");
    // The 2020 municipal form: 100–80 % / 80–50 % / 50–0 %; here the upper end is picked.
    RuleSpec municipal = BuiltInRules.qualitative(d("0.8"), d("0.5"))
        .withOptions(java.util.Map.of(BuiltInRules.PICK, "upper"));
    assertThat(words(municipal, "10").render(ZH)).isEqualTo("按完成程度得权重的：达成 80–100%，"
        + "部分达成 50–<80%，未达成 0–<50%；由单位在档次内自评，未自评或超出档次时取档次上限");
  }

  @Test
  void aFiveStepQualitativeRuleSaysItsBoundsOrThatTheyAreMissing() {
    RuleSpec five = BuiltInRules.qualitativeFiveStep(d("0.9"), d("0.8"), d("0.6"), d("0.4"));
    assertThat(words(five, "10").render(ZH)).isEqualTo("按完成程度得权重的：优 90–100%，良 80–<90%，"
        + "中 60–<80%，低 40–<60%，差 0–<40%；由单位在档次内自评，未自评或超出档次时取档次下限");
    RuleSpec unbounded = RuleSpec.builder().type(BuiltInRules.QUALITATIVE)
        .putOption(BuiltInRules.SCALE, "five-step").build();
    assertThat(words(unbounded, "10").render(ZH)).isEqualTo(
        "按五级完成程度计分，但各级下限（excellentFrom、goodFrom、fairFrom、lowFrom）未全部给出，无法计分");
  }

  @Test
  void bandsListEveryBandAndSayWhatLiesOutsideTheTable() {
    // 重点支出安排率 (Yueyang): <60 → 0, [60,70) → 2, [70,80) → 3, [80,90) → 4, ≥90 → 5.
    RuleSpec key = BuiltInRules.bands(Band.of(null, d("60"), d("0")),
        Band.of(d("60"), d("70"), d("2")), Band.of(d("70"), d("80"), d("3")),
        Band.of(d("80"), d("90"), d("4")), Band.of(d("90"), null, d("5")));
    assertThat(words(key, "5").render(ZH))
        .isEqualTo("按档次计分：< 60 → 0；[60, 70) → 2；[70, 80) → 3；[80, 90) → 4；≥ 90 → 5");
    assertThat(words(key, "5").render(EN))
        .isEqualTo("by band: < 60 → 0; [60, 70) → 2; [70, 80) → 3; [80, 90) → 4; ≥ 90 → 5");
    // 预算调整率 (Yueyang): =0 → 3; (0,10] → 2; (10,20] → 1; (20,30] → 0.5; >30 → 0. A negative
    // rate lies in no band.
    RuleSpec adjustment = BuiltInRules.bands(Band.exactly(BigDecimal.ZERO, d("3")),
        Band.openClosed(d("0"), d("10"), d("2")), Band.openClosed(d("10"), d("20"), d("1")),
        Band.openClosed(d("20"), d("30"), d("0.50")),
        Band.builder().from(d("30")).fromInclusive(false).points(BigDecimal.ZERO).build());
    assertThat(words(adjustment, "3").render(ZH)).isEqualTo("按档次计分：= 0 → 3；(0, 10] → 2；"
        + "(10, 20] → 1；(20, 30] → 0.5；> 30 → 0；不在任何档次内得 0");
    assertThat(words(adjustment, "3").render(EN)).isEqualTo("by band: = 0 → 3; (0, 10] → 2;"
        + " (10, 20] → 1; (20, 30] → 0.5; > 30 → 0; a value in no band earns 0");
  }

  @Test
  void rangeBandsGiveEachBandsRangeOfPoints() {
    // A research-project form: 完成 60 % 以下 0–20; 60 % 及以上 21–40; 80 % 以上 41–59; 全部完成 60.
    RuleSpec research = BuiltInRules.rangeBands(Band.range(null, d("60"), d("0"), d("20")),
        Band.range(d("60"), d("80"), d("21"), d("40")),
        Band.builder().from(d("80")).fromInclusive(false).to(d("100")).points(d("41"))
            .pointsTo(d("59")).build(),
        Band.range(d("100"), null, d("60"), d("60")));
    assertThat(words(research, "60").render(ZH)).isEqualTo("按档次给出得分区间：< 60 → 0–20；"
        + "[60, 80) → 21–40；(80, 100) → 41–59；≥ 100 → 60；由单位在区间内自评，未自评或超出区间时取区间下限");
    assertThat(words(research, "60").render(EN)).isEqualTo("by band, each giving a range of"
        + " points: < 60 → 0–20; [60, 80) → 21–40; (80, 100) → 41–59; ≥ 100 → 60; the unit picks"
        + " its points inside the range; with none, or one outside it, the range's lower end is"
        + " taken");
  }

  @Test
  void aChecklistSaysItsItemsAndWhetherItAddsOrDeducts() {
    // Yueyang: 管理制度健全性 3 items, +1 each; 资金使用合规性 5 items, −1 per violation.
    Message add = words(BuiltInRules.checklistAdd(3, BigDecimal.ONE), "3");
    assertThat(add.render(ZH)).isEqualTo("共 3 项，每满足 1 项得 1，最高为3");
    assertThat(add.render(EN)).isEqualTo("3 items, +1 per item met, at most 3");
    Message deduct = words(BuiltInRules.checklistDeduct(5, BigDecimal.ONE), "3");
    assertThat(deduct.render(ZH)).isEqualTo("共 5 项，每有 1 项未满足扣 1，扣完为止");
    assertThat(deduct.render(EN)).isEqualTo("5 items, −1 per item missed, floored at 0");
  }

  @Test
  void findingsMilestonesAndTheCoefficientSayHowTheyScore() {
    assertThat(words(BuiltInRules.deductionPerFinding(), "6").render(ZH))
        .isEqualTo("按发现问题逐项扣分，扣完为止");
    assertThat(words(BuiltInRules.deductionPerFinding(), "6").render(EN))
        .isEqualTo("points off finding by finding, floored at 0");
    // 支付进度 (Yueyang): −0.5 per special fund that missed its milestone.
    assertThat(words(BuiltInRules.milestones(d("0.5")), "3").render(ZH))
        .isEqualTo("每有 1 个节点未按期完成扣 0.5，扣完为止");
    assertThat(words(BuiltInRules.milestones(d("0.5")), "3").render(EN))
        .isEqualTo("−0.5 per milestone missed, floored at 0");
    assertThat(words(BuiltInRules.coefficient(), "5").render(ZH))
        .isEqualTo("得分 = 5 × 得分系数（0–100%）");
    assertThat(words(BuiltInRules.coefficient(), null).render(EN))
        .isEqualTo("points = the weight × the coefficient (0–100 %)");
  }
}
