package io.github.jixiao.rules.words;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rulebook says of one node besides its weight and rule, in words (指标附注): its target and
 * direction, and the notes — open, where its weight moves, its deduction cap, the formula of its
 * actual value.
 */
final class IndicatorNotes {

  private IndicatorNotes() {}

  /**
   * "目标值 ≥ 100%" (the relation from the direction), "目标值 100%" without a direction, "反向（越低越好）"
   * without a target; empty when the rulebook gives neither.
   */
  static Optional<Message> target(RulebookIndicator node) {
    Optional<Direction> direction = node.getDirection();
    if (node.getTarget().isEmpty()) {
      return direction.map(d -> Message.of(switch (d) {
        case AT_LEAST -> "rules.words.direction.at-least";
        case AT_MOST -> "rules.words.direction.at-most";
        case EQUAL -> "rules.words.direction.equal";
      }));
    }
    String key = direction.map(d -> switch (d) {
      case AT_LEAST -> "rules.words.target.at-least";
      case AT_MOST -> "rules.words.target.at-most";
      case EQUAL -> "rules.words.target.equal";
    }).orElse("rules.words.target.plain");
    return Optional.of(Message.of(key,
        Argument.number("target", SettingsWords.plain(node.getTarget().get())),
        Argument.text("unit", Echo.text(node.getUnit().orElse("")))));
  }

  /** Open, where its weight moves, its deduction cap, the formula of its actual value. */
  static List<Message> of(Rulebook book, RulebookIndicator node) {
    List<Message> notes = new ArrayList<>(2);
    if (node.isOpen()) {
      notes.add(Message.of("rules.words.open"));
    }
    if (!node.getRedistributeTo().isEmpty()) {
      List<String> targets = new ArrayList<>(node.getRedistributeTo().size());
      for (String code : node.getRedistributeTo()) {
        targets.add(book.indicator(code).map(t -> Echo.text(code) + " " + Echo.phrase(t.getName()))
            .orElse(Echo.text(code)));
      }
      notes.add(Message.of("rules.words.redistribute", Argument.list("targets", targets)));
    }
    node.getDeductionCap().ifPresent(cap -> notes.add(Message.of("rules.words.deduction-cap",
        Argument.number("cap", SettingsWords.plain(cap)))));
    node.getFormula().ifPresent(formula -> notes.add(Message.of("rules.words.formula",
        Argument.text("formula", Echo.text(formula)))));
    return notes;
  }
}
