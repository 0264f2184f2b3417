package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-302: the rules could not score what the unit claims (无法按评分办法评分) — the scorer refused
 * the evaluation (path {@code $}; JX-301 then fails as JX-000), an indicator's
 * rule failed (status {@code FAILED}: path {@code $.entries[i]}, else {@code $.indicators[i]}),
 * or no indicator of the table could be scored at all (path {@code $.indicators}), so the card has
 * no grade. Where this fires, JX-301 compares nothing it cannot stand behind: not a failed
 * indicator, not the total of such a card.
 */
final class UnscoredByRulesCheck extends RescoringCheck {

  UnscoredByRulesCheck() {
    super(CheckCode.UNSCORED_BY_RULES);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    ScoreCard card;
    try {
      card = context.scoreCard().orElseThrow();
    } catch (ScoringException e) {
      return List.of(finding("$").message(Message.of("check.unscored.refused",
          Argument.message("reason", e.said()))).build());
    }
    List<Finding> findings = new ArrayList<>();
    for (IndicatorScore failed : card.failures()) {
      findings.add(finding(path(context, failed.getCode()))
          .message(Message.of("check.unscored.failed", text("code", failed.getCode()),
              phrase("name", failed.getName()), text("type", failed.getRule().getType()),
              Argument.message("reason", failed.getExplanation())))
          .build());
    }
    if (card.getTotal().isEmpty()) {
      findings.add(finding("$.indicators").message(Message.of("check.unscored.nothing",
          text("rulebook", card.getRulebook()),
          Argument.number("count", card.getIndicators().size()))).build());
    }
    return findings;
  }

  private static String path(CheckContext context, String code) {
    Optional<Integer> entry = context.entryIndex(code);
    if (entry.isPresent()) {
      return "$.entries[" + entry.get() + "]";
    }
    return context.indicatorIndex(code).map(i -> "$.indicators[" + i + "]").orElse("$.indicators");
  }
}
