package io.github.jixiao.rules.monitoring;

import io.github.jixiao.rules.result.CheckReport;
import java.util.List;
import java.util.Optional;

/**
 * A monitoring report lit (监控信号灯结果): the month and its time progress (序时进度), one light
 * per indicator row, the project's target light (the worst of its indicators'; empty when no row
 * has one), the budget's light, and the report's own findings (JX-901 to JX-903).
 *
 * @param month the month the report is at
 * @param progress the time progress due by its end
 * @param rows one per row of the report, in its order
 * @param projectLight the worst light of the rows; empty when none has a light
 * @param budget the budget execution's light
 * @param findings the report's own problems, in report order
 */
public record MonitoringCard(int month, TimeProgress progress, List<IndicatorLight> rows,
    Optional<Light> projectLight, BudgetLight budget, CheckReport findings) {

  /** Copies the rows. */
  public MonitoringCard {
    rows = List.copyOf(rows);
  }

  /** The row of the indicator with this code, if any. */
  public Optional<IndicatorLight> row(String code) {
    return rows.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** Whether a finding of severity error was found. */
  public boolean hasErrors() {
    return findings.hasErrors();
  }
}
