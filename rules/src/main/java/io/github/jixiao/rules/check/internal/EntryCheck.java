package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check of one entry at a time (逐行审核): every entry of a leaf of the table is looked at with
 * its indicator and its position, and gives at most one finding; an entry of a group (a
 * subtotal) is not.
 */
abstract class EntryCheck extends StandardCheck {

  EntryCheck(CheckCode code) {
    super(code);
  }

  @Override
  public final List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (int e = 0; e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Optional<Indicator> indicator = context.indicator(entry.getIndicatorCode());
      if (indicator.isPresent() && context.isLeaf(indicator.get().getCode())) {
        check(context, "$.entries[" + e + "]", entry, indicator.get()).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** The finding of {@code entry}, at {@code at} ({@code $.entries[i]}), of {@code indicator}. */
  abstract Optional<Finding> check(CheckContext context, String at, IndicatorEntry entry,
      Indicator indicator);
}
