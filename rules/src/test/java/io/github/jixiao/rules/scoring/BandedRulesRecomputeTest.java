package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The explanations of the rules in which the unit picks inside a band — {@code qualitative} on
 * either scale and {@code range-bands} — and of {@code coefficient} recompute (issue 14), as
 * {@link EveryRuleRecomputesTest}'s do: a printed band holds the printed points it says it holds,
 * and not those it says it refuses; its printed limits are the exact shares of the weight (2.664,
 * not 2.66, for 80 % of 3.33); a band's end is the lowest or highest figure the card can show
 * inside it; and {@code weight × coefficient%} is the printed points.
 */
class BandedRulesRecomputeTest {

  private static final String N = "(-?[0-9.]+)";
  private static final BigDecimal CENT = new BigDecimal("0.01");

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static String english(RuleOutcome outcome) {
    return outcome.explanation().render(Locale.ENGLISH);
  }

  private static Matcher match(String regex, String shown) {
    Matcher m = Pattern.compile(regex).matcher(shown);
    assertThat(m.find()).as(shown).isTrue();
    return m;
  }

  /** A printed band [low, high] or [low, high) and whether it holds {@code points}. */
  private static boolean holds(BigDecimal low, BigDecimal high, boolean closed, BigDecimal points) {
    int c = points.compareTo(high);
    return points.compareTo(low) >= 0 && (c < 0 || (c == 0 && closed));
  }

  /**
   * What the explanation of a band pick says of its printed figures holds: accepted points lie in
   * the printed band, refused ones (as the card shows them) outside, and the points given for
   * refused or missing ones are the band's printed end as a card can show it.
   */
  private static void bandHolds(String shown, String band, BigDecimal low, BigDecimal high,
      boolean closed, RuleOutcome outcome) {
    BigDecimal points = RuleHarness.rounded(outcome);
    if (shown.endsWith("points are accepted")) {
      Matcher m = match("the unit's " + N + " points are accepted$", shown);
      assertThat(d(m.group(1))).as(shown).isEqualByComparingTo(points);
      assertThat(holds(low, high, closed, points)).as(shown).isTrue();
      return;
    }
    Matcher end = match("(lower|upper) end, " + N + "$", shown);
    assertThat(d(end.group(2))).as(shown).isEqualByComparingTo(points);
    if (shown.contains("outside")) {
      Matcher m = match("the unit's " + N + " points(, " + N + " as the card shows them,)? lie"
          + " outside", shown);
      BigDecimal compared = m.group(3) != null ? d(m.group(3)) : d(m.group(1));
      assertThat(compared).as(shown).isEqualByComparingTo(
          d(m.group(1)).setScale(2, RoundingMode.HALF_UP));
      assertThat(holds(low, high, closed, compared)).as(shown).isFalse();
    }
    boolean anyInside = holds(low, high, closed, low.setScale(2, RoundingMode.CEILING));
    if (!anyInside) {
      return; // a band too narrow for a hundredth: its exact floor is all it has
    }
    assertThat(holds(low, high, closed, points)).as(shown + " (" + band + ")").isTrue();
    BigDecimal beyond = end.group(1).equals("lower") ? points.subtract(CENT) : points.add(CENT);
    assertThat(holds(low, high, closed, beyond)).as(shown + ": the end a card can show")
        .isFalse();
  }

  @Test
  void aQualitativeBandRecomputesOnEitherScale() {
    // 3.33 × 80 % = 2.664: printed so, and 2.66 lies below it.
    assertThat(english(RuleHarness.qualitative(BuiltInRules.qualitative(), "3.33",
        QualitativeLevel.ACHIEVED, "2.66"))).isEqualTo("履职效果 achieved: the unit's 2.66 points"
        + " lie outside the band [2.664, 3.33] and are refused; scored at the band's lower end,"
        + " 2.67");
    qt().forAll(integers().between(1, 10_000), integers().between(0, 999_999),
        integers().between(0, 7), integers().between(-1, 10_000))
        .checkAssert((w, cuts, which, claim) -> {
          boolean five = which >= 3;
          QualitativeLevel level = QualitativeLevel.values()[which];
          List<BigDecimal> shares = shares(cuts, five ? 4 : 2);
          RuleSpec spec = five
              ? BuiltInRules.qualitativeFiveStep(shares.get(0), shares.get(1), shares.get(2),
                  shares.get(3))
              : BuiltInRules.qualitative(shares.get(0), shares.get(1));
          if (cuts % 2 == 1) {
            spec = RuleSpec.builder().from(spec).putOption(BuiltInRules.PICK, "upper").build();
          }
          BigDecimal weight = BigDecimal.valueOf(w, 2);
          String chosen = claim < 0 ? null
              : BigDecimal.valueOf(claim, 3).min(weight).toPlainString();
          RuleOutcome outcome = RuleHarness.qualitative(spec, weight.toPlainString(), level,
              chosen);
          String shown = english(outcome);
          Matcher m = match("band \\[" + N + ", " + N + "([\\])])", shown);
          int i = QualitativeLevel.of(level.scale()).indexOf(level);
          BigDecimal low = i < shares.size() ? weight.multiply(shares.get(i)) : BigDecimal.ZERO;
          BigDecimal high = i == 0 ? weight : weight.multiply(shares.get(i - 1));
          assertThat(d(m.group(1))).as(shown + ": the exact floor").isEqualByComparingTo(low);
          assertThat(d(m.group(2))).as(shown + ": the exact top").isEqualByComparingTo(high);
          assertThat(m.group(3)).as(shown).isEqualTo(i == 0 ? "]" : ")");
          bandHolds(shown, m.group(), low, high, i == 0, outcome);
        });
  }

