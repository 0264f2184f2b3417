package io.github.jixiao.rules.monitoring;

import io.github.jixiao.core.CompletionLikelihood;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The monitoring report's own problems (监控表问题), the 9xx family: JX-901 a light other than
 * green (yellow, red, or blue: ahead of time is a deviation too) with no 偏差原因说明, which
 * lifecycle.md §2 requires then; JX-902 完成可能性 "cannot be completed" (完全不可能) with no
 * adjustment of the target (绩效目标调整) recorded; JX-903 an adjustment recorded without its
 * reason. A row with no light is not held to JX-901.
 */
final class MonitoringChecks {

  private MonitoringChecks() {}

  static CheckReport of(MonitoringReport report, List<IndicatorLight> rows) {
    List<Finding> found = new ArrayList<>();
    List<MonitoringEntry> entries = report.getEntries();
    for (int i = 0; i < entries.size(); i++) {
      MonitoringEntry e = entries.get(i);
      IndicatorLight row = rows.get(i);
      Argument code = text("code", e.getCode());
      Argument name = text("name", e.getName());
      if (row.light().isPresent() && row.light().get() != Light.GREEN
          && e.getDeviationReason().isEmpty()) {
        found.add(finding(MonitoringLights.UNEXPLAINED, Severity.WARNING,
            row.path() + ".deviationReason", Message.of("rules.monitoring.unexplained", code,
                name, Argument.message("light", RowLights.label(row.light().get())))));
      }
      if (e.getLikelihood().equals(java.util.Optional.of(CompletionLikelihood.IMPOSSIBLE))
          && e.getAdjustment().isEmpty()) {
        found.add(finding(MonitoringLights.IMPOSSIBLE_UNADJUSTED, Severity.ERROR,
            row.path() + ".adjustment", Message.of("rules.monitoring.impossible-unadjusted",
                code, name, Argument.message("likelihood",
                    Message.label(CompletionLikelihood.IMPOSSIBLE)))));
      }
      if (e.getAdjustment().isPresent() && e.getAdjustment().get().getReason().isEmpty()) {
        found.add(finding(MonitoringLights.ADJUSTMENT_WITHOUT_REASON, Severity.WARNING,
            row.path() + ".adjustment.reason",
            Message.of("rules.monitoring.adjustment-without-reason", code, name)));
      }
    }
    found.sort(Finding.reportOrder());
    return CheckReport.builder().findings(found).addChecksRun(MonitoringLights.UNEXPLAINED,
        MonitoringLights.IMPOSSIBLE_UNADJUSTED, MonitoringLights.ADJUSTMENT_WITHOUT_REASON)
        .build();
  }

  private static Finding finding(String code, Severity severity, String path, Message message) {
    return Finding.builder().code(code).checkCode(code).severity(severity).path(path)
        .message(message).build();
  }

  private static Argument text(String name, String value) {
    return Argument.text(name, Echo.text(value));
  }
}
