package io.github.jixiao.rules.monitoring;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import java.math.BigDecimal;

/** Monitoring reports for the tests: the Baiyun office's, at a month, with rows given. */
final class Reports {

  private Reports() {}

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static MonitoringReport.Builder at(int month) {
    return MonitoringReport.builder().departmentCode("baiyun-rd-sc-office")
        .departmentName("广州市白云区人民代表大会常务委员会办公室").fiscalYear(2021).month(month)
        .budget(budget("3306.19", "1653.10"));
  }

  static Budget budget(String fullYear, String executed) {
    return Budget.builder().fullYear(d(fullYear)).executed(d(executed)).build();
  }

  /** A positive row: ≥ {@code target} 次, {@code current} reached. */
  static MonitoringEntry.Builder positive(String code, String target, String current) {
    MonitoringEntry.Builder b = MonitoringEntry.builder().code(code).name("常委会会议次数")
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
        .operator(Operator.AT_LEAST).target(d(target)).unit("次");
    return current == null ? b : b.current(d(current));
  }

  /** A reverse row: {@code operator} {@code target} %, {@code current} reached. */
  static MonitoringEntry.Builder reverse(String code, Operator operator, String target,
      String current) {
    return MonitoringEntry.builder().code(code).name("\"三公经费\"控制率")
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_MOST).operator(operator)
        .target(d(target)).unit("%").current(d(current));
  }

  /** An equal row: = {@code target}, {@code current} reached. */
  static MonitoringEntry.Builder equal(String code, String target, String current) {
    return MonitoringEntry.builder().code(code).name("人大代表议案办理数")
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.EQUAL).operator(Operator.EQUAL)
        .target(d(target)).unit("件").current(d(current));
  }

  /** A qualitative row at {@code level}. */
  static MonitoringEntry.Builder qualitative(String code, QualitativeLevel level) {
    MonitoringEntry.Builder b = MonitoringEntry.builder().code(code).name("履职效果")
        .kind(IndicatorKind.QUALITATIVE).operator(Operator.QUALITATIVE)
        .targetText("履行好各项主要职能");
    return level == null ? b : b.currentLevel(level);
  }
}
