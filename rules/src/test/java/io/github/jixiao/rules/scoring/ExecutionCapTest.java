package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The execution line capped at its weight above 100 % execution (预算执行率得分封顶), or not: both
 * exist in production (rulebooks.md). Capped (the default): 10 × min(104.5 %, 100 %) = 10.00;
 * uncapped: 10 × 104.5 % = 10.45; at 97.16 % both give 9.72.
 */
class ExecutionCapTest {

  private static final Rulebook CAPPED = Rulebooks.guangzhouDepartment2021();
  private static final Rulebook UNCAPPED = CAPPED.withExecution(
      ExecutionSettings.builder().capped(false).build());

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** The seed with 3135.00 executed of a full-year budget of 3000.00 (104.5 %), no deduction. */
  private static ScoreCard above(Rulebook rulebook) {
    return Scorer.standard().score(BaiyunFixture.evaluation(Budget.builder()
        .fullYear(d("3000.00")).executed(d("3135.00")).build()), rulebook);
  }

  @Test
  void theDefaultCapsTheExecutionLineAtItsWeight() {
    assertThat(CAPPED.getExecution().isCapped()).isTrue();
    IndicatorScore execution = above(CAPPED).indicator("2.1.1").orElseThrow();

    // 10 × min(104.5 %, 100 %) = 10.00
    assertThat(execution.getPoints()).isEqualTo(d("10.00"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 104.50% ≥ 100%，得满分 10");
  }

  @Test
  void uncappedTheExecutionLineEarnsWeightTimesRateAboveItsWeight() {
    ScoreCard card = above(UNCAPPED);
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    // 10 × 3135.00 ÷ 3000.00 = 10 × 104.5 % = 10.45, above the weight 10.
    assertThat(execution.getStatus()).isEqualTo(ScoreStatus.SCORED);
    assertThat(execution.getRulePoints()).isEqualByComparingTo("10.45");
    assertThat(execution.getPoints()).isEqualTo(d("10.45"));
    assertThat(execution.getWeight()).isEqualByComparingTo("10");
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 104.50% > 100%，不封顶，得分 = 10 × 104.50% = 10.45");
    assertThat(execution.explain(Locale.ENGLISH))
        .isEqualTo("预算完成率 104.50% > 100%, not capped: points = 10 × 104.50% = 10.45");
    // 25 + 22 + 10.45 + 5 + 5 + 5 × 6 = 97.45: the total takes the points above the weight.
    assertThat(card.group("2.1").orElseThrow().getPoints()).isEqualByComparingTo("20.45");
    assertThat(card.getTotal()).contains(d("97.45"));
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .contains("2.1.1 预算完成率 的预算执行率得分不封顶：得 10.45 分，高于分值 10；总分可能高于满分");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH))
        .contains("2.1.1 预算完成率: the execution points are not capped at the weight: 10.45"
            + " points, above the weight 10; the total may exceed the full score");
  }

