package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-406: an indicator missed its target (by its direction, or below 达成) and its entry gives no
 * deviation reason (偏差原因分析). Path {@code $.entries[i].deviationReason}; expected the target
 * ({@code ≥ 100}, {@code ACHIEVED}), actual the result ({@code 80}, {@code PARTLY_ACHIEVED}).
 */
final class MissedTargetUnexplainedCheck extends StandardCheck {

  MissedTargetUnexplainedCheck() {
    super(CheckCode.MISSED_TARGET_UNEXPLAINED);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (int e = 0; e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator == null || entry.getDeviationReason().isPresent()) {
        continue;
      }
      int at = e;
      Targets.miss(indicator, entry).ifPresent(m -> findings.add(
          finding("$.entries[" + at + "].deviationReason").expected(m.expected()).actual(m.actual())
              .message(m.message("check.missed-target", "check.missed-target.level",
                  indicator))
              .build()));
    }
    return findings;
  }
}
