package io.github.jixiao.rules.monitoring;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lights a mid-year monitoring report (绩效运行监控信号灯), as lifecycle.md §2 gives the vendor
 * systems' rules: each row against time progress (序时进度, month ÷ 12 unless the rulebook gives
 * checkpoints), the project's light the worst of its rows', the budget's execution rate (执行率 =
 * 执行数 ÷ 全年预算数) against time progress, and the report's own problems.
 *
 * <p>Arithmetic is exact: time progress is a fraction, each light is decided on the exact ratio,
 * and each figure shown is divided once, at 2 decimals rounded down ({@link RoundingMode#DOWN}),
 * so that a figure shown is never on the other side of a threshold from the value it stands for
 * (59.996 shows as 59.99, red). A positive indicator's target of 0 and a budget of 0 are not
 * applicable, never a division by zero.
 */
public final class MonitoringLights {

  /** JX-901: a light other than green with no 偏差原因说明 (warning). */
  public static final String UNEXPLAINED = "JX-901";
  /** JX-902: 完成可能性 "cannot be completed" with no adjustment of the target (error). */
  public static final String IMPOSSIBLE_UNADJUSTED = "JX-902";
  /** JX-903: an adjustment of the target recorded without its reason (warning). */
  public static final String ADJUSTMENT_WITHOUT_REASON = "JX-903";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MonitoringLights() {}

  /** The lights of {@code report} under its rulebook's settings, {@code rulebook}'s. */
  public static MonitoringCard of(MonitoringReport report, Rulebook rulebook) {
    return of(report, Objects.requireNonNull(rulebook, "rulebook").getMonitoring());
  }

  /** The lights of {@code report} under the vendor systems' settings (60 / 80 / 120, linear). */
  public static MonitoringCard of(MonitoringReport report) {
    return of(report, MonitoringSettings.standard());
  }

  /** The lights of {@code report} under {@code settings}. */
  public static MonitoringCard of(MonitoringReport report, MonitoringSettings settings) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(settings, "settings");
    TimeProgress progress = TimeProgress.at(report.getMonth(), settings);
    List<IndicatorLight> rows = new ArrayList<>(report.getEntries().size());
    Optional<Light> worst = Optional.empty();
    List<MonitoringEntry> entries = report.getEntries();
    Argument shown = Argument.number("progress", progress.percent());
    for (int i = 0; i < entries.size(); i++) {
      IndicatorLight row = RowLights.of(entries.get(i), "$.entries[" + i + "]", progress, shown,
          settings);
      rows.add(row);
      if (row.light().isPresent()) {
        Light light = row.light().get();
        worst = Optional.of(worst.map(light::worse).orElse(light));
      }
    }
    return new MonitoringCard(report.getMonth(), progress, rows, worst,
        budget(report.getBudget(), progress, settings), MonitoringChecks.of(report, rows));
  }

  /**
   * The budget's light: v = 执行率 ÷ 序时进度 × 100 = 执行数 ÷ (全年预算数 × 序时进度) × 100, below
   * the yellow threshold red, below the green one yellow, else green; a budget of 0 is not
   * applicable.
   */
  static BudgetLight budget(Budget budget, TimeProgress progress, MonitoringSettings s) {
    BigDecimal fullYear = budget.getFullYear();
    BigDecimal executed = budget.getExecuted();
    if (fullYear.signum() == 0) {
      return new BudgetLight(fullYear, executed, Optional.empty(), Optional.empty(),
          Optional.empty(), Message.of("rules.monitoring.zero-budget",
              Argument.number("fullYear", fullYear)));
    }
    BigDecimal rate = executed.multiply(HUNDRED).divide(fullYear, 2, RoundingMode.DOWN);
    TimeProgress.Ratio v = progress.of(executed, fullYear);
    BigDecimal ratio = v.shown();
    Light light = !v.reaches(s.getBudgetYellowFrom()) ? Light.RED
        : v.reaches(s.getBudgetGreenFrom()) ? Light.GREEN : Light.YELLOW;
    return new BudgetLight(fullYear, executed, Optional.of(rate), Optional.of(ratio),
        Optional.of(light), Message.of("rules.monitoring.budget",
            Argument.number("executed", executed), Argument.number("fullYear", fullYear),
            Argument.number("rate", rate), Argument.number("progress", progress.percent()),
            Argument.number("ratio", ratio), Argument.message("light", RowLights.label(light))));
  }
}
