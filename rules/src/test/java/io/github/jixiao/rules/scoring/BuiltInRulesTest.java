package io.github.jixiao.rules.scoring;

import static io.github.jixiao.rules.scoring.RuleHarness.rounded;
import static io.github.jixiao.rules.scoring.RuleHarness.score;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleOutcome;

import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.rules.rulebook.BuiltInRules.Fraction;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every built-in rule with the methodology's own numbers, at and around its boundaries. */
class BuiltInRulesTest {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** 在职人员控制率 (Yueyang): ≤ 100 % → 5; −0.5 per point over; floor 0. */
  @ParameterizedTest
  @CsvSource({"99, 5.00", "100, 5.00", "100.5, 4.75", "103, 3.50", "109.99, 0.01", "110, 0.00",
      "125, 0.00"})
  void staffControlLosesHalfAPointPerPercentagePointOver(String rate, String points) {
    RuleSpec spec = BuiltInRules.threshold(HUNDRED, new BigDecimal("0.5"));
    assertThat(rounded(score(spec, "5", rate))).isEqualTo(new BigDecimal(points));
  }

  @Test
  void aFractionOfAPointCountsProportionallyByDefaultOrAsAWholePoint() {
    RuleSpec whole = BuiltInRules.threshold(HUNDRED, new BigDecimal("0.5"), Fraction.WHOLE_POINTS);
    RuleSpec proportional = BuiltInRules.threshold(HUNDRED, new BigDecimal("0.5"));

    assertThat(rounded(score(whole, "5", "100.5"))).isEqualByComparingTo("4.5");
    assertThat(rounded(score(proportional, "5", "100.5"))).isEqualByComparingTo("4.75");
    assertThat(score(whole, "5", "100.5").explanation().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("指标 100.50% 超出标准 100% 0.5 个百分点（按整数个百分点计 1），得分 = 5 − 0.5 × 1 = 4.50");
    assertThat(score(proportional, "5", "103").explanation().render(Locale.ENGLISH))
        .isEqualTo("指标 103.00% is 3 percentage points beyond the standard 100% (counted"
            + " proportionally: 3), points = 5 − 0.5 × 3 = 3.50");
  }

  /** "三公经费"控制率 (Yueyang): ≤ 100 % → 6; −1 per point over. */
  @ParameterizedTest
  @CsvSource({"100, 6.00", "102, 4.00", "105.5, 0.50", "106, 0.00"})
  void threePublicControlLosesAPointPerPercentagePointOver(String rate, String points) {
    RuleSpec spec = BuiltInRules.threshold(HUNDRED, BigDecimal.ONE);
    assertThat(rounded(score(spec, "6", rate))).isEqualTo(new BigDecimal(points));
  }

  /** "三公经费"变动率 (Yueyang): ≤ 0 → 5; −0.5 per point above 0. */
  @ParameterizedTest
  @CsvSource({"-12, 5.00", "0, 5.00", "2, 4.00", "10, 0.00"})
  void threePublicChangeLosesHalfAPointPerPointAboveZero(String change, String points) {
    RuleSpec spec = BuiltInRules.threshold(BigDecimal.ZERO, new BigDecimal("0.5"));
    assertThat(rounded(score(spec, "5", change))).isEqualTo(new BigDecimal(points));
  }

  /** 重点支出安排率 (Yueyang): ≥90 → 5, [80,90) → 4, [70,80) → 3, [60,70) → 2, <60 → 0. */
  @ParameterizedTest
  @CsvSource({"95, 5", "90, 5", "89.99, 4", "85, 4", "80, 4", "79.99, 3", "70, 3", "60, 2",
      "59.99, 0", "0, 0"})
  void keySpendingRateIsBanded(String rate, String points) {
    assertThat(score(Yueyang.KEY_SPENDING, "5", rate).points())
        .isEqualByComparingTo(points);
  }

  /** 预算调整率 (Yueyang): =0 → 3; (0,10] → 2; (10,20] → 1; (20,30] → 0.5; >30 → 0. */
  @ParameterizedTest
  @CsvSource({"0, 3", "0.01, 2", "10, 2", "10.01, 1", "15, 1", "20, 1", "25, 0.5", "30, 0.5",
      "30.01, 0"})
  void adjustmentRateIsBandedWithUpperBoundsIncluded(String rate, String points) {
    RuleOutcome outcome = score(Yueyang.ADJUSTMENT, "3", rate);
    assertThat(outcome.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(outcome.points()).isEqualByComparingTo(points);
  }

  @Test
  void aValueOutsideTheBandTableIsRefusedNotGuessed() {
    RuleOutcome outcome = score(Yueyang.ADJUSTMENT, "3", "-5");
    assertThat(outcome.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(outcome.points()).isZero();
    assertThat(outcome.explanation().render(Locale.ENGLISH))
        .isEqualTo("指标 -5.00% lies in no band of the table; 0 points — complete the band table");
  }

  @Test
  void bandsExplainWhichBandTheValueFellIn() {
    assertThat(score(Yueyang.ADJUSTMENT, "3", "15").explanation()
        .render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("指标 15.00% 属于档次 (10, 20]，得 1.00");
  }

  /** 预算执行率: 3212.37 of 3306.19 → 97.162293 % → 10 × 0.97162293 = 9.72. */
  @Test
  void executionRateIsProportionalToOneHundredPercent() {
    RuleOutcome outcome = score(BuiltInRules.proportional(), "10", "97.162293", "100", "%");
    assertThat(rounded(outcome)).isEqualTo(new BigDecimal("9.72"));
    assertThat(rounded(score(BuiltInRules.proportional(), "10", "100", "100", "%")))
        .isEqualByComparingTo("10");
    assertThat(rounded(score(BuiltInRules.proportional(), "10", "120", "100", "%")))
        .isEqualByComparingTo("10");
    assertThat(rounded(score(BuiltInRules.proportional(), "10", "-3", "100", "%"))).isZero();
  }

  @Test
  void proportionalToAnotherTargetShowsTheDivision() {
    RuleOutcome outcome = score(BuiltInRules.proportional(), "4", "18", "24", "次");
    assertThat(rounded(outcome)).isEqualByComparingTo("3");
    assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("指标 18.00次 < 24次，得分 = 4 × 18.00 ÷ 24 = 3.00");
  }

  @Test
  void proportionalWithoutTargetOrActualIsMissingInput() {
    assertThat(score(BuiltInRules.proportional(), "10", "90", null, "%").status())
        .isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(score(BuiltInRules.proportional(), "10", null, "100", "%").status())
        .isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(score(BuiltInRules.proportional(), "10", "5", "0", "%").status())
        .isEqualTo(ScoreStatus.REFUSED);
  }

  @ParameterizedTest
  @CsvSource({"4, 5.00", "5, 5.00", "8, 3.13", "10, 2.50"})
  void reverseRatioGivesTargetOverActualBeyondTheTarget(String actual, String points) {
    assertThat(rounded(score(BuiltInRules.reverseRatio(), "5", actual, "5", "%")))
        .isEqualTo(new BigDecimal(points));
  }

  @ParameterizedTest
  @CsvSource({"4, 5.00", "5, 5.00", "6, 4.00", "7.5, 2.50", "10, 0.00", "12, 0.00"})
  void reverseLinearFallsToZeroAtTwiceTheTarget(String actual, String points) {
    assertThat(rounded(score(BuiltInRules.reverseLinear(), "5", actual, "5", "%")))
        .isEqualTo(new BigDecimal(points));
  }

  @ParameterizedTest
  @CsvSource({"0, 0, 3.00", "-1, 0, 3.00", "0.01, 0, 0.00", "12, 12, 3.00", "9, 12, 2.25",
      "15, 12, 3.00"})
  void equalScoresAZeroTargetAllOrNothingAndOtherwiseProportionally(String actual, String target,
      String points) {
    assertThat(rounded(score(BuiltInRules.equal(), "3", actual, target, "起")))
        .isEqualTo(new BigDecimal(points));
  }

  @Test
  void achievedAtEightyPercentOfTheWeightStaysInsideItsBand() {
    RuleOutcome atBound = RuleHarness.qualitative("5", QualitativeLevel.ACHIEVED, "4.00");
    assertThat(atBound.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(atBound.points()).isEqualByComparingTo("4");
    assertThat(atBound.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("履职效果 达成（档次 [4.00, 5.00]），采用自评分 4.00");
  }

  @Test
  void achievedAtSeventyNinePercentOfTheWeightIsRefused() {
    RuleOutcome below = RuleHarness.qualitative("5", QualitativeLevel.ACHIEVED, "3.95");
    assertThat(below.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(below.points()).isEqualByComparingTo("4");
    assertThat(below.explanation().render(Locale.ENGLISH)).isEqualTo("履职效果 achieved: the"
        + " unit's 3.95 points lie outside the band [4.00, 5.00] and are refused; scored at the"
        + " band's lower end, 4.00");
  }

  @Test
  void partlyAchievedExcludesItsUpperBoundAndNotAchievedStartsAtZero() {
    assertThat(RuleHarness.qualitative("5", QualitativeLevel.PARTLY_ACHIEVED, "3.99").status())
        .isEqualTo(ScoreStatus.SCORED);
    assertThat(RuleHarness.qualitative("5", QualitativeLevel.PARTLY_ACHIEVED, "4.00").status())
        .isEqualTo(ScoreStatus.REFUSED);
    assertThat(RuleHarness.qualitative("5", QualitativeLevel.PARTLY_ACHIEVED, "2.99").points())
        .isEqualByComparingTo("3");
    assertThat(RuleHarness.qualitative("5", QualitativeLevel.NOT_ACHIEVED, null).points())
        .isZero();
    assertThat(RuleHarness.qualitative("5", QualitativeLevel.ACHIEVED, null).points())
        .isEqualByComparingTo("4");
  }

  @Test
  void aChosenValueIsTestedAgainstItsBandAsRoundedToTwoDecimals() {
    // 3.996 < 4 but rounds to 4.00, the floor of 达成: not a 部分达成 score.
    RuleOutcome partly = RuleHarness.qualitative("5", QualitativeLevel.PARTLY_ACHIEVED, "3.996");
    assertThat(partly.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(partly.points()).isEqualByComparingTo("3");
    // For 达成 the same value rounds onto its band's floor and is taken.
    RuleOutcome achieved = RuleHarness.qualitative("5", QualitativeLevel.ACHIEVED, "3.996");
    assertThat(achieved.status()).isEqualTo(ScoreStatus.SCORED);
    assertThat(rounded(achieved)).isEqualTo(new BigDecimal("4.00"));
  }

  /** 管理制度健全性 (Yueyang): 3 items, +1 each. */
  @ParameterizedTest
  @CsvSource({"0, 0", "2, 2", "3, 3"})
  void checklistAddsAPointPerItemMet(String met, String points) {
    assertThat(score(Yueyang.RULES_IN_PLACE, "3", met).points()).isEqualByComparingTo(points);
  }

  /** 资金使用合规性 (Yueyang): 5 items, −1 per violation, floor 0. */
  @ParameterizedTest
  @CsvSource({"5, 3", "4, 2", "3, 1", "2, 0", "0, 0"})
  void checklistDeductsAPointPerItemMissedDownToZero(String met, String points) {
    assertThat(score(Yueyang.COMPLIANCE, "3", met).points()).isEqualByComparingTo(points);
  }

  @Test
  void checklistRefusesItemsMetThatAreNotAWholeNumberInRange() {
    RuleOutcome outcome = score(Yueyang.RULES_IN_PLACE, "3", "4");
    assertThat(outcome.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(outcome.points()).isEqualByComparingTo("3");
  }

  /** 支付进度 (Yueyang): −0.5 per special fund that missed its milestone; floor 0. */
  @ParameterizedTest
  @CsvSource({"0, 3", "1, 2.5", "2, 2", "6, 0", "9, 0"})
  void milestonesDeductPerMilestoneMissed(String missed, String points) {
    assertThat(score(Yueyang.PAYMENTS, "3", missed).points()).isEqualByComparingTo(points);
  }

  @Test
  void checklistCountsAFractionOfAnItemAsNotMetAsItsJavadocSays() {
    RuleOutcome outcome = score(Yueyang.RULES_IN_PLACE, "3", "2.7");
    assertThat(outcome.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(outcome.points()).isEqualByComparingTo("2");
  }

  @Test
  void milestonesRefuseAFractionalCountAndCountAPartlyMissedMilestoneAsMissed() {
    RuleOutcome outcome = score(Yueyang.PAYMENTS, "3", "1.5");
    assertThat(outcome.status()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(outcome.points()).isEqualByComparingTo("2"); // counted as 2: 3 − 0.5 × 2
    assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "指标 未完成节点数 1.5 不是整数，不予采用，未完全达到的节点计为未完成，按 2 个计，"
            + "得分 = 3 − 0.5 × 2 = 2.00（扣完为止）");
  }

  @Test
  void deductionRuleStartsFromFullPoints() {
    assertThat(score(BuiltInRules.deductionPerFinding(), "5", null).points())
        .isEqualByComparingTo("5");
  }
}
