package io.github.jixiao.rules.monitoring;

import static io.github.jixiao.rules.monitoring.Reports.at;
import static io.github.jixiao.rules.monitoring.Reports.d;
import static io.github.jixiao.rules.monitoring.Reports.positive;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.jixiao.core.CompletionLikelihood;
import io.github.jixiao.core.MonitoringAdjustment;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The monitoring report's own problems: JX-901 a light other than green with no 偏差原因说明;
 * JX-902 完成可能性 完全不可能 with no adjustment; JX-903 an adjustment without its reason — each
 * with a row that triggers it and one that does not.
 */
class MonitoringChecksTest {

  @Test
  void aLightOtherThanGreenNeedsADeviationReason() {
    // month 6, target 200: 70 → yellow, 10 → red, 130 → blue, 100 → green
    MonitoringCard card = MonitoringLights.of(at(6).addEntries(
        positive("1", "200", "70").build(),
        positive("2", "200", "10").deviationReason("会议推迟至下半年召开").build(),
        positive("3", "200", "130").build(),
        positive("4", "200", "100").build(),
        positive("5", "200", null).build()).build());

    assertThat(card.findings().getFindings()).extracting(Finding::getCode, Finding::getPath,
        Finding::getSeverity).containsExactly(
            tuple("JX-901", "$.entries[0].deviationReason", Severity.WARNING),
            tuple("JX-901", "$.entries[2].deviationReason", Severity.WARNING));
    assertThat(card.findings().getFindings().get(0).message(Locale.CHINESE))
        .isEqualTo("“1 常委会会议次数”亮黄灯，但未填写偏差原因说明：信号灯不为绿灯时须说明");
    assertThat(card.findings().getChecksRun()).containsExactly("JX-901", "JX-902", "JX-903");
    assertThat(card.hasErrors()).isFalse();
  }

  @Test
  void cannotBeCompletedNeedsAnAdjustment() {
    // month 7, target 200: 120 ÷ (200 × 7 ÷ 12) × 100 = 102.85…: green, no JX-901
    MonitoringCard card = MonitoringLights.of(at(7).addEntries(
        positive("1", "200", "120").likelihood(CompletionLikelihood.IMPOSSIBLE).build(),
        positive("2", "200", "120").likelihood(CompletionLikelihood.IMPOSSIBLE)
            .adjustment(MonitoringAdjustment.builder().target(d("150"))
                .reason("疫情防控要求减少集中会议").build()).build(),
        positive("3", "200", "120").likelihood(CompletionLikelihood.POSSIBLE).build())
        .build());

    assertThat(card.findings().getFindings()).singleElement().satisfies(f -> {
      assertThat(f.getCode()).isEqualTo("JX-902");
      assertThat(f.getPath()).isEqualTo("$.entries[0].adjustment");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("“1 常委会会议次数”的完成可能性为“完全不可能”，但未记录绩效目标调整");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("'1 常委会会议次数' is marked cannot be "
          + "completed but no adjustment of its target is recorded");
    });
    assertThat(card.hasErrors()).isTrue();
  }

  @Test
  void anAdjustmentNeedsAReason() {
    MonitoringCard card = MonitoringLights.of(at(7).addEntries(
        positive("1", "200", "120").adjustment(MonitoringAdjustment.builder()
            .target(d("150")).build()).build(),
        positive("2", "200", "120").adjustment(MonitoringAdjustment.builder()
            .target(d("150")).reason("疫情防控要求减少集中会议").build()).build()).build());

    assertThat(card.findings().getFindings()).extracting(Finding::getCode, Finding::getPath)
        .containsExactly(tuple("JX-903", "$.entries[0].adjustment.reason"));
  }

  @Test
  void aCleanReportHasNoFinding() {
    MonitoringCard card = MonitoringLights.of(at(7).addEntries(
        positive("1", "24", "14").likelihood(CompletionLikelihood.CERTAIN).build()).build());

    // 14 ÷ (24 × 7 ÷ 12) × 100 = 14 × 12 × 100 ÷ 168 = 100.00: green
    assertThat(card.rows().get(0).ratio()).contains(d("100.00"));
    assertThat(card.findings().getFindings()).isEmpty();
  }
}
