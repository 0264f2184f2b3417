package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.CompletionLikelihood;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MonitoringAdjustment;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import java.util.List;

/**
 * Mid-year monitoring reports (绩效运行监控表): a month of the year, a budget (sometimes 0) with
 * up to twice it executed, and up to eight rows — positive (≥, &gt;), reverse (≤, &lt;), equal
 * and qualitative — with targets (a positive one sometimes 0) and current values in hundredths,
 * and sometimes a 完成可能性, a 偏差原因说明 and an adjustment with or without its reason. The
 * simplest is January, a zero budget and no rows.
 */
final class MonitoringReports {

  /** The most of a target, in hundredths: 1 000 000.00. */
  static final long MOST_TARGET = 100_000_000L;

  private static final List<String> NAMES = List.of("常委会会议次数", "预算完成率", "代表议案办结率",
      "\"三公经费\"控制率", "履职效果", "信息公开及时率", "代表培训人次", "群众满意度");
  private static final List<String> REASONS = List.of("部分会议经费尚未结算支付",
      "代表活动集中安排在下半年", "疫情防控要求减少集中会议");

  private MonitoringReports() {}

  static Gen<MonitoringReport> reports() {
    return source -> {
      int month = source.intBetween(1, 12);
      long budget = source.between(0, 100_000_000L);
      long executed = source.between(0, 2 * budget);
      MonitoringReport.Builder report = MonitoringReport.builder()
          .departmentCode("gen-" + source.between(0, 999)).departmentName(
              source.choose(Words.DEPARTMENTS)).fiscalYear(source.intBetween(2000, 2100))
          .month(month).budget(Budget.builder().fullYear(Decimals.hundredths(budget))
              .executed(Decimals.hundredths(executed)).build());
      int rows = source.intBetween(0, 8);
      for (int i = 1; i <= rows; i++) {
        report.addEntries(entry(source, String.valueOf(i)));
      }
      return report.build();
    };
  }

  /** One row with code {@code code}, of any kind. */
  static MonitoringEntry entry(Source source, String code) {
    MonitoringEntry.Builder b = MonitoringEntry.builder().code(code)
        .name(source.choose(NAMES));
    int kind = source.intBetween(0, 3);
    if (kind == 3) {
      b.kind(IndicatorKind.QUALITATIVE).operator(Operator.QUALITATIVE);
      if (source.between(0, 7, 1) != 0) {
        b.currentLevel(source.choose(QualitativeLevel.of(
            io.github.jixiao.core.QualitativeScale.THREE_STEP)));
      }
    } else {
      Operator op = source.choose(kind == 0 ? List.of(Operator.AT_LEAST, Operator.ABOVE)
          : kind == 1 ? List.of(Operator.AT_MOST, Operator.BELOW) : List.of(Operator.EQUAL));
      long target = source.between(0, MOST_TARGET, 10_000);
      b.kind(IndicatorKind.QUANTITATIVE).operator(op).direction(op.direction().orElseThrow())
          .target(Decimals.hundredths(target)).unit(source.choose(List.of("%", "次", "件")));
      if (source.between(0, 7, 1) != 0) {
        b.current(Decimals.hundredths(source.between(0, 3 * Math.max(target, 100))));
      }
    }
    if (source.nextBoolean()) {
      b.likelihood(source.choose(List.of(CompletionLikelihood.values())));
    }
    if (source.nextBoolean()) {
      b.deviationReason(source.choose(REASONS));
    }
    if (source.nextBoolean()) {
      MonitoringAdjustment.Builder adjustment = MonitoringAdjustment.builder();
      if (source.nextBoolean()) {
        adjustment.reason(source.choose(REASONS));
      }
      b.adjustment(adjustment.build());
    }
    return b.build();
  }

  /** A positive row (≥): a target above 0 and a current value, in hundredths. */
  static Gen<MonitoringEntry> positive() {
    return source -> MonitoringEntry.builder().code("1").name(source.choose(NAMES))
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
        .operator(Operator.AT_LEAST).target(Decimals.hundredths(source.between(1, MOST_TARGET,
            10_000))).current(Decimals.hundredths(source.between(0, 3 * MOST_TARGET))).build();
  }
}
