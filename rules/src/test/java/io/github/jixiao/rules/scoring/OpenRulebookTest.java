package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Open rulebooks take their leaves from the evaluation's own table; what does not apply shows. */
class OpenRulebookTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Indicator.Builder indicator(String code, String name, int level, String parent,
      String weight, IndicatorKind kind) {
    Indicator.Builder i = Indicator.builder().code(code).name(name).level(level)
        .weight(d(weight)).kind(kind);
    if (parent != null) {
      i.parentCode(parent);
    }
    return i;
  }

  /** 区人大会议项目 (the seed's key project) as a project self-evaluation; figures assumed. */
  static SelfEvaluation congressSessions() {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .title("区人大会议项目 2021年项目支出绩效自评（示例，数字为假设）")
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("190")).build())
        .addIndicators(
            indicator("01", "预算执行率", 1, null, "10", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("100")).unit("%").build(),
            indicator("02", "产出指标", 1, null, "55", IndicatorKind.QUALITATIVE).build(),
            indicator("02.1", "会议召开次数", 2, "02", "30", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("2")).unit("次").build(),
            indicator("02.2", "会议保障质量", 2, "02", "20", IndicatorKind.QUALITATIVE).build(),
            indicator("02.3", "会议经费控制", 2, "02", "5", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_MOST).target(d("100")).unit("%").build(),
            indicator("03", "效益指标", 1, null, "35", IndicatorKind.QUALITATIVE).build(),
            indicator("03.1", "代表依法履职", 2, "03", "35", IndicatorKind.QUALITATIVE).build())
        .addEntries(
            IndicatorEntry.builder().indicatorCode("02.1").actual(d("2")).build(),
            IndicatorEntry.builder().indicatorCode("02.2").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("18")).build(),
            IndicatorEntry.builder().indicatorCode("02.3").actual(d("95")).build(),
            IndicatorEntry.builder().indicatorCode("03.1").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("30")).build())
        .build();
  }

  @Test
  void aTableWeightWithMoreDecimalsThanTheRoundingKeepsCapsTheRoundedPoints() {
    Rulebook wholePoints = Rulebook.builder().id("whole-points").title("整数分值规则表")
        .source("test").provenance(Provenance.confirmed("test"))
        .rounding(RoundingPolicy.builder().scale(0).build())
        .addIndicators(RulebookIndicator.builder().code("1").name("产出").level(1)
            .weight(d("100")).open(true).build())
        .addDefaultRules(DefaultRule.of(IndicatorKind.QUANTITATIVE, Direction.AT_LEAST,
            BuiltInRules.proportional()))
        .build();
    SelfEvaluation evaluation = SelfEvaluation.builder().kind(EvaluationKind.PROJECT)
        .fiscalYear(2021).department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("190")).build())
        .addIndicators(
            indicator("1", "产出", 1, null, "100", IndicatorKind.QUALITATIVE).build(),
            indicator("1.1", "会议召开次数", 2, "1", "16.50", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("2")).unit("次").build(),
            indicator("1.2", "代表出席率", 2, "1", "83.50", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("95")).unit("%").build())
        .addEntries(IndicatorEntry.builder().indicatorCode("1.1").actual(d("2")).build(),
            IndicatorEntry.builder().indicatorCode("1.2").actual(d("96")).build())
        .build();

    ScoreCard card = Scorer.standard().score(evaluation, wholePoints);

    // Full points at scale 0 would be 17 and 84: each is held to its weight instead.
    assertThat(card.indicator("1.1").orElseThrow().getPoints()).isEqualByComparingTo("16.50");
    assertThat(card.indicator("1.2").orElseThrow().getPoints()).isEqualByComparingTo("83.50");
    assertThat(card.getTotal().orElseThrow()).isEqualByComparingTo("100");
  }

  @Test
  void projectLeavesComeFromTheTableWithTheDefaultRuleForTheirKindAndDirection() {
    ScoreCard card = Scorer.standard().score(congressSessions(), Rulebooks.mofProject2020());

    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.50")); // 190 ÷ 200
    assertThat(card.getIndicators()).extracting(IndicatorScore::getCode,
        i -> i.getRule().getType()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("1", BuiltInRules.PROPORTIONAL),
        org.assertj.core.groups.Tuple.tuple("02.1", BuiltInRules.PROPORTIONAL),
        org.assertj.core.groups.Tuple.tuple("02.2", BuiltInRules.QUALITATIVE),
        org.assertj.core.groups.Tuple.tuple("02.3", BuiltInRules.REVERSE_RATIO),
        org.assertj.core.groups.Tuple.tuple("03.1", BuiltInRules.QUALITATIVE));
    assertThat(card.getTotal()).contains(d("92.50"));
  }

  @Test
  void withoutASatisfactionIndicatorItsWeightMovesToOutputAndEffectExplicitly() {
    // The table already carries 满意度's 10 points: its 产出 and 效益 leaves weigh 55 and 35, which
    // together are 50 + 30 + 10. The unit moved the weight itself; its split is used as it is.
    ScoreCard card = Scorer.standard().score(congressSessions(), Rulebooks.mofProject2020());

    assertThat(card.group("2").orElseThrow().getWeight()).isEqualByComparingTo("55");
    assertThat(card.group("3").orElseThrow().getWeight()).isEqualByComparingTo("35");
    assertThat(card.group("4").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.isRescaled()).isFalse();
    assertThat(card.getTotal()).contains(d("92.50"));
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "满意度（10 分）在自评表中没有指标，自评表已将其分值转入 产出 55、效益 35，按自评表计分");
  }

  /** A perfect project whose table leaves 产出 at 50 and 效益 at 30 and sets no satisfaction. */
  static SelfEvaluation perfectWithoutSatisfaction() {
    return perfectProject().build();
  }

  private static SelfEvaluation.Builder perfectProject() {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .title("区人大会议项目 2021年项目支出绩效自评（示例，数字为假设）")
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("200")).build())
        .addIndicators(
            indicator("01", "预算执行率", 1, null, "10", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("100")).unit("%").build(),
            indicator("02", "产出指标", 1, null, "50", IndicatorKind.QUALITATIVE).build(),
            indicator("02.1", "会议召开次数", 2, "02", "30", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("2")).unit("次").build(),
            indicator("02.2", "会议保障质量", 2, "02", "20", IndicatorKind.QUALITATIVE).build(),
            indicator("03", "效益指标", 1, null, "30", IndicatorKind.QUALITATIVE).build(),
            indicator("03.1", "代表依法履职", 2, "03", "30", IndicatorKind.QUALITATIVE).build())
        .addEntries(
            IndicatorEntry.builder().indicatorCode("02.1").actual(d("2")).build(),
            IndicatorEntry.builder().indicatorCode("02.2").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("20")).build(),
            IndicatorEntry.builder().indicatorCode("03.1").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("30")).build());
  }

  @Test
  void withoutASatisfactionIndicatorAPerfectProjectScoresOneHundredByScalingOutputAndEffect() {
    ScoreCard card = Scorer.standard().score(perfectWithoutSatisfaction(),
        Rulebooks.mofProject2020());

    // 满意度's 10 points go to 产出 and 效益 in proportion to 50 and 30: 10 × 50 ÷ 80 = 6.25 and
    // 10 × 30 ÷ 80 = 3.75, so 56.25 and 33.75. The table's leaves keep their own weights (30, 20
    // and 30) and points, as its columns say; each group's subtotal is raised: 50.00 × 56.25 ÷ 50
    // = 56.25 and 30.00 × 33.75 ÷ 30 = 33.75. 10 + 56.25 + 33.75 = 100.
    assertThat(card.group("2").orElseThrow().getWeight()).isEqualByComparingTo("56.25");
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("56.25"));
    assertThat(card.group("2").orElseThrow().getExplanation().orElseThrow()
        .render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("得分 = 50.00 × 56.25 ÷ 50 = 56.25");
    assertThat(card.group("3").orElseThrow().getWeight()).isEqualByComparingTo("33.75");
    assertThat(card.group("3").orElseThrow().getPoints()).isEqualTo(d("33.75"));
    assertThat(card.indicator("02.1").orElseThrow().getWeight()).isEqualByComparingTo("30");
    assertThat(card.indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("30.00"));
    assertThat(card.indicator("02.2").orElseThrow().getPoints()).isEqualTo(d("20.00"));
    assertThat(card.indicator("03.1").orElseThrow().getPoints()).isEqualTo(d("30.00"));
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.isRescaled()).isFalse();
    assertThat(card.getTotal()).contains(d("100.00"));
    assertThat(card.getGrade()).contains(io.github.jixiao.core.Grade.EXCELLENT);
    assertThat(card.getWeightMoves()).singleElement().satisfies(move -> {
      assertThat(move.getGroup()).isEqualTo("4");
      assertThat(move.isCarriedByTable()).isFalse();
      assertThat(move.getReceived()).containsOnlyKeys("2", "3");
      assertThat(move.getReceived().get("2")).isEqualTo(d("6.25"));
      assertThat(move.getReceived().get("3")).isEqualTo(d("3.75"));
    });
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "满意度（10 分）在自评表中没有指标，其分值按权重比例转入 产出、效益",
        "产出 由 满意度 转入 6.25 分：其指标在自评表中分值合计 50，得分乘以 56.25 ÷ 50",
        "效益 由 满意度 转入 3.75 分：其指标在自评表中分值合计 30，得分乘以 33.75 ÷ 30");
  }

  /** A perfect project with all four groups; 满意度's group and its one leaf share a name stem. */
  static SelfEvaluation.Builder perfectWithSatisfaction() {
    return perfectProject()
        .addIndicators(
            indicator("04", "满意度指标", 1, null, "10", IndicatorKind.QUALITATIVE).build(),
            indicator("04.1", "满意度", 2, "04", "10", IndicatorKind.QUANTITATIVE)
                .direction(Direction.AT_LEAST).target(d("90")).unit("%").build())
        .addEntries(IndicatorEntry.builder().indicatorCode("04.1").actual(d("95")).build());
  }

  @Test
  void aRulebookGroupIsMatchedByNameOnlyAtItsOwnLevel() {
    // The group is 04 满意度指标 (an alias of rulebook node 4 满意度), its leaf 04.1 满意度: the
    // leaf's name is the node's own, but the leaf is at level 2, the node at level 1.
    ScoreCard card = Scorer.standard().score(perfectWithSatisfaction().build(),
        Rulebooks.mofProject2020());

    assertThat(card.group("4").orElseThrow().getWeight()).isEqualByComparingTo("10");
    assertThat(card.group("4").orElseThrow().getPoints()).isEqualByComparingTo("10");
    assertThat(card.indicator("04.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    assertThat(card.group("2").orElseThrow().getWeight()).isEqualByComparingTo("50");
    assertThat(card.getTotal()).contains(d("100.00"));
    assertThat(card.getNotes()).isEmpty();
  }

  @Test
  void twoTableIndicatorsAtTheLevelOfARulebookNodeByItsNameOrAliasAreReportedNotGuessed() {
    SelfEvaluation evaluation = perfectWithSatisfaction()
        .addIndicators(indicator("05", "产出", 1, null, "5", IndicatorKind.QUALITATIVE).build())
        .build();

    ScoreCard card = Scorer.standard().score(evaluation, Rulebooks.mofProject2020());

    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).contains(
        "规则表指标 2 产出 在自评表中按名称可对应多个指标（05 产出、02 产出指标），未予对应");
    assertThat(card.group("2").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
  }

  @Test
  void aZeroBudgetMakesExecutionNotApplicableAndTheTotalIsRescaled() {
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(Budget.builder()
        .fullYear(BigDecimal.ZERO).executed(BigDecimal.ZERO).build()),
        Rulebooks.guangzhouDepartment2021());

    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();
    assertThat(execution.getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 的计算公式 execution-rate 分母为 0，指标不适用");
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("90");
    assertThat(card.isRescaled()).isTrue();
    // 94.72 − 9.72 (not applicable) + 2 (this evaluation records no deduction on 2.1.3)
    assertThat(card.getPointsSum()).isEqualByComparingTo("87");
    assertThat(card.getTotal()).contains(d("96.67"));            // 87 × 100 ÷ 90 = 96.666…
  }
}
