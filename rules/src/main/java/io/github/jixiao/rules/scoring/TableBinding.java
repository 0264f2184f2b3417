package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Table binding (指标对应): which of the evaluation's indicators a rulebook node stands for — the
 * one with its code; else the one at its level named by its name or any of its aliases (all
 * alike), under the table's indicator of its parent when the parent has one. Two candidates are
 * ambiguous: the card says so and neither is taken. Decided once per node and scoring.
 */
final class TableBinding {

  private final EvaluationRows rows;
  private final List<Indicator> indicators;
  private final Rulebook rulebook;
  private final List<Message> notes;
  // Only when a rulebook node is not found by code: the table's indicators by name, and what
  // each such node matched (null when nothing, or nothing unambiguous, did).
  private Map<String, List<Indicator>> tableByName;
  private final Map<String, Indicator> matchedByName = new HashMap<>();

  TableBinding(EvaluationRows rows, List<Indicator> indicators, Rulebook rulebook,
      List<Message> notes) {
    this.rows = rows;
    this.indicators = indicators;
    this.rulebook = rulebook;
    this.notes = notes;
  }

  /** The evaluation's indicator for a rulebook node, or null when none (or no single one) is. */
  Indicator match(RulebookIndicator node) {
    Indicator byCode = rows.byCode(node.getCode());
    if (byCode != null) {
      return byCode;
    }
    if (matchedByName.containsKey(node.getCode())) {
      return matchedByName.get(node.getCode());
    }
    matchedByName.put(node.getCode(), null); // a cycle of parents ends here
    Indicator found = byName(node);
    matchedByName.put(node.getCode(), found);
    return found;
  }

  private Indicator byName(RulebookIndicator node) {
    if (tableByName == null) {
      tableByName = new HashMap<>();
      for (Indicator i : indicators) {
        tableByName.computeIfAbsent(i.getName(), k -> new ArrayList<>(1)).add(i);
      }
    }
    Indicator parent = null;
    Optional<String> parentCode = node.getParentCode();
    if (parentCode.isPresent()) {
      Optional<RulebookIndicator> parentNode = rulebook.indicator(parentCode.get());
      parent = parentNode.isPresent() ? match(parentNode.get()) : null;
    }
    List<Indicator> candidates = new ArrayList<>(1);
    addCandidates(node.getName(), node.getLevel(), parent, candidates);
    for (String alias : node.getAliases()) {
      addCandidates(alias, node.getLevel(), parent, candidates);
    }
    if (candidates.size() > 1) {
      List<String> codes = new ArrayList<>(candidates.size());
      for (Indicator c : candidates) {
        codes.add(Echo.text(c.getCode()) + " " + Echo.phrase(c.getName()));
      }
      notes.add(Message.of("note.ambiguous-match",
          Argument.text("code", Echo.text(node.getCode())),
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.list("candidates", codes)));
      return null;
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  private void addCandidates(String name, int level, Indicator parent, List<Indicator> into) {
    for (Indicator i : tableByName.getOrDefault(name, List.of())) {
      if (i.getLevel() == level && !into.contains(i) && (parent == null
          || parent.getCode().equals(i.getParentCode().orElse(null)))) {
        into.add(i);
      }
    }
  }

  /** The node's weight, else its table indicator's. */
  static Optional<BigDecimal> weightOf(RulebookIndicator node, Indicator match) {
    return node.getWeight().isPresent() ? node.getWeight()
        : Optional.ofNullable(match).map(Indicator::getWeight);
  }

  /** The node's weight, else its table indicator's; null when neither has one. */
  static BigDecimal weightOrNull(RulebookIndicator node, Indicator match) {
    Optional<BigDecimal> own = node.getWeight();
    return own.isPresent() ? own.get() : match == null ? null : match.getWeight();
  }

  /** Whether the node is an open group the table gives no indicator under (满意度 left out). */
  boolean isEmptyOpen(RulebookIndicator node, Indicator match) {
    return node.isOpen() && (match == null || rows.children(match.getCode()) == null);
  }
}
