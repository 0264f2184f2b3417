package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Listing;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-401: the narrative claims every target was met (均达到了年初设定的各项绩效目标) while the
 * execution rate is below 100 % or an indicator missed its target. The seed does exactly this
 * beside "预算完成率未能达到 100%" (97.16 %). One finding per such claim, at the claim, listing what
 * contradicts it.
 */
final class AllTargetsMetCheck extends StandardCheck {

  AllTargetsMetCheck() {
    super(CheckCode.ALL_TARGETS_MET_CONTRADICTED);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<NarrativeClaim> claims = context.evaluation().getNarrativeClaims();
    List<String> misses = null;
    List<String> missesZh = null;
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).getKind() != ClaimKind.ALL_TARGETS_MET) {
        continue;
      }
      if (misses == null) {
        misses = new ArrayList<>();
        missesZh = new ArrayList<>();
        contradictions(context, misses, missesZh);
      }
      if (misses.isEmpty()) {
        continue;
      }
      String quote = Echo.text(claims.get(i).getQuote(), Listing.TEXT);
      findings.add(finding("$.narrativeClaims[" + i + "]")
          .expected("every target met")
          .actual(Listing.en(misses))
          .messageEn("the report claims \"" + quote + "\" but " + Listing.en(misses))
          .messageZh("报告称“" + quote + "”，但" + Listing.zh(missesZh))
          .build());
    }
    return findings;
  }

  private static void contradictions(CheckContext context, List<String> misses,
      List<String> missesZh) {
    Budget budget = context.evaluation().getBudget();
    if (budget.getExecuted().compareTo(budget.getFullYear()) < 0) {
      Optional<Percentage> rate = context.executionRate(2);
      String shown = rate.map(Percentage::toString).orElse("N/A");
      misses.add("the execution rate is " + shown + " < 100%");
      missesZh.add("预算执行率为 " + shown + "，未达到100%");
    }
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (IndicatorEntry entry : entries) {
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator == null) {
        continue;
      }
      Targets.miss(indicator, entry).ifPresent(m -> {
        misses.add("'" + Echo.text(indicator.getCode()) + " "
            + Echo.text(indicator.getName(), Listing.TEXT) + "' is " + m.actual()
            + " against a target " + m.expected());
        missesZh.add("指标“" + Echo.text(indicator.getCode()) + " "
            + Echo.text(indicator.getName(), Listing.TEXT) + "”完成值为 "
            + m.actual() + "，目标为 " + m.expected());
      });
    }
  }
}
