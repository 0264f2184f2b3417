package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JX-201: a claimed indicator score (得分) below 0 or above the indicator's weight (分值) — and,
 * under a rulebook, outside the band its rule lets the unit pick in ({@link ClaimedBands}): a
 * qualitative level's band, on the three-step or the five-step scale (定性分档), or the range of
 * points of the band its value lies in (分档区间).
 */
final class ClaimedScoreRangeCheck extends StandardCheck {

  ClaimedScoreRangeCheck() {
    super(CheckCode.CLAIMED_SCORE_OUT_OF_RANGE);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    Set<Integer> outOfRange = new HashSet<>();
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
        outOfRange.add(e);
        findings.add(finding(path).expected("0").actual(plain(claimed))
            .message(Message.of("check.claimed-score.negative", code(indicator.get()),
                name(indicator.get()), number("claimed", claimed)))
            .build());
      } else if (above(claimed, weight)) {
        outOfRange.add(e);
        findings.add(finding(path).expected(plain(weight)).actual(plain(claimed))
            .message(Message.of("check.claimed-score.above-weight", code(indicator.get()),
                name(indicator.get()), number("claimed", claimed), number("weight", weight)))
            .build());
      }
    }
    if (context.rulebook().isPresent()) {
      bands(context, outOfRange, findings);
    }
    return findings;
  }

  /** The claims outside their band, but those already outside [0, weight]. */
  private void bands(CheckContext context, Set<Integer> outOfRange, List<Finding> findings) {
    ScoreCard card;
    try {
      card = context.scoreCard().orElseThrow();
    } catch (ScoringException e) {
      return; // JX-302 says why the rules could not score the evaluation
    }
    ClaimedBands bands = new ClaimedBands(context, context.rulebook().orElseThrow().getRounding());
    for (IndicatorScore score : card.getIndicators()) {
      Optional<Integer> entry = bands.entryIndex(score);
      if (entry.isEmpty() || outOfRange.contains(entry.get())) {
        continue;
      }
      String path = "$.entries[" + entry.get() + "].claimedScore";
      bands.outside(score, context.evaluation().getEntries().get(entry.get()))
          .ifPresent(outside -> findings.add(finding(path).expected(outside.expected())
              .actual(plain(score.getClaimed().orElseThrow())).message(outside.message())
              .build()));
    }
  }
}
