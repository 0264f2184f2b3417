package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RateSource;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every printed explanation recomputes to its printed points under every rounding a rulebook can
 * name (issue 14): half up, truncated or whole points, from the unrounded or the stated rate —
 * the rule's formula, and the subtraction of deductions.
 */
class RoundingRecomputesTest {

  private static final List<RoundingPolicy> POLICIES = List.of(RoundingPolicy.standard(),
      RoundingPolicy.truncated(), RoundingPolicy.wholePoints(),
      RoundingPolicy.standard().withRateSource(RateSource.STATED),
      RoundingPolicy.truncated().withRateSource(RateSource.STATED),
      RoundingPolicy.wholePoints().withRateSource(RateSource.STATED));

  private static final Pattern FORMULA = Pattern.compile(
      "points = ([0-9.]+) × ([0-9.]+)% = ([0-9.]+)$");
  private static final Pattern SUBTRACTION = Pattern.compile(
      "points = ([0-9.]+) − ([0-9.]+) = ([0-9.]+)(?: → ([0-9.]+))?$");

  private static BigDecimal rate(int numerator, int denominator) {
    return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_UP);
  }

  @Test
  void weightTimesTheShownRateRoundedByThePolicyIsThePrintedPoints() {
    qt().forAll(integers().between(0, POLICIES.size() - 1), integers().between(1, 100),
        integers().between(1, 1_000_000), integers().between(0, 999_999))
        .checkAssert((p, weightPoints, denominator, numeratorSeed) -> {
          RoundingPolicy policy = POLICIES.get(p);
          // Whole-point weights fit every policy; the scorer gives the rule the rate it scores.
          BigDecimal weight = BigDecimal.valueOf(weightPoints);
          BigDecimal rate = policy.rateScored(rate(numeratorSeed % denominator, denominator));
          RuleOutcome outcome = ScoringRules.standard().find(BuiltInRules.PROPORTIONAL)
              .orElseThrow().score(RuleInput.builder().indicatorCode("x").indicatorName("指标")
                  .weight(weight).spec(BuiltInRules.proportional()).target(new BigDecimal("100"))
                  .unit("%").actual(rate).rounding(policy).build());
          String shown = outcome.explanation().render(Locale.ENGLISH);
          Matcher m = FORMULA.matcher(shown);
          if (rate.compareTo(BigDecimal.valueOf(100)) >= 0) {
            // Stated, 99.9952 % is 100.00 %: the target is met, full points.
            assertThat(shown).endsWith("≥ 100%: full points, " + weightPoints);
            assertThat(outcome.points()).isEqualByComparingTo(weight);
            return;
          }
          assertThat(m.find()).as(shown).isTrue();
          BigDecimal printed = new BigDecimal(m.group(3));
          assertThat(new BigDecimal(m.group(1)).multiply(new BigDecimal(m.group(2)))
              .divide(BigDecimal.valueOf(100)).setScale(policy.getScale(), policy.getMode()))
              .as(policy + " " + shown).isEqualByComparingTo(printed);
          assertThat(policy.round(outcome.points())).as(shown).isEqualByComparingTo(printed);
          if (policy.getRateSource() == RateSource.STATED) {
            assertThat(new BigDecimal(m.group(2)).scale()).as(shown).isEqualTo(2);
          }
        });
  }

  @Test
  void thePointsBeforeDeductionsLessTheDeductionsRoundToThePrintedPoints() {
    qt().withExamples(300).forAll(integers().between(0, POLICIES.size() - 1),
        integers().between(1, 1_000_000), integers().between(1, 1500),
        integers().between(0, 999_999))
        .checkAssert((p, denominator, hundredths, numeratorSeed) -> {
          RoundingPolicy policy = POLICIES.get(p);
          Rulebook rulebook = Rulebooks.guangzhouDepartment2021().withRounding(policy);
          BigDecimal executed = BigDecimal.valueOf(numeratorSeed % denominator);
          IndicatorScore score = Scorer.standard().score(BaiyunFixture.evaluation(Budget.builder()
              .fullYear(BigDecimal.valueOf(denominator)).executed(executed).build(),
              Deduction.builder().indicatorCode("2.1.1").points(BigDecimal.valueOf(hundredths, 2))
                  .reason("x").build()), rulebook).indicator("2.1.1").orElseThrow();
          String shown = score.explain(Locale.ENGLISH);
          Matcher m = SUBTRACTION.matcher(shown);

          assertThat(m.find()).as(shown).isTrue();
          BigDecimal before = new BigDecimal(m.group(1));
          BigDecimal difference = before.subtract(new BigDecimal(m.group(2)));
          if (m.group(4) == null) {
            assertThat(difference).as(shown).isEqualByComparingTo(m.group(3));
          } else {
            assertThat(difference).as(shown).isEqualByComparingTo(m.group(3));
            assertThat(policy.round(difference)).as(shown).isEqualByComparingTo(m.group(4));
          }
          BigDecimal printed = new BigDecimal(m.group(m.group(4) == null ? 3 : 4));
          assertThat(score.getPoints()).as(shown).isEqualByComparingTo(printed);
          // The points before deductions are the rule's, rounded at most to the shown decimals.
          assertThat(score.getRulePoints().setScale(before.scale(), RoundingMode.HALF_UP))
              .as(shown).isEqualByComparingTo(before);
        });
  }
}