  /**
   * {@code count} strictly descending shares of the weight in (0, 1], at three decimals, drawn
   * from {@code cuts}; the first may be 1.
   */
  private static List<BigDecimal> shares(int cuts, int count) {
    List<BigDecimal> shares = new ArrayList<>(count);
    int top = 1000;
    for (int s = 0; s < count; s++) {
      int least = s == 0 ? 0 : 1;
      int most = top - (count - s); // room left for the shares still to come, each at least 1
      int cut = least + (cuts / (s + 1)) % (most - least + 1);
      top -= cut;
      shares.add(BigDecimal.valueOf(top, 3));
    }
    return shares;
  }

  @Test
  void aRangeBandRecomputes() {
    qt().forAll(integers().between(1, 10_000), integers().between(0, 120_000_000),
        integers().between(-1, 10_000), integers().between(0, 1))
        .checkAssert((w, micros, claim, pick) -> {
          BigDecimal weight = BigDecimal.valueOf(w, 2);
          RuleSpec spec = thirds(weight, pick == 1);
          BigDecimal actual = BigDecimal.valueOf(micros, 6);
          String chosen = claim < 0 ? null
              : BigDecimal.valueOf(claim, 2).min(weight).toPlainString();
          RuleOutcome outcome = RuleHarness.chosen(spec, weight.toPlainString(),
              actual.toPlainString(), chosen);
          String shown = english(outcome);
          if (shown.contains("no band")) {
            Matcher m = match("^研究任务完成率 " + N + "% lies in no band", shown);
            assertThat(spec.getBands().stream().anyMatch(b -> b.contains(d(m.group(1)))))
                .as(shown).isFalse();
            return;
          }
          Matcher m = match("^研究任务完成率 " + N + "% lies in the band ([\\[(])([^,]+), ([^\\])]+)"
              + "([\\])]), which gives " + N + "–" + N + " points", shown);
          BigDecimal a = d(m.group(1));
          Band band = spec.getBands().stream().filter(b -> b.contains(a)).findFirst()
              .orElseThrow();
          assertThat(band.contains(actual)).as(shown + ": the band of the exact actual").isTrue();
          assertThat(d(m.group(6))).as(shown).isEqualByComparingTo(band.getPoints());
          assertThat(d(m.group(7))).as(shown)
              .isEqualByComparingTo(band.getPointsTo().orElse(band.getPoints()));
          bandHolds(shown, m.group(), d(m.group(6)), d(m.group(7)), true, outcome);
        });
  }

  /**
   * Three range bands below 80 %, from 80 % to 100 %, and exactly 100 %: a third, two thirds and
   * all of the weight at their tops, each from a hundredth above the previous top (at 3 decimals).
   */
  private static RuleSpec thirds(BigDecimal weight, boolean upper) {
    BigDecimal third = weight.divide(BigDecimal.valueOf(3), 3, RoundingMode.DOWN);
    BigDecimal twoThirds = third.add(third);
    BigDecimal step = new BigDecimal("0.001");
    RuleSpec spec = BuiltInRules.rangeBands(
        Band.range(d("0"), d("80"), BigDecimal.ZERO, third),
        Band.range(d("80"), d("100"), twoThirds.min(third.add(step)), twoThirds),
        Band.exactly(d("100"), weight));
    return upper ? RuleSpec.builder().from(spec).putOption(BuiltInRules.PICK, "upper").build()
        : spec;
  }

  @Test
  void theCoefficientFormRecomputes() {
    qt().forAll(integers().between(1, 10_000), integers().between(0, 100_000_000))
        .checkAssert((w, micros) -> {
          BigDecimal weight = BigDecimal.valueOf(w, 2);
          BigDecimal coefficient = BigDecimal.valueOf(micros, 6);
          RuleOutcome outcome = ScoringRules.standard().find(BuiltInRules.COEFFICIENT)
              .orElseThrow().score(RuleInput.builder().indicatorCode("1").indicatorName("指标")
                  .weight(weight).spec(BuiltInRules.coefficient()).coefficient(coefficient)
                  .build());
          String shown = english(outcome);
          Matcher m = match("^指标: points = " + N + " × " + N + "% \\(the coefficient\\) = " + N
              + "$", shown);
          BigDecimal points = d(m.group(3));
          assertThat(d(m.group(1)).multiply(d(m.group(2))).movePointLeft(2)
              .setScale(2, RoundingMode.HALF_UP)).as(shown).isEqualByComparingTo(points);
          assertThat(RuleHarness.rounded(outcome)).as(shown).isEqualByComparingTo(points);
        });
  }

  @Test
  void aStatedFiveStepScaleOf90To60RecomputesAtEveryLevel() {
    RuleSpec spec = BuiltInRules.qualitativeFiveStep(d("0.9"), d("0.8"), d("0.7"), d("0.6"));
    for (QualitativeLevel level : QualitativeLevel.of(QualitativeScale.FIVE_STEP)) {
      RuleOutcome outcome = RuleHarness.qualitative(spec, "3.33", level, null);
      String shown = english(outcome);
      Matcher m = match("band \\[" + N + ", " + N + "([\\])])", shown);
      // 3.33 × 0.9 = 2.997, × 0.8 = 2.664, × 0.7 = 2.331, × 0.6 = 1.998: printed exactly.
      assertThat(List.of("2.997", "2.664", "2.331", "1.998", "0.00", "3.33"))
          .contains(m.group(1), m.group(2));
      bandHolds(shown, m.group(), d(m.group(1)), d(m.group(2)), m.group(3).equals("]"),
          outcome);
    }
  }
}