  @Test
  void atNinetySevenPointOneSixPercentBothGiveNinePointSevenTwo() {
    for (Rulebook rulebook : List.of(CAPPED, UNCAPPED)) {
      ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(), rulebook);
      IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

      // 10 × 3212.37 ÷ 3306.19 = 9.7162… → 9.72, below the weight: nothing to cap.
      assertThat(execution.getPoints()).isEqualTo(d("9.72"));
      assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 9.72");
      assertThat(card.getTotal()).contains(d("94.72"));
      assertThat(card.getNotes()).extracting(Message::getKey)
          .doesNotContain("note.execution-uncapped");
    }
  }

  @Test
  void aTotalAboveTheFullScoreTakesTheTopGrade() {
    // Every indicator of the vendor's project table at its weight, and 209 of 200 executed:
    // 10 × 104.5 % = 10.45 + 50 + 30 + 10 = 100.45 of 100, graded 优 (the top band, from 90).
    ScoreCard card = Scorer.standard().score(VendorProject.evaluation("209.00", e -> e),
        Rulebooks.mofProject2020().withExecution(ExecutionSettings.builder().capped(false)
            .build()));

    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("10.45"));
    assertThat(card.getPointsSum()).isEqualByComparingTo("100.45");
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.isRescaled()).isFalse();
    assertThat(card.getTotal()).contains(d("100.45"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }

  @Test
  void onlyTheUncappedExecutionLineMayExceedItsWeight() {
    // Under the uncapped rulebook, a user's rule giving 5.01 of 5 on 2.1.2 is still refused.
    ScoringRules rules = ScoringRules.builder().withBuiltIns()
        .register(ScoringRule.of("over-weight", in -> RuleOutcome.scored(
            in.getWeight().add(d("0.01")), Message.of("deduction.full")))).build();
    Rulebook rulebook = UNCAPPED.withIndicator("2.1.2",
        i -> i.withRule(io.github.jixiao.rules.rulebook.RuleSpec.of("over-weight")));

    ScoreCard card = Scorer.using(rules).score(BaiyunFixture.evaluation(), rulebook);

    assertThat(card.indicator("2.1.2").orElseThrow().getStatus()).isEqualTo(ScoreStatus.FAILED);
    assertThat(card.indicator("2.1.1").orElseThrow().getStatus()).isEqualTo(ScoreStatus.SCORED);
  }

  @Test
  void theGuardHoldsAnUncappedLineToWeightTimesRate() {
    RuleInput in = RuleInput.builder().indicatorCode("2.1.1").indicatorName("预算完成率")
        .weight(d("10")).spec(BuiltInRules.proportional()).target(d("100")).unit("%")
        .actual(d("104.5")).build();
    RuleGuard guard = new RuleGuard("gz", 2, new ArrayList<>());
    ScoringRule tooMuch = ScoringRule.of(BuiltInRules.PROPORTIONAL,
        i -> RuleOutcome.scored(d("10.46"), Message.of("deduction.full")));

    // The ceiling is 10 × 104.5 ÷ 100 = 10.45: 10.45 passes, 10.46 does not.
    assertThat(UncappedExecution.ceiling(in)).isEqualByComparingTo("10.45");
    assertThat(guard.score(new UncappedExecution(ScoringRules.standard()
        .find(BuiltInRules.PROPORTIONAL).orElseThrow()), BuiltInRules.PROPORTIONAL, in,
        UncappedExecution.ceiling(in)).points()).isEqualByComparingTo("10.45");
    assertThatThrownBy(() -> guard.score(tooMuch, BuiltInRules.PROPORTIONAL, in,
        UncappedExecution.ceiling(in)))
        .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.said()
            .render(Locale.ENGLISH)).isEqualTo("scoring rule 'proportional' gave 10.46 points for"
                + " indicator '2.1.1' of weight 10; an execution line that is not capped may"
                + " exceed its weight only up to weight × rate, 10.45"));
    // Without the ceiling, the guard holds the same points to the weight.
    assertThatThrownBy(() -> guard.score(tooMuch, BuiltInRules.PROPORTIONAL, in))
        .isInstanceOfSatisfying(ScoringException.class, e -> assertThat(e.said().getKey())
            .isEqualTo("rules.guard.out-of-range"));
  }

  @Test
  void anUncappedSettingThatCannotApplyToALineIsNotedNotSilent() {
    // A table leaf under 产出 computing 预算执行率, direction "=" (so scored by the default rule
    // equal, not proportional): the rulebook's "not capped" cannot apply to it, and the card
    // says so. 209 of 200 is 104.5 %; equal gives 5 × min(104.5 %, 100 %) = 5.00 of its 5.
    SelfEvaluation project = SelfEvaluation.builder()
        .kind(io.github.jixiao.core.EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d("209")).build())
        .addIndicators(
            io.github.jixiao.core.Indicator.builder().code("02").name("产出指标").level(1)
                .weight(d("50")).kind(io.github.jixiao.core.IndicatorKind.QUALITATIVE).build(),
            io.github.jixiao.core.Indicator.builder().code("02.1").name("资金执行率").level(2)
                .parentCode("02").weight(d("5"))
                .kind(io.github.jixiao.core.IndicatorKind.QUANTITATIVE)
                .direction(io.github.jixiao.core.Direction.EQUAL).target(d("100")).unit("%")
                .formula("execution-rate").build(),
            io.github.jixiao.core.Indicator.builder().code("02.2").name("会议保障质量").level(2)
                .parentCode("02").weight(d("45"))
                .kind(io.github.jixiao.core.IndicatorKind.QUALITATIVE).build())
        .build();
    ScoreCard card = Scorer.standard().score(project, Rulebooks.mofProject2020().withExecution(
        ExecutionSettings.builder().capped(false).build()));

    assertThat(card.indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("5.00"));
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .contains("02.1 资金执行率：评分办法规定预算执行率得分不封顶，但该指标按评分方法 equal（而非"
            + " proportional）评分，仍以分值为上限");
  }
}
