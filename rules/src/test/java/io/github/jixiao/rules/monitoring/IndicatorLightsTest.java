package io.github.jixiao.rules.monitoring;

import static io.github.jixiao.rules.monitoring.Reports.at;
import static io.github.jixiao.rules.monitoring.Reports.d;
import static io.github.jixiao.rules.monitoring.Reports.equal;
import static io.github.jixiao.rules.monitoring.Reports.positive;
import static io.github.jixiao.rules.monitoring.Reports.qualitative;
import static io.github.jixiao.rules.monitoring.Reports.reverse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The light of each kind of row (lifecycle.md §2), at the boundaries of the vendor system's
 * thresholds: a positive indicator by v = 当前完成值 ÷ (年度指标值 ÷ 12 × m) × 100, v &lt; 60 red,
 * [60, 80) yellow, [80, 120) green, ≥ 120 blue; reverse and equal green or red; a level by 达成 /
 * 部分达成 / 未达成.
 */
class IndicatorLightsTest {

  private static IndicatorLight light(int month, MonitoringEntry row) {
    return MonitoringLights.of(at(month).addEntries(row).build()).rows().get(0);
  }

  /**
   * Month 6: time progress 6 ÷ 12 = 50 %. A target of 200 次 is due at 100 by the end of June, so
   * v = current ÷ (200 × 50 %) × 100 = current: 59.99 is 59.99 % of time progress, and so on.
   */
  @ParameterizedTest(name = "{0} of 200 at month 6: v = {1}, {2}")
  @CsvSource({
      "0, 0.00, RED",          // a value of 0 is red
      "59.99, 59.99, RED",
      "60, 60.00, YELLOW",
      "79.99, 79.99, YELLOW",
      "80, 80.00, GREEN",
      "119.99, 119.99, GREEN",
      "120, 120.00, BLUE",
      "250, 250.00, BLUE"})
  void aPositiveIndicatorIsLitByItsShareOfTimeProgressAtEachBoundary(String current,
      String ratio, Light expected) {
    IndicatorLight row = light(6, positive("1.1", "200", current).build());

    assertThat(row.ratio()).contains(d(ratio));
    assertThat(row.light()).contains(expected);
  }

  @Test
  void theLightIsDecidedOnTheExactRatioAndTheFigureShownIsRoundedDown() {
    // month 6, target 100 %: v = current × 12 × 100 ÷ (100 × 6) = 2 × current
    // 29.999 → v = 59.998, shown 59.99 (not 60.00), red; 30 → 60.00, yellow
    IndicatorLight below = light(6, positive("1.1", "100", "29.999").build());
    IndicatorLight at = light(6, positive("1.1", "100", "30").build());

    assertThat(below.ratio()).contains(d("59.99"));
    assertThat(below.light()).contains(Light.RED);
    assertThat(at.ratio()).contains(d("60.00"));
    assertThat(at.light()).contains(Light.YELLOW);
  }

  @Test
  void julyIsSevenTwelfthsOfTheYearAndTheExplanationShowsTheSum() {
    // 45 ÷ (100 × 7 ÷ 12) × 100 = 45 × 12 ÷ 7 = 77.142857… → 77.14, yellow; 7/12 = 58.333… → 58.33
    IndicatorLight row = light(7, positive("2.1.1", "100", "45").build());

    assertThat(row.ratio()).contains(d("77.14"));
    assertThat(row.light()).contains(Light.YELLOW);
    assertThat(row.explanation(Locale.CHINESE)).isEqualTo("v = 45 ÷（100 × 序时进度 58.33%）× 100 = "
        + "77.14（按精确值判定，显示保留两位小数、舍去尾数）：黄灯");
    assertThat(row.explanation(Locale.ENGLISH)).isEqualTo("v = 45 ÷ (100 × time progress 58.33%)"
        + " × 100 = 77.14 (judged on the exact value, shown at 2 decimals rounded down): yellow");
  }

  @Test
  void aStrictOperatorIsPositiveToo() {
    MonitoringEntry above = positive("1.1", "200", "80").operator(Operator.ABOVE).build();

    assertThat(light(6, above).light()).contains(Light.GREEN);
    assertThat(light(6, above).comparison()).isEqualTo(">");
  }

