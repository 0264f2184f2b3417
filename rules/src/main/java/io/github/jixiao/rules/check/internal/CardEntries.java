package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the unit's entries (填报) a score card's row is for, for the checks that compare the
 * two: the entry of the table's indicator with the row's code, else of the one with its name (a
 * rulebook node the scorer bound to the table by name). And the card itself, when there is one.
 */
final class CardEntries {

  private final CheckContext context;
  private final Map<String, String> codeByName = new HashMap<>();

  CardEntries(CheckContext context) {
    this.context = context;
    for (Indicator i : context.evaluation().getIndicators()) {
      codeByName.putIfAbsent(i.getName(), i.getCode());
    }
  }

  /** The position of the entry of the card's row: by the table's code, else by its name. */
  Optional<Integer> of(IndicatorScore score) {
    Optional<Integer> entry = context.entryIndex(score.getCode());
    if (entry.isEmpty() && codeByName.containsKey(score.getName())) {
      entry = context.entryIndex(codeByName.get(score.getName()));
    }
    return entry;
  }

  /**
   * The rules' score card of the context, empty without a rulebook or when the evaluation cannot
   * be scored (JX-302 then says why).
   */
  static Optional<ScoreCard> card(CheckContext context) {
    if (context.rulebook().isEmpty()) {
      return Optional.empty();
    }
    try {
      return context.scoreCard();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
