package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-211 (lifecycle.md §3, flagged in some provinces): a reverse (≤) indicator above its limit,
 * or an equal (=) one off its value, that still claims its full points — a 2.4 × cost overrun
 * kept at 10 of 10. Path {@code $.entries[i].claimedScore}; expected less than the weight,
 * actual the claim.
 */
final class FullPointsOffTargetCheck extends StandardCheck {

  FullPointsOffTargetCheck() {
    super(CheckCode.FULL_POINTS_OFF_TARGET);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (int e = 0; e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator == null || indicator.getKind() != IndicatorKind.QUANTITATIVE
          || indicator.getDirection().isEmpty() || indicator.getTarget().isEmpty()
          || entry.getActual().isEmpty() || !Groups.full(indicator, entry)) {
        continue;
      }
      Direction direction = indicator.getDirection().get();
      int c = entry.getActual().get().compareTo(indicator.getTarget().get());
      boolean off = direction == Direction.AT_MOST ? c > 0 : direction == Direction.EQUAL && c != 0;
      if (off) {
        findings.add(finding("$.entries[" + e + "].claimedScore")
            .expected("< " + plain(indicator.getWeight()))
            .actual(plain(entry.getClaimedScore().orElseThrow()))
            .message(Message.of("check.full-points-off-target", code(indicator), name(indicator),
                number("actual", entry.getActual().get()),
                Argument.text("direction", direction.symbol()),
                number("target", indicator.getTarget().get()),
                number("weight", indicator.getWeight())))
            .build());
      }
    }
    return findings;
  }
}
