package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-401: the narrative claims every target was met (均达到了年初设定的各项绩效目标) while the
 * execution rate is below 100 % or an indicator missed its target. The seed does exactly this
 * beside "预算完成率未能达到 100%" (97.16 %). One finding per such claim, at the claim, naming
 * what contradicts it (ten at most, the rest counted); expected is 0 contradictions, actual how
 * many there are.
 */
final class AllTargetsMetCheck extends StandardCheck {

  AllTargetsMetCheck() {
    super(CheckCode.ALL_TARGETS_MET_CONTRADICTED);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<NarrativeClaim> claims = context.evaluation().getNarrativeClaims();
    Listed misses = null;
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).getKind() != ClaimKind.ALL_TARGETS_MET) {
        continue;
      }
      if (misses == null) {
        misses = contradictions(context);
      }
      if (misses.isEmpty()) {
        continue;
      }
      findings.add(finding("$.narrativeClaims[" + i + "]").expected("0")
          .actual(Long.toString(misses.size()))
          .message(Message.of("check.claim-contradicted", phrase("quote", claims.get(i).getQuote()),
              Argument.message("contradictions", misses.message())))
          .build());
    }
    return findings;
  }

  private static Listed contradictions(CheckContext context) {
    Listed misses = new Listed();
    Budget budget = context.evaluation().getBudget();
    // Amounts are never negative, so an executed amount below the budget has a rate.
    Optional<Percentage> rate = context.executionRate(2);
    if (budget.getExecuted().compareTo(budget.getFullYear()) < 0 && rate.isPresent()) {
      misses.add(Message.of("check.miss.execution-rate", number("rate", rate.get().value())));
    }
    for (IndicatorEntry entry : context.evaluation().getEntries()) {
      Indicator indicator = context.indicator(entry.getIndicatorCode()).orElse(null);
      if (indicator != null) {
        Targets.miss(indicator, entry).ifPresent(m -> misses.add(
            m.message("check.miss.indicator", "check.miss.level", indicator)));
      }
    }
    return misses;
  }
}
