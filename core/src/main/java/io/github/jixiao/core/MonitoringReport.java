package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mid-year monitoring report (绩效运行监控, "双监控": 预算执行 and 绩效目标): what one budget unit
 * reports for a project or its whole spending at a date in the fiscal year — in month m (often
 * 1–7月) — so that each figure can be set against the time elapsed (序时进度, m ÷ 12): the unit
 * (单位编码, 单位名称), the project where it is one, the year and month, the budget for the full year
 * with the amount executed to date ({@link Budget#getExecuted()}: 截至当前执行数), and one row per
 * indicator ({@link MonitoringEntry}). The lights (信号灯) are computed by the rules module.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonitoringReport.class)
@JsonDeserialize(as = ImmutableMonitoringReport.class)
public interface MonitoringReport extends WithMonitoringReport {

  /** 单位编码: the budget unit's code, as its self-evaluation gives it. */
  @NotBlank
  String getDepartmentCode();

  /** 单位名称: the budget unit's name. */
  @NotBlank
  String getDepartmentName();

  /** 项目名称: the project monitored; absent for a unit's whole spending (部门整体). */
  Optional<@Text String> getProject();

  /** The report's title, e.g. 2021年7月绩效运行监控表. */
  Optional<@Text String> getTitle();

  /** 年度: the fiscal year, e.g. 2021. */
  @Min(2000)
  @Max(2100)
  Integer getFiscalYear();

  /** 监控月份: the month the report is at, 1 to 12; time progress is month ÷ 12. */
  @Min(1)
  @Max(12)
  Integer getMonth();

  /** 截至日期: the date the figures are at, as written ("2021年7月31日"), where given. */
  Optional<@Text String> getAsOf();

  /**
   * The id of the rulebook whose monitoring settings (thresholds, progress curve) apply, e.g.
   * {@code gz-dept-2021}; the vendor systems' defaults when absent.
   */
  Optional<@Text String> getRulebook();

  /** 预算: the full-year budget (全年预算数) and the amount executed to date (执行数). */
  @NotNull
  @Valid
  Budget getBudget();

  /** Present when the report is not a unit's own (an example, a test): what was assumed. */
  Optional<@Text String> getAssumption();

  /** The rows, one per indicator, in the sheet's order. */
  List<@Valid MonitoringEntry> getEntries();

  /** The row for the indicator with this code, if any. */
  default Optional<MonitoringEntry> entry(String code) {
    return getEntries().stream().filter(e -> e.getCode().equals(code)).findFirst();
  }

  /** A new builder; {@code builder().from(report)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitoringReport}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableMonitoringReport.Builder {}

  /** Checks the constraints and that no indicator has two rows; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "MonitoringReport", v -> v.unique(getEntries(),
        MonitoringEntry::getCode, "entries", "code"));
  }
}
