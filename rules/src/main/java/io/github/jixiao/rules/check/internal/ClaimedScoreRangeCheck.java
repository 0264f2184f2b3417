package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** JX-201: a claimed indicator score (得分) below 0 or above the indicator's weight (分值). */
final class ClaimedScoreRangeCheck extends StandardCheck {

  ClaimedScoreRangeCheck() {
    super(CheckCode.CLAIMED_SCORE_OUT_OF_RANGE);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (int e = 0; e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Optional<Indicator> indicator = context.indicator(entry.getIndicatorCode());
      if (entry.getClaimedScore().isEmpty() || indicator.isEmpty()) {
        continue;
      }
      BigDecimal claimed = entry.getClaimedScore().get();
      BigDecimal weight = indicator.get().getWeight();
      String path = "$.entries[" + e + "].claimedScore";
      if (claimed.signum() < 0) {
        findings.add(finding(path).expected("0").actual(plain(claimed))
            .message(Message.of("check.claimed-score.negative", code(indicator.get()),
                name(indicator.get()), number("claimed", claimed)))
            .build());
      } else if (above(claimed, weight)) {
        findings.add(finding(path).expected(plain(weight)).actual(plain(claimed))
            .message(Message.of("check.claimed-score.above-weight", code(indicator.get()),
                name(indicator.get()), number("claimed", claimed), number("weight", weight)))
            .build());
      }
    }
    return findings;
  }
}
