package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-301: a claimed score differs from the score the rulebook's rules give by more than a
 * tolerance ({@value #DEFAULT_TOLERANCE} points unless said otherwise): each scored indicator
 * (path {@code $.entries[i].claimedScore}, found by the table's code, else by the indicator's name)
 * and the claimed total (path {@code $.claimedTotal}). Expected is the rules' points, actual the
 * claim. Every indicator is compared but a not-applicable one: a claim the rules refused (未达成
 * claiming full points) or one scored 0 for a missing input is compared with those points too,
 * and the message says so; a failed one ({@code FAILED}) is not, nor the total of a card with a
 * failed indicator, nor the total of a card without one (JX-302 reports those). A warning: a
 * rulebook may be a reconstruction.
 */
final class ClaimedScoreVsRulesCheck extends RescoringCheck {

  /** The default tolerance, in points. */
  static final String DEFAULT_TOLERANCE = "0.50";

  private final BigDecimal tolerance;

  ClaimedScoreVsRulesCheck(BigDecimal tolerance) {
    super(CheckCode.CLAIMED_SCORE_VS_RULES);
    this.tolerance = tolerance;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    ScoreCard card = context.scoreCard().orElseThrow();
    if (card.getTotal().isEmpty()) {
      return List.of(); // nothing was scored: no claim is compared (JX-302 says why)
    }
    CardEntries entries = new CardEntries(context);
    List<Finding> findings = new ArrayList<>();
    for (IndicatorScore score : card.getIndicators()) {
      // A failed rule gave no points to compare a claim with (JX-302 says so).
      if (score.getStatus() == ScoreStatus.NOT_APPLICABLE
          || score.getStatus() == ScoreStatus.FAILED || score.getClaimed().isEmpty()
          || !beyond(score.getClaimed().get(), score.getPoints())) {
        continue;
      }
      Optional<Integer> entry = entries.of(score);
      String path = entry.map(e -> "$.entries[" + e + "].claimedScore").orElse("$.entries");
      findings.add(finding(path).expected(plain(score.getPoints()))
          .actual(plain(score.getClaimed().get()))
          .message(Message.of(key(score.getStatus()), text("code", score.getCode()),
              phrase("name", score.getName()), number("claimed", score.getClaimed().get()),
              number("points", score.getPoints()), number("tolerance", tolerance)))
          .build());
    }
    Optional<BigDecimal> claimedTotal = context.evaluation().getClaimedTotal();
    // An incomplete total (a rule failed), or none (nothing scored), is no ground to doubt the
    // unit's claim: JX-302 says why.
    Optional<BigDecimal> total = card.getTotal();
    if (claimedTotal.isPresent() && total.isPresent() && card.failures().isEmpty()
        && beyond(claimedTotal.get(), total.get())) {
      findings.add(finding("$.claimedTotal").expected(plain(total.get()))
          .actual(plain(claimedTotal.get()))
          .message(Message.of("check.rules.total", number("claimed", claimedTotal.get()),
              text("rulebook", card.getRulebook()), number("total", total.get()),
              number("tolerance", tolerance)))
          .build());
    }
    return findings;
  }

  /** The message for an indicator: saying why the rules' points are what they are, if needed. */
  private static String key(ScoreStatus status) {
    return switch (status) {
      case REFUSED -> "check.rules.indicator.refused";
      case MISSING_INPUT -> "check.rules.indicator.missing-input";
      default -> "check.rules.indicator";
    };
  }

  private boolean beyond(BigDecimal claimed, BigDecimal points) {
    return claimed.subtract(points).abs().compareTo(tolerance) > 0;
  }
}
