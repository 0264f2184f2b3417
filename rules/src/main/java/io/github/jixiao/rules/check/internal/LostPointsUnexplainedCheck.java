package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * JX-210, the vendor systems' entry check (lifecycle.md §3): 得分 &lt; 分值 requires a 偏差原因及改进措施
 * — for any lost point, not only a missed target (a missed target without a reason is JX-406's,
 * and not repeated here). An indicator with a formula (the execution line) is explained by its
 * own figure. Path {@code $.entries[i].deviationReason}; expected the weight, actual
 * the claimed score.
 */
final class LostPointsUnexplainedCheck extends EntryCheck {

  LostPointsUnexplainedCheck() {
    super(CheckCode.LOST_POINTS_UNEXPLAINED);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, IndicatorEntry entry,
      Indicator indicator) {
    if (indicator.getFormula().isPresent() || entry.getDeviationReason().isPresent()
        || context.netClaim(entry.getIndicatorCode()).isEmpty()
        || Groups.full(context, indicator, entry)
        || Targets.miss(indicator, entry).isPresent()) {
      return Optional.empty();
    }
    BigDecimal claimed = context.netClaim(entry.getIndicatorCode()).orElseThrow();
    return Optional.of(finding(at + ".deviationReason").expected(plain(indicator.getWeight()))
        .actual(plain(claimed))
        .message(Message.of("check.lost-points-unexplained", code(indicator), name(indicator),
            number("claimed", claimed),
            number("weight", indicator.getWeight())))
        .build());
  }
}