  @ParameterizedTest(name = "{1} {2} with {3}: {4}")
  @CsvSource({
      "AT_MOST, ≤, 100, 100, GREEN",
      "AT_MOST, ≤, 100, 100.01, RED",
      "AT_MOST, ≤, 100, 0, GREEN",
      "BELOW, <, 100, 99.99, GREEN",
      "BELOW, <, 100, 100, RED"})
  void aReverseIndicatorIsGreenWithinItsLimitElseRed(Operator operator, String symbol,
      String target, String current, Light expected) {
    IndicatorLight row = light(6, reverse("2.1.2", operator, target, current).build());

    assertThat(row.light()).contains(expected);
    assertThat(row.comparison()).isEqualTo(symbol);
    assertThat(row.ratio()).isEmpty();
  }

  @Test
  void anEqualIndicatorIsGreenOnItsValueElseRed() {
    assertThat(light(6, equal("1.3", "100", "100.000").build()).light()).contains(Light.GREEN);
    assertThat(light(6, equal("1.3", "100", "99").build()).light()).contains(Light.RED);
    assertThat(light(6, equal("1.3", "100", "101").build()).light()).contains(Light.RED);
    // a target of 0 compares, it divides nothing
    assertThat(light(6, equal("1.3", "0", "0").build()).light()).contains(Light.GREEN);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "ACHIEVED, GREEN", "PARTLY_ACHIEVED, YELLOW", "NOT_ACHIEVED, RED",
      "EXCELLENT, GREEN", "GOOD, GREEN", "FAIR, YELLOW", "LOW, RED", "POOR, RED"})
  void aQualitativeIndicatorIsLitByTheLevelReached(QualitativeLevel level, Light expected) {
    IndicatorLight row = light(7, qualitative("1.2", level).build());

    assertThat(row.light()).contains(expected);
    assertThat(row.comparison()).isEqualTo("定性");
    assertThat(row.current()).contains(level.label());
  }

  @Test
  void aZeroTargetIsNotApplicableNeverADivisionByZero() {
    IndicatorLight zero = light(6, positive("1.1", "0", "5").build());
    IndicatorLight negative = light(6, positive("1.1", "-3", "5").build());

    assertThat(zero.light()).isEmpty();
    assertThat(zero.ratio()).isEmpty();
    assertThat(zero.explanation(Locale.CHINESE)).isEqualTo("年度指标值为 0：与序时进度之比不适用");
    assertThat(negative.light()).isEmpty();
  }

  @Test
  void aRowWithoutACurrentValueATargetOrALevelHasNoLight() {
    IndicatorLight none = light(7, positive("1.1", "200", null).build());
    IndicatorLight text = light(7, positive("1.1", "200", null).currentWritten("进展顺利").build());
    IndicatorLight noTarget = light(7, positive("1.1", "200", "5").target(Optional.empty())
        .build());
    IndicatorLight noLevel = light(7, qualitative("1.2", null).build());

    assertThat(none.light()).isEmpty();
    assertThat(none.explanation(Locale.ENGLISH)).isEqualTo("no current value reported: no light");
    assertThat(text.light()).isEmpty();
    assertThat(text.current()).contains("进展顺利");
    assertThat(text.explanation(Locale.CHINESE)).isEqualTo("当前完成值“进展顺利”无法读取为数值：不亮灯");
    assertThat(noTarget.light()).isEmpty();
    assertThat(noLevel.light()).isEmpty();
  }

  @Test
  void theTargetAndCurrentAreShownAsWrittenElseAsNumberAndUnit() {
    IndicatorLight written = light(7, positive("1.1", "24", "13").targetWritten("≥24次")
        .currentWritten("13次").build());
    IndicatorLight plain = light(7, positive("1.1", "24", "13").build());

    assertThat(written.target()).contains("≥24次");
    assertThat(written.current()).contains("13次");
    assertThat(plain.target()).contains("24次");
    assertThat(plain.current()).contains("13次");
  }
}
