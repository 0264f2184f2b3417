package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.rules.monitoring.IndicatorLight;
import io.github.jixiao.rules.monitoring.Light;
import io.github.jixiao.rules.monitoring.MonitoringCard;
import io.github.jixiao.rules.monitoring.MonitoringLights;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The testkit's monitoring reports (绩效运行监控表) and the lights' law: every generated report is
 * lit without a failure — its project light the worst of its rows', a zero budget not applicable,
 * each positive v the hand's current × 12 × 100 ÷ (target × month) rounded down — and a higher
 * current value never gives a positive row a worse light, a law that catches a lighting that has
 * the thresholds the wrong way round.
 */
class MonitoringGensTest {

  @Test
  void everyGeneratedReportIsLitAndItsFiguresAreTheHandsOwn() {
    qt().withExamples(300).forAll(of(JixiaoGens.monitoringReports())).checkAssert(report -> {
      MonitoringCard card = MonitoringLights.of(report);

      Optional<Light> worst = card.rows().stream().flatMap(r -> r.light().stream())
          .min(java.util.Comparator.naturalOrder());
      assertThat(card.projectLight()).isEqualTo(worst);
      assertThat(card.budget().light().isEmpty())
          .isEqualTo(report.getBudget().getFullYear().signum() == 0);
      for (int i = 0; i < card.rows().size(); i++) {
        MonitoringEntry e = report.getEntries().get(i);
        IndicatorLight row = card.rows().get(i);
        row.ratio().ifPresent(v -> assertThat(v).isEqualTo(e.getCurrent().orElseThrow()
            .multiply(BigDecimal.valueOf(1200)).divide(e.getTarget().orElseThrow()
                .multiply(BigDecimal.valueOf(report.getMonth())), 2, RoundingMode.DOWN)));
      }
    });
  }

  @Test
  void theLightOfAPositiveIndicatorIsMonotoneInItsCurrentValue() {
    MonitoringLaws laws = MonitoringLaws.standard();

    qt().withExamples(500).forAll(of(laws.cases())).checkAssert(laws::check);
    laws.checkRandomly(18, 500);
  }

  @Test
  void theLawCatchesALightingWhoseThresholdsAreTheWrongWayRound() {
    // a "light" that is blue below 60 % of time progress and red from 120 %: backwards
    MonitoringLaws broken = MonitoringLaws.of("Backwards", report -> {
      MonitoringCard card = MonitoringLights.of(report);
      var rows = card.rows().stream().map(r -> new IndicatorLight(r.code(), r.name(), r.path(),
          r.kind(), r.comparison(), r.target(), r.current(), r.ratio(),
          r.light().map(l -> Light.values()[Light.values().length - 1 - l.ordinal()]),
          r.explanation())).toList();
      return new MonitoringCard(card.month(), card.progress(), rows, card.projectLight(),
          card.budget(), card.findings());
    });

    assertThatThrownBy(() -> broken.checkRandomly(18, 200)).isInstanceOfSatisfying(
        LawViolation.class, v -> assertThat(v.law()).isEqualTo(MonitoringLaws.MONOTONE));
  }

  @Test
  void theSimplestReportIsJanuaryWithAZeroBudgetAndNoRows() {
    MonitoringReport simplest = JixiaoGens.monitoringReports().generate((min, max, s) -> s);

    assertThat(simplest.getMonth()).isEqualTo(1);
    assertThat(simplest.getEntries()).isEmpty();
    assertThat(MonitoringLights.of(simplest).budget().light()).isEmpty();
  }
}
