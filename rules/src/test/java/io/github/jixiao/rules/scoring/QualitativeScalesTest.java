package io.github.jixiao.rules.scoring;

import static io.github.jixiao.rules.scoring.RuleHarness.qualitative;
import static io.github.jixiao.rules.scoring.RuleHarness.rounded;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The qualitative bands a rulebook sets (定性指标分档, issue 14): the national form's 达成 80 % /
 * 部分达成 60 %, the 2020 municipal form's 100–80 % / 80–50 % / 50–0 %, and a five-step scale
 * 优 / 良 / 中 / 低 / 差 whose bounds the rulebook must state, none being published.
 */
class QualitativeScalesTest {

  private static final RuleSpec MUNICIPAL_2020 =
      BuiltInRules.qualitative(new BigDecimal("0.8"), new BigDecimal("0.5"));

  /** A stated five-step scale: 优 ≥ 90 %, 良 ≥ 80 %, 中 ≥ 70 %, 低 ≥ 60 %, 差 below. */
  private static final RuleSpec FIVE_STEP = BuiltInRules.qualitativeFiveStep(
      new BigDecimal("0.9"), new BigDecimal("0.8"), new BigDecimal("0.7"), new BigDecimal("0.6"));

  private static String zh(RuleOutcome outcome) {
    return outcome.explanation().render(Locale.SIMPLIFIED_CHINESE);
  }

  private static String en(RuleOutcome outcome) {
    return outcome.explanation().render(Locale.ENGLISH);
  }

  private static RuleSpec upper(RuleSpec spec) {
    return RuleSpec.builder().from(spec).putOption(BuiltInRules.PICK, "upper").build();
  }

