package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.BuiltInRules.Fraction;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleOutcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule's printed explanation recomputes to its printed points, and what it says of
 * the shown figures holds of them (issue 14): an actual computed at 6 decimals and shown at 2 made
 * {@code 10 × 1 ÷ 1.01 = 9.95} (9.90 from the shown figure; 9.95 came from 1.005).
 */
class EveryRuleRecomputesTest {

  private static final MathContext EXACT = new MathContext(40);
  private static final String N = "(-?[0-9.]+)";

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static BigDecimal r2(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /** A rate as a formula gives it, at 6 decimals: {@code micros} millionths. */
  private static BigDecimal micro(int micros) {
    return BigDecimal.valueOf(micros, 6);
  }

  private static String english(RuleOutcome outcome) {
    return outcome.explanation().render(Locale.ENGLISH);
  }

  private static Matcher match(String regex, String shown) {
    Matcher m = Pattern.compile(regex).matcher(shown);
    assertThat(m.find()).as(shown).isTrue();
    return m;
  }

  @Test
  void reverseRatioRecomputesFromTheShownActual() {
    // 10 × 1 ÷ 1.005 = 9.9502… → 9.95; shown as 1.01, 10 × 1 ÷ 1.01 = 9.90 would not recompute.
    assertThat(english(RuleHarness.score(BuiltInRules.reverseRatio(), "10", "1.005", "1", "%")))
        .isEqualTo("指标 1.005% > 1%, points = 10 × 1 ÷ 1.005 = 9.95");
    qt().forAll(integers().between(1, 10_000), integers().between(1, 20_000),
        integers().between(-3_000_000, 3_000_000))
        .checkAssert((w, t, delta) -> {
          BigDecimal target = BigDecimal.valueOf(t, 2);
          BigDecimal actual = target.add(micro(delta)).max(micro(1));
          RuleOutcome outcome = RuleHarness.score(BuiltInRules.reverseRatio(),
              BigDecimal.valueOf(w, 2).toPlainString(), actual.toPlainString(),
              target.toPlainString(), "%");
          String shown = english(outcome);
          if (actual.compareTo(target) <= 0) {
            Matcher m = match("^指标 " + N + "% ≤ " + N + "%", shown);
            assertThat(d(m.group(1))).as(shown).isLessThanOrEqualTo(d(m.group(2)));
            return;
          }
          Matcher m = match("^指标 " + N + "% > " + N + "%, points = " + N + " × " + N + " ÷ " + N
              + " = " + N + "$", shown);
          assertThat(d(m.group(1))).as(shown).isGreaterThan(d(m.group(2)));
          assertThat(m.group(5)).as(shown).isEqualTo(m.group(1));
          assertThat(m.group(4)).as(shown).isEqualTo(m.group(2));
          BigDecimal points = d(m.group(6));
          assertThat(r2(d(m.group(3)).multiply(d(m.group(4))).divide(d(m.group(5)), EXACT)))
              .as(shown).isEqualByComparingTo(points);
          assertThat(RuleHarness.rounded(outcome)).as(shown).isEqualByComparingTo(points);
        });
  }

  @Test
  void reverseLinearRecomputesFromTheShownActual() {
    // 10 × (2 × 1 − 1.005) ÷ 1 = 9.95; shown as 1.01 it would recompute to 9.90.
    assertThat(english(RuleHarness.score(BuiltInRules.reverseLinear(), "10", "1.005", "1", "%")))
        .isEqualTo("指标 1.005% > 1%, points = 10 × (2 × 1 − 1.005) ÷ 1 = 9.95");
    qt().forAll(integers().between(1, 10_000), integers().between(1, 20_000),
        integers().between(-3_000_000, 3_000_000))
        .checkAssert((w, t, delta) -> {
          BigDecimal target = BigDecimal.valueOf(t, 2);
          BigDecimal actual = target.add(micro(delta)).max(BigDecimal.ZERO);
          RuleOutcome outcome = RuleHarness.score(BuiltInRules.reverseLinear(),
              BigDecimal.valueOf(w, 2).toPlainString(), actual.toPlainString(),
              target.toPlainString(), "%");
          String shown = english(outcome);
          BigDecimal twice = target.add(target);
          if (actual.compareTo(target) <= 0) {
            Matcher m = match("^指标 " + N + "% ≤ " + N + "%", shown);
            assertThat(d(m.group(1))).as(shown).isLessThanOrEqualTo(d(m.group(2)));
            return;
          }
          if (actual.compareTo(twice) >= 0) {
            Matcher m = match("^指标 " + N + "% ≥ 2 × " + N + "%: 0 points$", shown);
            assertThat(d(m.group(1))).as(shown)
                .isGreaterThanOrEqualTo(d(m.group(2)).multiply(BigDecimal.valueOf(2)));
            return;
          }
          Matcher m = match("^指标 " + N + "% > " + N + "%, points = " + N + " × \\(2 × " + N
              + " − " + N + "\\) ÷ " + N + " = " + N + "$", shown);
          BigDecimal a = d(m.group(5));
          BigDecimal t2 = d(m.group(4));
          assertThat(m.group(1)).as(shown).isEqualTo(m.group(5));
          assertThat(a).as(shown).isGreaterThan(t2).isLessThan(t2.add(t2));
          BigDecimal points = d(m.group(7));
          assertThat(r2(d(m.group(3)).multiply(t2.add(t2).subtract(a)).divide(d(m.group(6)),
              EXACT))).as(shown).isEqualByComparingTo(points);
          assertThat(RuleHarness.rounded(outcome)).as(shown).isEqualByComparingTo(points);
        });
  }

  @Test
  void thresholdShowsTheActualThePrintedDistanceBeyondTheStandard() {
    // 100.004 % is 0.004 beyond 100 %; shown as 100.00 % it would not be beyond at all.
    assertThat(english(RuleHarness.score(BuiltInRules.threshold(d("100"), d("2"),
        Fraction.WHOLE_POINTS), "10", "100.004", null, "%"))).isEqualTo("指标 100.004% is 0.004"
        + " percentage points beyond the standard 100% (counted as whole points: 1), points = 10"
        + " − 2 × 1 = 8.00");
    qt().forAll(integers().between(1, 10_000), integers().between(0, 403),
        integers().between(1, 500), integers().between(-20_000_000, 20_000_000))
        .checkAssert((w, standardAndForm, step, delta) -> {
          int s = standardAndForm / 4;
          int form = standardAndForm % 4;
          boolean atLeast = (form & 1) != 0;
          boolean whole = (form & 2) != 0;
          BigDecimal standard = BigDecimal.valueOf(s);
          BigDecimal actual = standard.add(micro(delta));
          RuleSpec spec = RuleSpec.builder().from(BuiltInRules.threshold(standard,
              BigDecimal.valueOf(step, 2), whole ? Fraction.WHOLE_POINTS : Fraction.PROPORTIONAL))
              .putOption(BuiltInRules.DIRECTION, atLeast ? "at-least" : "at-most").build();
          RuleOutcome outcome = RuleHarness.score(spec, BigDecimal.valueOf(w, 2).toPlainString(),
              actual.toPlainString(), null, "%");
          String shown = english(outcome);
          if (shown.contains("the standard") && !shown.contains("beyond")) {
            Matcher m = match("^指标 " + N + "% ([≤≥]) the standard " + N + "%", shown);
            int c = d(m.group(1)).compareTo(d(m.group(3)));
            assertThat(m.group(2).equals("≥") ? c >= 0 : c <= 0).as(shown).isTrue();
            return;
          }
          Matcher m = match("^指标 " + N + "% is " + N + " percentage points beyond the standard "
              + N + "% \\(counted [a-z ]+: " + N + "\\)", shown);
          BigDecimal a = d(m.group(1));
          BigDecimal beyond = d(m.group(2));
          BigDecimal st = d(m.group(3));
          BigDecimal counted = d(m.group(4));
          assertThat(atLeast ? st.subtract(a) : a.subtract(st)).as(shown)
              .isEqualByComparingTo(beyond);
          assertThat(counted).as(shown).isEqualByComparingTo(
              whole ? beyond.setScale(0, RoundingMode.CEILING) : beyond);
          if (shown.contains("floored")) {
            Matcher f = match("; " + N + " × " + N + " = " + N + " points off", shown);
            BigDecimal loss = d(f.group(3));
            assertThat(d(f.group(1)).multiply(d(f.group(2)))).as(shown)
                .isEqualByComparingTo(loss);
            assertThat(loss).as(shown).isGreaterThanOrEqualTo(BigDecimal.valueOf(w, 2));
            assertThat(outcome.points()).isEqualByComparingTo("0");
            return;
          }
          Matcher p = match("points = " + N + " − " + N + " × " + N + " = " + N + "$", shown);
          BigDecimal points = d(p.group(4));
          assertThat(r2(d(p.group(1)).subtract(d(p.group(2)).multiply(d(p.group(3))))))
              .as(shown).isEqualByComparingTo(points);
          assertThat(RuleHarness.rounded(outcome)).as(shown).isEqualByComparingTo(points);
        });
  }

  @Test
  void theShownActualLiesInTheBandThatGaveThePoints() {
    // 79.996 lies in [60, 80); shown as 80.00 it would not.
    RuleSpec bands = BuiltInRules.bands(Band.of(null, d("60"), d("2")),
        Band.of(d("60"), d("80"), d("6")), Band.of(d("80"), null, d("10")));
    assertThat(english(RuleHarness.score(bands, "10", "79.996", null, "%")))
        .isEqualTo("指标 79.996% lies in the band [60, 80): 6.00 points");
    RuleSpec openClosed = BuiltInRules.bands(Band.openClosed(null, d("60"), d("2")),
        Band.openClosed(d("60"), d("80"), d("6")), Band.openClosed(d("80"), d("100"), d("10")));
    qt().forAll(integers().between(0, 120_000_000), integers().between(0, 1))
        .checkAssert((micros, which) -> {
          RuleSpec spec = which == 0 ? bands : openClosed;
          BigDecimal actual = micro(micros);
          RuleOutcome outcome = RuleHarness.score(spec, "10", actual.toPlainString(), null, "%");
          String shown = english(outcome);
          if (shown.contains("no band")) {
            Matcher m = match("^指标 " + N + "% lies in no band", shown);
            assertThat(spec.getBands().stream().anyMatch(b -> b.contains(d(m.group(1)))))
                .as(shown).isFalse();
            return;
          }
          Matcher m = match("^指标 " + N + "% lies in the band ([\\[(])([^,]+), ([^\\])]+)([\\])])"
              + ": " + N + " points$", shown);
          BigDecimal a = d(m.group(1));
          Band band = spec.getBands().stream().filter(b -> b.contains(a)).findFirst()
              .orElseThrow();
          assertThat(band.getFrom().map(BigDecimal::toPlainString).orElse("−∞")).as(shown)
              .isEqualTo(m.group(3));
          assertThat(band.getTo().map(BigDecimal::toPlainString).orElse("+∞")).as(shown)
              .isEqualTo(m.group(4));
          assertThat(d(m.group(6))).as(shown).isEqualByComparingTo(band.getPoints());
          assertThat(outcome.points()).as(shown).isEqualByComparingTo(band.getPoints());
        });
  }

  @Test
  void aTargetOfZeroIsMetOrMissedByTheShownActual() {
    // 0.004 > 0 misses the target 0; shown as 0.00 it would seem to meet it.
    assertThat(english(RuleHarness.score(BuiltInRules.equal(), "10", "0.004", "0", "%")))
        .isEqualTo("指标 0.004% > 0 misses the target 0: 0 points");
    qt().forAll(integers().between(-1_000_000, 1_000_000)).checkAssert(micros -> {
      RuleOutcome outcome = RuleHarness.score(BuiltInRules.equal(), "10",
          micro(micros).toPlainString(), "0", "%");
      String shown = english(outcome);
      Matcher m = match("^指标 " + N + "% ([≤>]) 0", shown);
      int sign = d(m.group(1)).signum();
      assertThat(m.group(2).equals("≤") ? sign <= 0 : sign > 0).as(shown).isTrue();
      assertThat(outcome.points()).as(shown)
          .isEqualByComparingTo(m.group(2).equals("≤") ? "10" : "0");
    });
  }

  @Test
  void aProportionalRateShownBelowTheTargetIsBelowIt() {
    // 10 × 99.9999 % = 9.999999 → 10.00, as from 100.00 %: but 100.00 % < 100 % is false.
    assertThat(english(RuleHarness.score(BuiltInRules.proportional(), "10", "99.9999", "100",
        "%"))).isEqualTo("指标 99.9999% < 100%, points = 10 × 99.9999% = 10.00");
    qt().forAll(integers().between(99_990_000, 100_000_000)).checkAssert(micros -> {
      String shown = english(RuleHarness.score(BuiltInRules.proportional(), "10",
          micro(micros).toPlainString(), "100", "%"));
      Matcher m = match("^指标 " + N + "% ([<≥]) 100%", shown);
      int c = d(m.group(1)).compareTo(BigDecimal.valueOf(100));
      assertThat(m.group(2).equals("<") ? c < 0 : c >= 0).as(shown).isTrue();
    });
  }

  @Test
  void milestonesAndChecklistsRecompute() {
    qt().forAll(integers().between(1, 10_000), integers().between(1, 500),
        integers().between(0, 12), integers().between(0, 2))
        .checkAssert((w, per, count, form) -> {
          BigDecimal weight = BigDecimal.valueOf(w, 2);
          BigDecimal each = BigDecimal.valueOf(per, 2);
          RuleSpec spec = form == 0 ? BuiltInRules.milestones(each)
              : form == 1 ? BuiltInRules.checklistAdd(12, each)
              : BuiltInRules.checklistDeduct(12, each);
          RuleOutcome outcome = RuleHarness.score(spec, weight.toPlainString(),
              String.valueOf(count), null, null);
          String shown = english(outcome);
          BigDecimal points;
          BigDecimal recomputed;
          if (form == 1) {
            Matcher m = match("points = " + N + " × " + N + " = " + N
                + " \\(at most the weight, " + N + "\\)$", shown);
            points = d(m.group(3));
            recomputed = d(m.group(1)).multiply(d(m.group(2))).min(d(m.group(4)));
          } else {
            Matcher m = match("points = " + N + " − " + N + " × " + N + " = " + N
                + " \\(floored at 0\\)$", shown);
            points = d(m.group(4));
            recomputed = d(m.group(1)).subtract(d(m.group(2)).multiply(d(m.group(3))))
                .max(BigDecimal.ZERO);
          }
          assertThat(r2(recomputed)).as(shown).isEqualByComparingTo(points);
          assertThat(RuleHarness.rounded(outcome)).as(shown).isEqualByComparingTo(points);
        });
  }
}
