package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JX-202: the deductions (扣分) on one indicator add up to more than its weight. The finding is at
 * the deduction that takes the running total past the weight; actual is the indicator's whole
 * deduction total.
 */
final class DeductionsAboveWeightCheck extends StandardCheck {

  DeductionsAboveWeightCheck() {
    super(CheckCode.DEDUCTIONS_ABOVE_WEIGHT);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    Map<String, BigDecimal> running = new HashMap<>();
    List<Deduction> deductions = context.evaluation().getDeductions();
    for (int d = 0; d < deductions.size(); d++) {
      String code = deductions.get(d).getIndicatorCode();
      Indicator indicator = context.indicator(code).orElse(null);
      if (indicator == null) {
        continue;
      }
      BigDecimal before = running.getOrDefault(code, BigDecimal.ZERO);
      BigDecimal after = before.add(deductions.get(d).getPoints());
      running.put(code, after);
      BigDecimal weight = indicator.getWeight();
      if (above(after, weight) && !above(before, weight)) {
        BigDecimal total = context.deductionTotal(code);
        findings.add(finding("$.deductions[" + d + "].points").expected(plain(weight))
            .actual(plain(total))
            .message(Message.of("check.deductions.above-weight", code(indicator),
                name(indicator), number("total", total), number("weight", weight)))
            .build());
      }
    }
    return findings;
  }
}