  @Test
  void theMunicipalFormsFiftyPercentTakesAClaimTheNationalFormRefuses() {
    // Weight 5, 部分达成: municipal [5 × 0.5, 5 × 0.8) = [2.50, 4.00); national [3.00, 4.00).
    RuleOutcome taken = qualitative(MUNICIPAL_2020, "5", QualitativeLevel.PARTLY_ACHIEVED, "3.00");
    assertThat(taken.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(taken)).isEqualTo(new BigDecimal("3.00"));
    assertThat(zh(taken)).isEqualTo("履职效果 部分达成（档次 [2.50, 4.00)），采用自评分 3.00");

    RuleOutcome refused = qualitative(MUNICIPAL_2020, "5", QualitativeLevel.PARTLY_ACHIEVED,
        "2.40");
    assertThat(refused.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(rounded(refused)).isEqualTo(new BigDecimal("2.50"));
    assertThat(en(refused)).isEqualTo("履职效果 partly achieved: the unit's 2.40 points lie"
        + " outside the band [2.50, 4.00) and are refused; scored at the band's lower end, 2.50");

    RuleOutcome national = qualitative(BuiltInRules.qualitative(), "5",
        QualitativeLevel.PARTLY_ACHIEVED, "2.40");
    assertThat(national.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(rounded(national)).isEqualTo(new BigDecimal("3.00"));
    assertThat(en(national)).isEqualTo("履职效果 partly achieved: the unit's 2.40 points lie"
        + " outside the band [3.00, 4.00) and are refused; scored at the band's lower end, 3.00");
    RuleOutcome nationalTaken = qualitative(BuiltInRules.qualitative(), "5",
        QualitativeLevel.PARTLY_ACHIEVED, "3.00");
    assertThat(nationalTaken.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(nationalTaken)).isEqualTo(new BigDecimal("3.00"));

    // 未达成: municipal [0, 2.50) takes 2.40; national [0, 3.00) takes it too.
    assertThat(qualitative(MUNICIPAL_2020, "5", QualitativeLevel.NOT_ACHIEVED, "2.40").status())
        .isEqualTo(ScoreStatus.SCORED);
    assertThat(zh(qualitative(MUNICIPAL_2020, "5", QualitativeLevel.NOT_ACHIEVED, "2.60")))
        .isEqualTo("履职效果 未达成：自评分 2.60 不在档次 [0.00, 2.50) 内，不予采用，按档次下限计 0.00");
  }

  @Test
  void theDefaultsAreTheNationalFormsWhateverIsLeftOut() {
    RuleSpec stated = BuiltInRules.qualitative(new BigDecimal("0.8"), new BigDecimal("0.6"));
    for (QualitativeLevel level : QualitativeLevel.of(QualitativeScale.THREE_STEP)) {
      for (String chosen : new String[] {null, "2.40", "3.00", "3.99", "4.00", "5.00"}) {
        RuleOutcome byDefault = qualitative(BuiltInRules.qualitative(), "5", level, chosen);
        RuleOutcome said = qualitative(stated, "5", level, chosen);
        assertThat(byDefault.status()).isEqualTo(said.status());
        assertThat(byDefault.points()).isEqualByComparingTo(said.points());
        assertThat(byDefault.explanation()).isEqualTo(said.explanation());
      }
    }
  }

  @Test
  void aFiveStepScaleScoresEachLevelInsideTheBandItsRulebookStates() {
    // Weight 10 at 90/80/70/60 %: 良 [8.00, 9.00).
    RuleOutcome good = qualitative(FIVE_STEP, "10", QualitativeLevel.GOOD, "8.50");
    assertThat(good.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(good)).isEqualTo(new BigDecimal("8.50"));
    assertThat(en(good)).isEqualTo("履职效果 good (band [8.00, 9.00)): the unit's 8.50 points"
        + " are accepted");
    assertThat(zh(good)).isEqualTo("履职效果 良（档次 [8.00, 9.00)），采用自评分 8.50");

    RuleOutcome tooHigh = qualitative(FIVE_STEP, "10", QualitativeLevel.GOOD, "9.20");
    assertThat(tooHigh.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(rounded(tooHigh)).isEqualTo(new BigDecimal("8.00"));
    assertThat(en(tooHigh)).isEqualTo("履职效果 good: the unit's 9.20 points lie outside the band"
        + " [8.00, 9.00) and are refused; scored at the band's lower end, 8.00");

    RuleOutcome poor = qualitative(FIVE_STEP, "10", QualitativeLevel.POOR, null);
    assertThat(poor.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(poor)).isEqualTo(new BigDecimal("0.00"));
    assertThat(zh(poor)).isEqualTo("履职效果 差（档次 [0.00, 6.00)），未填自评分，按档次下限计 0.00");

    // The other bands, at their upper ends: 优 [9, 10] → 10.00, 中 [7, 8) → 7.99, 低 [6, 7) → 6.99.
    assertThat(rounded(qualitative(upper(FIVE_STEP), "10", QualitativeLevel.EXCELLENT, null)))
        .isEqualTo(new BigDecimal("10.00"));
    assertThat(rounded(qualitative(upper(FIVE_STEP), "10", QualitativeLevel.FAIR, null)))
        .isEqualTo(new BigDecimal("7.99"));
    assertThat(rounded(qualitative(upper(FIVE_STEP), "10", QualitativeLevel.LOW, null)))
        .isEqualTo(new BigDecimal("6.99"));
    assertThat(rounded(qualitative(FIVE_STEP, "10", QualitativeLevel.EXCELLENT, null)))
        .isEqualTo(new BigDecimal("9.00"));
  }

  @Test
  void aLevelOfTheOtherScaleIsNotScoredAsALevelOfThisOne() {
    RuleOutcome achieved = qualitative(FIVE_STEP, "10", QualitativeLevel.ACHIEVED, "9.00");
    assertThat(achieved.status()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(achieved.points()).isZero();
    assertThat(en(achieved)).isEqualTo("履职效果: the level achieved belongs to the three-step"
        + " scale but the rule scores the five-step scale, so it is not scored as another level;"
        + " 0 points");
    assertThat(zh(achieved)).isEqualTo("履职效果 的完成程度“达成”属于三级定性分级，而本规则按五级分级计分，"
        + "不折算为其他等级，得 0 分");

    RuleOutcome good = qualitative(BuiltInRules.qualitative(), "10", QualitativeLevel.GOOD, null);
    assertThat(good.status()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(en(good)).isEqualTo("履职效果: the level good belongs to the five-step scale but"
        + " the rule scores the three-step scale, so it is not scored as another level; 0 points");

    RuleOutcome none = qualitative(FIVE_STEP, "10", null, null);
    assertThat(none.status()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(en(none)).isEqualTo("履职效果: no level reached (excellent, good, fair, low or"
        + " poor) was given; 0 points");
  }

  @Test
  void aPrintedBoundKeepsTheDecimalsItHasSoTheDecisionCanBeRecomputed() {
    // Weight 3.33: 达成 from 3.33 × 0.8 = 2.664, printed so, not 2.66; 2.66 < 2.664 is refused,
    // and the lower end a card can show inside the band is 2.67.
    RuleOutcome refused = qualitative(BuiltInRules.qualitative(), "3.33",
        QualitativeLevel.ACHIEVED, "2.66");
    assertThat(refused.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(rounded(refused)).isEqualTo(new BigDecimal("2.67"));
    assertThat(en(refused)).isEqualTo("履职效果 achieved: the unit's 2.66 points lie outside the"
        + " band [2.664, 3.33] and are refused; scored at the band's lower end, 2.67");
    assertThat(qualitative(BuiltInRules.qualitative(), "3.33", QualitativeLevel.ACHIEVED, "2.67")
        .status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(qualitative(BuiltInRules.qualitative(), "3.33",
        QualitativeLevel.ACHIEVED, null))).isEqualTo(new BigDecimal("2.67"));

    // 部分达成 [3.33 × 0.6, 2.664) = [1.998, 2.664): 2.66 lies inside; its ends are 2.00 and 2.66.
    RuleOutcome partly = qualitative(BuiltInRules.qualitative(), "3.33",
        QualitativeLevel.PARTLY_ACHIEVED, "2.66");
    assertThat(partly.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(zh(partly)).isEqualTo("履职效果 部分达成（档次 [1.998, 2.664)），采用自评分 2.66");
    assertThat(rounded(qualitative(BuiltInRules.qualitative(), "3.33",
        QualitativeLevel.PARTLY_ACHIEVED, null))).isEqualTo(new BigDecimal("2.00"));
    assertThat(rounded(qualitative(upper(BuiltInRules.qualitative()), "3.33",
        QualitativeLevel.PARTLY_ACHIEVED, null))).isEqualTo(new BigDecimal("2.66"));
    // 未达成 [0, 1.998): 2.00 lies above it; its upper end is 1.99.
    assertThat(qualitative(BuiltInRules.qualitative(), "3.33", QualitativeLevel.NOT_ACHIEVED,
        "2.00").status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(rounded(qualitative(upper(BuiltInRules.qualitative()), "3.33",
        QualitativeLevel.NOT_ACHIEVED, null))).isEqualTo(new BigDecimal("1.99"));
  }

  @Test
  void aClaimMovedByTheCardsRoundingIsRefusedSayingAsWhat() {
    RuleOutcome partly = qualitative(BuiltInRules.qualitative(), "5",
        QualitativeLevel.PARTLY_ACHIEVED, "3.996");
    assertThat(partly.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(en(partly)).isEqualTo("履职效果 partly achieved: the unit's 3.996 points, 4.00 as"
        + " the card shows them, lie outside the band [3.00, 4.00) and are refused; scored at the"
        + " band's lower end, 3.00");
    assertThat(zh(partly)).isEqualTo("履职效果 部分达成：自评分 3.996（按评分表显示为 4.00）不在档次"
        + " [3.00, 4.00) 内，不予采用，按档次下限计 3.00");
  }

  @Test
  void underWholePointsTheBandIsPrintedAndJudgedInWholePoints() {
    // Scale 0: 部分达成 at weight 5 is [3, 4); 3.6 shows as 4, the floor of 达成, and is refused.
    RuleInput.Builder in = RuleInput.builder().indicatorCode("q").indicatorName("履职效果")
        .weight(new BigDecimal("5")).spec(BuiltInRules.qualitative())
        .rounding(RoundingPolicy.builder().scale(0).build());
    ScoringRule rule = ScoringRules.standard().find(BuiltInRules.QUALITATIVE).orElseThrow();
    RuleOutcome partly = rule.score(in.level(QualitativeLevel.PARTLY_ACHIEVED)
        .chosenPoints(new BigDecimal("3.6")).build());
    assertThat(partly.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(partly.points()).isEqualByComparingTo("3");
    assertThat(en(partly)).isEqualTo("履职效果 partly achieved: the unit's 3.6 points, 4 as the"
        + " card shows them, lie outside the band [3, 4) and are refused; scored at the band's"
        + " lower end, 3");
    // The same 3.6 claimed for 达成 shows as 4, inside [4, 5]: taken (the card rounds it to 4).
    RuleOutcome achieved = rule.score(in.level(QualitativeLevel.ACHIEVED)
        .chosenPoints(new BigDecimal("3.6")).build());
    assertThat(achieved.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(zh(achieved)).isEqualTo("履职效果 达成（档次 [4, 5]），采用自评分 4");
  }

  // ---- the rule's check: what a rulebook must say of a five-step scale

  private static List<Violation> verify(RuleSpec spec) {
    Rulebook book = Rulebook.builder().id("five-step").title("五级定性").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicator(RulebookIndicator.builder().code("1").name("履职效果").level(1)
            .weight(new BigDecimal("100")).rule(spec).build())
        .build();
    return Scorer.standard().verify(book);
  }

  private static List<String> said(List<Violation> problems, Locale locale) {
    List<String> said = new ArrayList<>();
    for (Violation v : problems) {
      said.add(v.path() + ": " + v.message().render(locale));
    }
    return said;
  }

  private static RuleSpec.Builder fiveStep() {
    return RuleSpec.builder().type(BuiltInRules.QUALITATIVE).putOption(BuiltInRules.SCALE,
        "five-step");
  }

  @Test
  void aFiveStepSpecMustStateItsBoundsInOrderAndNoThreeStepOnes() {
    assertThat(verify(FIVE_STEP)).isEmpty();
    assertThat(verify(MUNICIPAL_2020)).isEmpty();

    assertThat(said(verify(fiveStep().putParam(BuiltInRules.EXCELLENT_FROM, new BigDecimal("0.9"))
        .build()), Locale.ENGLISH)).containsExactly("$.indicators[0].rule.params: the rule"
        + " 'qualitative' of indicator '1' (履职效果): a five-step qualitative rule needs the lower"
        + " bounds goodFrom, fairFrom, lowFrom: no published form gives the five-step bands, so"
        + " the rulebook must state them");
    assertThat(said(verify(fiveStep().build()), Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "$.indicators[0].rule.params: 指标“1”（履职效果）的评分方法“qualitative”：五级定性评分须给出各级下限"
            + " excellentFrom、goodFrom、fairFrom、lowFrom：已公开的评分表均未规定五级档次，须由评分办法写明");

    RuleSpec unordered = BuiltInRules.qualitativeFiveStep(new BigDecimal("0.9"),
        new BigDecimal("0.7"), new BigDecimal("0.8"), new BigDecimal("0.6"));
    assertThat(said(verify(unordered), Locale.ENGLISH)).containsExactly("$.indicators[0].rule"
        + ".params: the rule 'qualitative' of indicator '1' (履职效果): the five-step bounds need"
        + " 0 < lowFrom < fairFrom < goodFrom < excellentFrom ≤ 1; were excellentFrom 0.9,"
        + " goodFrom 0.7, fairFrom 0.8, lowFrom 0.6");
    RuleSpec aboveOne = BuiltInRules.qualitativeFiveStep(new BigDecimal("1.1"),
        new BigDecimal("0.8"), new BigDecimal("0.7"), new BigDecimal("0.6"));
    assertThat(verify(aboveOne)).extracting(Violation::path)
        .containsExactly("$.indicators[0].rule.params");

    RuleSpec mixed = RuleSpec.builder().from(FIVE_STEP)
        .putParam(BuiltInRules.ACHIEVED_FROM, new BigDecimal("0.8")).build();
    assertThat(said(verify(mixed), Locale.ENGLISH)).containsExactly("$.indicators[0].rule.params"
        + ".achievedFrom: the rule 'qualitative' of indicator '1' (履职效果): 'achievedFrom' is a"
        + " bound of the three-step scale and means nothing on this rule's five-step scale:"
        + " remove it, or set the option 'scale'");
    RuleSpec threeWithFive = RuleSpec.builder().type(BuiltInRules.QUALITATIVE)
        .putParam(BuiltInRules.GOOD_FROM, new BigDecimal("0.8")).build();
    assertThat(said(verify(threeWithFive), Locale.SIMPLIFIED_CHINESE)).containsExactly(
        "$.indicators[0].rule.params.goodFrom: 指标“1”（履职效果）的评分方法“qualitative”：“goodFrom”是五级"
            + "定性分级的下限，对本规则的三级分级无意义：请删除，或设置选项“scale”");
    RuleSpec badScale = RuleSpec.builder().type(BuiltInRules.QUALITATIVE)
        .putOption(BuiltInRules.SCALE, "five-steps").build();
    assertThat(verify(badScale)).extracting(Violation::path)
        .containsExactly("$.indicators[0].rule.options.scale");
  }

  @Test
  void theScaleALevelBelongsToIsNamedInBothLanguages() {
    assertThat(Message.label(QualitativeScale.FIVE_STEP)
        .render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("五级");
    assertThat(QualitativeLevel.LOW.scale().id()).isEqualTo("five-step");
    assertThat(Message.label(QualitativeLevel.LOW).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("低");
    assertThat(Message.label(QualitativeLevel.FAIR).render(Locale.ENGLISH)).isEqualTo("fair");
  }
}
