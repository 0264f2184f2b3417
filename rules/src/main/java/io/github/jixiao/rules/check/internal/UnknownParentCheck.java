package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-205: an indicator's parent code names no indicator of the evaluation's table, nor, when a
 * rulebook is given, of the rulebook. When the evaluation names a rulebook, its leaves may hang
 * under the rulebook's groups, so without a rulebook the check does not run.
 */
final class UnknownParentCheck extends StandardCheck {

  UnknownParentCheck() {
    super(CheckCode.UNKNOWN_PARENT);
  }

  @Override
  public Optional<SkippedCheck> whyNotRun(CheckContext context) {
    if (context.rulebook().isPresent()) {
      return Optional.empty();
    }
    return context.evaluation().getRulebook().map(id -> notRun(
        Message.of("check.not-run.rulebook-missing", text("rulebook", id))));
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Optional<RulebookIndex> book = context.rulebook().map(RulebookIndex::new);
    List<Finding> findings = new ArrayList<>();
    List<Indicator> indicators = context.evaluation().getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Optional<String> parent = indicator.getParentCode();
      if (parent.isPresent() && context.indicatorIndex(parent.get()).isEmpty()
          && book.flatMap(b -> b.byCode(parent.get())).isEmpty()) {
        String parentCode = Echo.text(parent.get());
        findings.add(finding("$.indicators[" + i + "].parentCode")
            .actual(parentCode)
            .message(Message.of(book.isPresent() ? "check.unknown-parent.with-rulebook"
                : "check.unknown-parent", text("parent", parent.get()), code(indicator),
                name(indicator)))
            .build());
      }
    }
    return findings;
  }
}
