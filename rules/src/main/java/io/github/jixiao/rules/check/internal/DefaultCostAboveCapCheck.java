package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * JX-213, an entry check some systems make (lifecycle.md §3): a leaf under 成本指标 with no target
 * at all — neither a value nor words, the default a system fills in when the unit declared no
 * cost indicator — claims more than the rulebook's {@link Rulebook#getDefaultCostCap()} (one
 * province: 5 points). Only under a rulebook that sets the cap. Path {@code
 * $.entries[i].claimedScore}; expected {@code ≤ cap}, actual the claim in the end (less the
 * 扣减分数 column where the rulebook takes it).
 */
final class DefaultCostAboveCapCheck extends EntryCheck {

  DefaultCostAboveCapCheck() {
    super(CheckCode.DEFAULT_COST_ABOVE_CAP);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, IndicatorEntry entry,
      Indicator indicator) {
    Optional<BigDecimal> cap = context.rulebook().flatMap(Rulebook::getDefaultCostCap);
    Optional<BigDecimal> claimed = context.netClaim(entry.getIndicatorCode());
    if (cap.isEmpty() || claimed.isEmpty() || !above(claimed.get(), cap.get())
        || indicator.getTarget().isPresent() || indicator.getTargetText().isPresent()
        || indicator.getTargetWritten().isPresent()
        || !Groups.belowA(context, indicator, "成本")) {
      return Optional.empty();
    }
    return Optional.of(finding(at + ".claimedScore").expected("≤ " + plain(cap.get()))
        .actual(plain(claimed.get()))
        .message(Message.of("check.default-cost-above-cap", code(indicator), name(indicator),
            number("claimed", claimed.get()), number("cap", cap.get())))
        .build());
  }
}
