package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
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
        "the evaluation is scored under rulebook '" + Echo.text(id) + "', which was not given: its"
            + " indicators may hang under the rulebook's groups",
        "评价适用评分办法“" + Echo.text(id) + "”，但未提供该评分办法：其指标可能挂在评分办法的分组之下"));
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
            .messageEn("the parent code '" + parentCode + "' of " + named(indicator)
                + " names no indicator"
                + (book.isPresent() ? " of the table or the rulebook" : ""))
            .messageZh("指标" + namedZh(indicator) + "的上级指标代码“" + parentCode + "”不对应任何指标")
            .build());
      }
    }
    return findings;
  }
}
