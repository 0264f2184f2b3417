package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * JX-604, a contradiction reviewers list (lifecycle.md §4): the money almost unspent — execution
 * below {@value #THRESHOLD_PERCENT} % (0.08 % in a published review) — while every 产出 leaf the
 * unit scored keeps its full points: outputs cannot be whole when the money was not spent. Path
 * {@code $.budget.executed}; expected {@code ≥ 10.00}, actual the rate at 2 decimals.
 */
final class UnspentWithFullOutputsCheck extends StandardCheck {

  /** Execution below this many percent is "almost unspent". */
  static final int THRESHOLD_PERCENT = 10;

  UnspentWithFullOutputsCheck() {
    super(CheckCode.UNSPENT_WITH_FULL_OUTPUTS);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Optional<Percentage> rate = context.executionRate(2);
    if (rate.isEmpty() || rate.get().value().compareTo(BigDecimal.valueOf(THRESHOLD_PERCENT))
        >= 0) {
      return List.of();
    }
    int outputs = 0;
    for (IndicatorEntry entry : context.evaluation().getEntries()) {
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator == null || !context.isLeaf(indicator.getCode())
          || !Groups.top(context, indicator).map(t -> t.getName().contains("产出")).orElse(false)
          || entry.getClaimedScore().isEmpty()) {
        continue;
      }
      if (!Groups.full(context, indicator, entry)) {
        return List.of();
      }
      outputs++;
    }
    if (outputs == 0) {
      return List.of();
    }
    return List.of(finding("$.budget.executed").expected("≥ " + THRESHOLD_PERCENT + ".00")
        .actual(rate.get().value().toPlainString())
        .message(Message.of("check.unspent-with-full-outputs",
            number("rate", rate.get().value()), Argument.number("outputs", outputs),
            Argument.number("threshold", THRESHOLD_PERCENT)))
        .build());
  }
}
