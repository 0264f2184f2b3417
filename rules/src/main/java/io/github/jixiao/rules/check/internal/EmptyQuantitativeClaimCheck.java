package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * JX-607, the reviewers' standard 3 at its gravest grade (不具可考核性, lifecycle.md §4): a
 * quantitative leaf that claims points with nothing to assess — no actual value, no actual in
 * words, no completion note and no evidence named — scores 0 (the standard's other grades: a
 * direction with no formula −60 %, JX-606 for 效益 targets; a formula with no data source −30 %,
 * left to the reviewer). An indicator with a formula (the execution line) computes its own actual
 * and is not looked at. Path {@code $.entries[i].actual}; expected 0 points, actual the claim.
 */
final class EmptyQuantitativeClaimCheck extends EntryCheck {

  EmptyQuantitativeClaimCheck() {
    super(CheckCode.EMPTY_QUANTITATIVE_CLAIM);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, IndicatorEntry entry,
      Indicator indicator) {
    Optional<BigDecimal> claimed = context.netClaim(entry.getIndicatorCode());
    if (indicator.getKind() != IndicatorKind.QUANTITATIVE || indicator.getFormula().isPresent()
        || claimed.isEmpty() || claimed.get().signum() <= 0 || entry.getActual().isPresent()
        || entry.getActualText().isPresent() || entry.getActualWritten().isPresent()
        || entry.getLevel().isPresent() || entry.getCompletion().isPresent()
        || !entry.getEvidence().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(finding(at + ".actual").expected("0").actual(plain(claimed.get()))
        .message(Message.of("check.empty-quantitative-claim", code(indicator), name(indicator),
            number("claimed", claimed.get())))
        .build());
  }
}
