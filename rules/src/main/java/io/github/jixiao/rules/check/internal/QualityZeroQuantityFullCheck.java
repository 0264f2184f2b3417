package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-605, a contradiction reviewers list (lifecycle.md §4): a 质量 indicator scored 0 beside a 数量
 * indicator under the same level-1 产出 group kept at full points — the work was not accepted (未验收) and
 * yet counted as done. Path {@code $.entries[i].claimedScore} of the quantity; expected less than
 * its weight, actual the full points; the message names the quality indicator.
 */
final class QualityZeroQuantityFullCheck extends StandardCheck {

  QualityZeroQuantityFullCheck() {
    super(CheckCode.QUALITY_ZERO_QUANTITY_FULL);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    List<Indicator> zeroQuality = new ArrayList<>();
    for (IndicatorEntry entry : entries) {
      context.indicator(entry.getIndicatorCode())
          .filter(i -> context.isLeaf(i.getCode()) && Groups.under(context, i, "质量")
              && Groups.zero(context, entry))
          .ifPresent(zeroQuality::add);
    }
    List<Finding> findings = new ArrayList<>();
    for (int e = 0; e < entries.size() && !zeroQuality.isEmpty(); e++) {
      IndicatorEntry entry = entries.get(e);
      Indicator quantity = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (quantity == null || !context.isLeaf(quantity.getCode())
          || !Groups.under(context, quantity, "数量") || !Groups.full(context, quantity, entry)) {
        continue;
      }
      Indicator quality = zeroQuality.stream().filter(q -> sameTop(context, q, quantity))
          .findFirst().orElse(null);
      if (quality != null) {
        findings.add(finding("$.entries[" + e + "].claimedScore")
            .expected("< " + plain(quantity.getWeight()))
            .actual(entry.getClaimedScore().orElseThrow().toPlainString())
            .message(Message.of("check.quality-zero-quantity-full", code(quantity),
                name(quantity), text("quality", quality.getCode() + " " + quality.getName())))
            .build());
      }
    }
    return findings;
  }

  private static boolean sameTop(CheckContext context, Indicator a, Indicator b) {
    Optional<Indicator> top = Groups.top(context, a);
    return top.isPresent() && top.get().getName().contains("产出")
        && Groups.top(context, b).map(Indicator::getCode).equals(Optional.of(top.get().getCode()));
  }
}
