package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

  /**
   * The points the card gives an execution line its rulebook does not cap ({@code
   * execution.capped} false) above its weight (10 × 104.5 % = 10.45), by the entry's position:
   * the claim may go up to them. Read from the card, so that the check reads the line as the
   * scorer bound and rounded it; empty under a capping rulebook or without a card.
   */
  private static Map<Integer, BigDecimal> uncapped(CheckContext context, ScoreCard card,
      CardEntries entries) {
    if (card == null || context.rulebook().orElseThrow().getExecution().isCapped()) {
      return Map.of();
    }
    Map<Integer, BigDecimal> above = new HashMap<>();
    for (IndicatorScore score : card.getIndicators()) {
      if (score.getPoints().compareTo(score.getWeight()) > 0) {
        entries.of(score).ifPresent(e -> above.put(e, score.getPoints()));
      }
    }
    return above;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    Set<Integer> outOfRange = new HashSet<>();
    // Without a card (no rulebook, or JX-302's case) only [0, weight] is checked.
    ScoreCard card = CardEntries.card(context).orElse(null);
    CardEntries cardEntries = new CardEntries(context);
    Map<Integer, BigDecimal> uncapped = uncapped(context, card, cardEntries);
    List<IndicatorEntry> entries = context.evaluation().getEntries();
    for (int e = 0; e < entries.size(); e++) {
      IndicatorEntry entry = entries.get(e);
      Optional<Indicator> indicator = context.indicator(entry.getIndicatorCode());
      if (entry.getClaimedScore().isEmpty() || indicator.isEmpty()) {
        continue;
      }
      BigDecimal claimed = entry.getClaimedScore().get();
      BigDecimal weight = indicator.get().getWeight();
      BigDecimal ceiling = uncapped.getOrDefault(e, weight);
      String path = "$.entries[" + e + "].claimedScore";
      if (claimed.signum() < 0) {
        outOfRange.add(e);
        findings.add(finding(path).expected("0").actual(plain(claimed))
            .message(Message.of("check.claimed-score.negative", code(indicator.get()),
                name(indicator.get()), number("claimed", claimed)))
            .build());
      } else if (above(claimed, ceiling)) {
        outOfRange.add(e);
        findings.add(finding(path).expected(plain(ceiling)).actual(plain(claimed))
            .message(!uncapped.containsKey(e)
                ? Message.of("check.claimed-score.above-weight", code(indicator.get()),
                    name(indicator.get()), number("claimed", claimed), number("weight", weight))
                : Message.of("check.claimed-score.above-uncapped", code(indicator.get()),
                    name(indicator.get()), number("claimed", claimed),
                    number("points", ceiling), number("weight", weight)))
            .build());
      }
    }
    if (card != null) {
      bands(context, card, cardEntries, outOfRange, findings);
    }
    return findings;
  }

  /** The claims outside their band, but those already outside [0, weight]. */
  private void bands(CheckContext context, ScoreCard card, CardEntries entries,
      Set<Integer> outOfRange, List<Finding> findings) {
    ClaimedBands bands = new ClaimedBands(context.rulebook().orElseThrow().getRounding());
    for (IndicatorScore score : card.getIndicators()) {
      Optional<Integer> entry = entries.of(score);
      if (entry.isEmpty() || outOfRange.contains(entry.get())) {
        continue;
      }
      String path = "$.entries[" + entry.get() + "].claimedScore";
      IndicatorEntry claimed = context.evaluation().getEntries().get(entry.get());
      bands.outside(score, claimed)
          .ifPresent(outside -> findings.add(finding(path).expected(outside.expected())
              .actual(plain(claimed.getClaimedScore().orElseThrow()))
              .message(outside.message()).build()));
    }
  }
}
