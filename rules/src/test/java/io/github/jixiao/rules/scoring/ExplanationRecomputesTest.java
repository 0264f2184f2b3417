package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.spi.RuleOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every printed explanation recomputes to its printed points (issue 14): {@code 10 × 38.85% =
 * 3.88} could not (10 × 38.85 % = 3.885 → 3.89); the rate is now shown at the precision the
 * points need.
 */
class ExplanationRecomputesTest {

  private static final Pattern FORMULA = Pattern.compile(
      "points = ([0-9.]+) × ([0-9.]+)% = ([0-9.]+)$");

  private static RuleOutcome proportional(String weight, BigDecimal rate) {
    return RuleHarness.score(BuiltInRules.proportional(), weight, rate.toPlainString(), "100",
        "%");
  }

  @Test
  void theIssuesExampleShowsTheRateThePointsCameFrom() {
    // 3884.52 ÷ 10000 × 100 = 38.8452 %: 10 × 38.8452 % = 3.88452 → 3.88. Shown as 38.85 %,
    // 10 × 38.85 % = 3.885 → 3.89 would not recompute; 38.845 % gives 3.8845 → 3.88, which does.
    RuleOutcome outcome = proportional("10", new BigDecimal("38.8452"));

    assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("指标 38.845% < 100%，得分 = 10 × 38.845% = 3.88");
    // A rate whose two decimals recompute is shown with two: 10 × 97.16 % = 9.716 → 9.72, and
    // 10 × 97.1622 % = 9.71622 → 9.72.
    assertThat(proportional("10", new BigDecimal("97.1622")).explanation()
        .render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("指标 97.16% < 100%，得分 = 10 × 97.16% = 9.72");
  }

  @Test
  void weightTimesTheShownRateRoundedHalfUpIsThePrintedPoints() {
    // A rate as a formula makes it: numerator ÷ denominator × 100 at 10 decimals; weights
    // 0.01–100.00.
    qt().forAll(integers().between(1, 10_000), integers().between(1, 1_000_000),
        integers().between(0, 999_999))
        .checkAssert((weightHundredths, denominator, numeratorSeed) -> {
          int numerator = numeratorSeed % denominator;
          BigDecimal rate = BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP);
          String weight = BigDecimal.valueOf(weightHundredths, 2).toPlainString();
          RuleOutcome outcome = proportional(weight, rate);
          String shown = outcome.explanation().render(Locale.ENGLISH);
          Matcher m = FORMULA.matcher(shown);

          assertThat(m.find()).as(shown).isTrue();
          BigDecimal w = new BigDecimal(m.group(1));
          BigDecimal r = new BigDecimal(m.group(2));
          BigDecimal points = new BigDecimal(m.group(3));
          assertThat(w.multiply(r).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP))
              .as(shown).isEqualByComparingTo(points);
          assertThat(outcome.points().setScale(2, RoundingMode.HALF_UP)).as(shown)
              .isEqualByComparingTo(points);
        });
  }
}
