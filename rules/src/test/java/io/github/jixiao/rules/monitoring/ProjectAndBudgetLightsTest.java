package io.github.jixiao.rules.monitoring;

import static io.github.jixiao.rules.monitoring.Reports.at;
import static io.github.jixiao.rules.monitoring.Reports.budget;
import static io.github.jixiao.rules.monitoring.Reports.d;
import static io.github.jixiao.rules.monitoring.Reports.positive;
import static io.github.jixiao.rules.monitoring.Reports.qualitative;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.QualitativeLevel;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A project's target light, the worst of its rows' (any red → red; else yellow; else green; else
 * blue), and the budget's: v = 执行率 ÷ (m ÷ 12) × 100, below 60 red, [60, 80) yellow, from 80
 * green; a zero budget not applicable.
 */
class ProjectAndBudgetLightsTest {

  @Test
  void theProjectsLightIsTheWorstOfItsIndicators() {
    // month 6, targets 200: current 100 → v 100 green, 130 → blue, 70 → yellow, 10 → red
    MonitoringCard greenAndBlue = MonitoringLights.of(at(6).addEntries(
        positive("1", "200", "100").build(), positive("2", "200", "130").build()).build());
    MonitoringCard withYellow = MonitoringLights.of(at(6).addEntries(
        positive("1", "200", "130").build(), positive("2", "200", "70").build(),
        positive("3", "200", "100").build()).build());
    MonitoringCard withRed = MonitoringLights.of(at(6).addEntries(
        positive("1", "200", "70").build(), positive("2", "200", "10").build(),
        qualitative("3", QualitativeLevel.ACHIEVED).build()).build());
    MonitoringCard allBlue = MonitoringLights.of(at(6).addEntries(
        positive("1", "200", "130").build(), positive("2", "200", "240").build()).build());

    assertThat(greenAndBlue.projectLight()).contains(Light.GREEN);
    assertThat(withYellow.projectLight()).contains(Light.YELLOW);
    assertThat(withRed.projectLight()).contains(Light.RED);
    assertThat(allBlue.projectLight()).contains(Light.BLUE);
  }

  @Test
  void rowsWithoutALightLeaveTheProjectsLightToTheOthersOrToNone() {
    MonitoringCard some = MonitoringLights.of(at(6).addEntries(
        positive("1", "0", "10").build(), positive("2", "200", "100").build()).build());
    MonitoringCard none = MonitoringLights.of(at(6).addEntries(
        positive("1", "200", null).build()).build());
    MonitoringCard empty = MonitoringLights.of(at(6).build());

    assertThat(some.projectLight()).contains(Light.GREEN);
    assertThat(none.projectLight()).isEmpty();
    assertThat(empty.projectLight()).isEmpty();
  }

  /**
   * Month 6, a full-year budget of 1000 万元: execution rate = executed ÷ 1000, time progress 50 %,
   * v = rate ÷ 50 % × 100 = executed ÷ 5.
   */
  @ParameterizedTest(name = "{0} of 1000 at month 6: rate {1} %, v = {2}, {3}")
  @CsvSource({
      "0, 0.00, 0.00, RED",
      "299.95, 29.99, 59.99, RED",
      "300, 30.00, 60.00, YELLOW",
      "399.95, 39.99, 79.99, YELLOW",
      "400, 40.00, 80.00, GREEN",
      "600, 60.00, 120.00, GREEN",     // no blue for the budget
      "1100, 110.00, 220.00, GREEN"})
  void theBudgetIsLitByItsExecutionRateAgainstTimeProgress(String executed, String rate,
      String ratio, Light expected) {
    BudgetLight b = MonitoringLights.of(at(6).budget(budget("1000", executed)).build()).budget();

    assertThat(b.rate()).contains(d(rate));
    assertThat(b.ratio()).contains(d(ratio));
    assertThat(b.light()).contains(expected);
  }

  @Test
  void theBaiyunBudgetInJulyAndItsSum() {
    // 1653.10 ÷ 3306.19 = 0.500001… → 50.00 %; v = 1653.10 × 12 × 100 ÷ (3306.19 × 7)
    // = 1983720 ÷ 23143.33 = 85.7142… → 85.71, green
    BudgetLight b = MonitoringLights.of(at(7).build()).budget();

    assertThat(b.rate()).contains(d("50.00"));
    assertThat(b.ratio()).contains(d("85.71"));
    assertThat(b.light()).contains(Light.GREEN);
    assertThat(b.explanation(Locale.CHINESE)).isEqualTo("预算执行率 1653.10 ÷ 3306.19 = 50.00%；"
        + "v = 执行率 ÷ 序时进度 58.33% × 100 = 85.71（按精确值判定，显示保留两位小数、舍去尾数）：绿灯");
  }

  @Test
  void aZeroBudgetIsNotApplicableNeverADivisionByZero() {
    BudgetLight b = MonitoringLights.of(at(6).budget(budget("0", "0")).build()).budget();

    assertThat(b.light()).isEmpty();
    assertThat(b.rate()).isEmpty();
    assertThat(b.ratio()).isEmpty();
    assertThat(b.explanation(Locale.CHINESE)).isEqualTo("全年预算数为 0：预算执行不适用");
    assertThat(b.explanation(Locale.ENGLISH))
        .isEqualTo("the full-year budget is 0: budget execution is not applicable");
  }
}
