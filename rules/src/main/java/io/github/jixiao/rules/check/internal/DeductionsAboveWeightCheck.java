package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
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
 * deduction total. Under a rulebook that subtracts a 扣减分数 column ({@code deductionsColumn}),
 * an entry's column counts with the listed deductions (the finding is then at the entry's
 * {@code deduction}).
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
    if (context.rulebook().isPresent() && context.rulebook().get().isDeductionsColumn()) {
      column(context, running, findings);
    }
    return findings;
  }

  /**
   * Under a rulebook that subtracts the 扣减分数 column: an entry whose column, with the listed
   * deductions, takes more than the weight (path {@code $.entries[i].deduction}), when the listed
   * ones alone did not.
   */
  private void column(CheckContext context, Map<String, BigDecimal> listed,
      List<Finding> findings) {
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (int e = 0; e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator == null || entry.getDeduction().isEmpty()) {
        continue;
      }
      BigDecimal before = listed.getOrDefault(entry.getIndicatorCode(), BigDecimal.ZERO);
      BigDecimal total = before.add(entry.getDeduction().get());
      BigDecimal weight = indicator.getWeight();
      if (above(total, weight) && !above(before, weight)) {
        findings.add(finding("$.entries[" + e + "].deduction").expected(plain(weight))
            .actual(plain(total))
            .message(Message.of("check.deductions.above-weight", code(indicator),
                name(indicator), number("total", total), number("weight", weight)))
            .build());
      }
    }
  }
}
