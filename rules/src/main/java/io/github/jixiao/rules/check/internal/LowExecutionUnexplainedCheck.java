package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JX-405: the execution rate as a report prints it (executed ÷ full-year × 100, two decimals, half
 * up: 89.99 fires, 89.995 → 90.00 does not) is below 90 % and nothing explains it.
 * It is explained by a deviation reason (偏差原因) on the entry of an indicator whose formula is
 * {@code execution-rate}, or by a problem (存在的问题) that names such an indicator's code or the
 * area {@value #AREA} (预算执行), {@code 预算执行率} or {@code 预算完成率}.
 */
final class LowExecutionUnexplainedCheck extends StandardCheck {

  static final String AREA = "预算执行";
  private static final Set<String> AREAS = Set.of(AREA, "预算执行率", "预算完成率");
  private static final BigDecimal NINETY = BigDecimal.valueOf(90);

  LowExecutionUnexplainedCheck() {
    super(CheckCode.LOW_EXECUTION_UNEXPLAINED);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Optional<Percentage> rate = context.executionRate(2);
    if (rate.isEmpty() || rate.get().value().compareTo(NINETY) >= 0 || explained(context)) {
      return List.of();
    }
    return List.of(finding("$.budget.executed").expected("90.00")
        .actual(plain(rate.get().value()))
        .message(Message.of("check.low-execution", number("rate", rate.get().value())))
        .build());
  }

  private static boolean explained(CheckContext context) {
    Set<String> rateIndicators = new HashSet<>();
    for (Indicator indicator : context.evaluation().getIndicators()) {
      if (indicator.getFormula().equals(Optional.of(Formulas.EXECUTION_RATE))) {
        rateIndicators.add(indicator.getCode());
        if (context.entry(indicator.getCode()).flatMap(e -> e.getDeviationReason()).isPresent()) {
          return true;
        }
      }
    }
    for (Problem problem : context.evaluation().getProblems()) {
      for (String area : problem.getAreas()) {
        if (AREAS.contains(area)) {
          return true;
        }
      }
      for (String code : problem.getIndicatorCodes()) {
        if (rateIndicators.contains(code)) {
          return true;
        }
      }
    }
    return false;
  }
}
