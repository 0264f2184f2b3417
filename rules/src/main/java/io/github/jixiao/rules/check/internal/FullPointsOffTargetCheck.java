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
import java.util.Optional;

/**
 * JX-211 (lifecycle.md §3, flagged in some provinces): a reverse (≤) indicator above its limit,
 * or an equal (=) one off its value, that still claims its full points — a 2.4 × cost overrun
 * kept at 10 of 10. Path {@code $.entries[i].claimedScore}; expected less than the weight,
 * actual the claim.
 */
final class FullPointsOffTargetCheck extends EntryCheck {

  FullPointsOffTargetCheck() {
    super(CheckCode.FULL_POINTS_OFF_TARGET);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, IndicatorEntry entry,
      Indicator indicator) {
    if (indicator.getKind() != IndicatorKind.QUANTITATIVE || indicator.getDirection().isEmpty()
        || indicator.getTarget().isEmpty() || entry.getActual().isEmpty()
        || !Groups.full(context, indicator, entry)) {
      return Optional.empty();
    }
    Direction direction = indicator.getDirection().get();
    int c = entry.getActual().get().compareTo(indicator.getTarget().get());
    boolean off = direction == Direction.AT_MOST ? c > 0 : direction == Direction.EQUAL && c != 0;
    if (!off) {
      return Optional.empty();
    }
    return Optional.of(finding(at + ".claimedScore").expected("< " + plain(indicator.getWeight()))
        .actual(plain(entry.getClaimedScore().orElseThrow()))
        .message(Message.of("check.full-points-off-target", code(indicator), name(indicator),
            number("actual", entry.getActual().get()),
            Argument.text("direction", direction.symbol()),
            number("target", indicator.getTarget().get()),
            number("weight", indicator.getWeight())))
        .build());
  }
}
