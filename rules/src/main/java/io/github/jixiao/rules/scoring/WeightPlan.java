package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weight plan (权重调整) of one scoring: the weight of an empty group (满意度 without an
 * indicator) moved to its targets (产出, 效益). When the targets are open groups whose table leaves
 * together already weigh their own weights plus the moved one (the unit moved the weight itself,
 * e.g. 55 and 35), the table's split is used as it is. Otherwise the weight is split in proportion
 * to the targets' weights, and each open target's leaves are scaled to its raised weight while it
 * is walked ({@link LeafScaling}). Either way the card says what was done. A target that is itself
 * an empty group receives nothing; when no target is left the group does not apply, and the total
 * is rescaled to the full score (按百分制折算).
 */
final class WeightPlan {

  private final EvaluationRows rows;
  private final TableBinding binding;
  private final RoundingPolicy rounding;
  private final List<Message> notes;
  private final Map<String, BigDecimal> movedWeight = new HashMap<>();
  private final Set<String> movedFrom = new HashSet<>();
  // Target groups whose table leaves already carry the moved weight (the unit moved it itself).
  private final Set<String> carriedByTable = new HashSet<>();

  /** Plans the moves of {@code redistributing}, the rulebook's nodes that move weight. */
  WeightPlan(List<RulebookIndicator> redistributing, Rulebook rulebook, EvaluationRows rows,
      TableBinding binding, List<Message> notes) {
    this.rows = rows;
    this.binding = binding;
    this.rounding = rulebook.getRounding();
    this.notes = notes;
    for (RulebookIndicator node : redistributing) {
      move(node, rulebook);
    }
  }

  private void move(RulebookIndicator node, Rulebook rulebook) {
    Indicator match = binding.match(node);
    Optional<BigDecimal> weight = TableBinding.weightOf(node, match);
    if (!binding.isEmptyOpen(node, match) || weight.isEmpty()) {
      return;
    }
    List<RulebookIndicator> targets = new ArrayList<>();
    BigDecimal base = BigDecimal.ZERO;
    BigDecimal tableLeaves = BigDecimal.ZERO;
    boolean allOpenInTable = true;
    for (String code : node.getRedistributeTo()) {
      Optional<RulebookIndicator> target = rulebook.indicator(code);
      if (target.isEmpty()) {
        continue;
      }
      RulebookIndicator t = target.get();
      Indicator tableMatch = binding.match(t);
      if (binding.isEmptyOpen(t, tableMatch)) {
        continue; // dropped itself: weight moved there would leave the total short of 100
      }
      targets.add(t);
      base = base.add(TableBinding.weightOf(t, tableMatch).orElse(BigDecimal.ZERO));
      if (t.isOpen() && !binding.isEmptyOpen(t, tableMatch)) {
        tableLeaves = tableLeaves.add(rows.leafSum(tableMatch.getCode()));
      } else {
        allOpenInTable = false;
      }
    }
    if (base.signum() == 0) {
      return;
    }
    movedFrom.add(node.getCode());
    if (allOpenInTable && tableLeaves.compareTo(base.add(weight.get())) == 0) {
      List<String> split = new ArrayList<>(targets.size());
      for (RulebookIndicator t : targets) {
        carriedByTable.add(t.getCode());
        split.add(Echo.phrase(t.getName()) + " "
            + rows.leafSum(binding.match(t).getCode()).toPlainString());
      }
      notes.add(Message.of("note.redistributed-by-table",
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.number("weight", weight.get()), Argument.list("targets", split)));
      return;
    }
    List<String> names = new ArrayList<>(targets.size());
    for (RulebookIndicator t : targets) {
      BigDecimal own = TableBinding.weightOf(t, binding.match(t)).orElse(BigDecimal.ZERO);
      movedWeight.merge(t.getCode(), rounding.round(Decimals.divide(
          weight.get().multiply(own), base)), BigDecimal::add);
      names.add(Echo.phrase(t.getName()));
    }
    notes.add(Message.of("note.redistributed",
        Argument.text("name", Echo.phrase(node.getName())),
        Argument.number("weight", weight.get()), Argument.list("targets", names)));
  }

  /** Whether the group's weight was moved to other groups (so it counts for nothing itself). */
  boolean movedFrom(String code) {
    return movedFrom.contains(code);
  }

  /** The weight a group node is walked with: its own plus what it received, or its table's. */
  BigDecimal groupWeight(RulebookIndicator node, Indicator match, BigDecimal weight) {
    if (node.isOpen() && carriedByTable.contains(node.getCode())) {
      return rows.leafSum(match.getCode());
    }
    BigDecimal moved = movedWeight.get(node.getCode());
    return moved == null ? weight : weight.add(moved);
  }

  /**
   * The scaling of an open group's leaves to {@code groupWeight} when it received moved weight
   * its table leaves do not carry, noted on the card; else null.
   */
  LeafScaling scaling(RulebookIndicator node, Indicator match, BigDecimal groupWeight) {
    if (!node.isOpen() || carriedByTable.contains(node.getCode())
        || !movedWeight.containsKey(node.getCode())) {
      return null;
    }
    BigDecimal leaves = rows.leafSum(match.getCode());
    if (leaves.signum() <= 0 || leaves.compareTo(groupWeight) == 0) {
      return null;
    }
    LeafScaling scaling = new LeafScaling(match, groupWeight, leaves, rows, rounding);
    notes.add(Message.of("note.scaled",
        Argument.text("name", Echo.phrase(node.getName())),
        Argument.number("sum", leaves), Argument.number("weight", groupWeight),
        Argument.number("factor", Decimals.divide(groupWeight, leaves).stripTrailingZeros())));
    return scaling;
  }
}
