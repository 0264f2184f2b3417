package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.WeightMove;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * e.g. 55 and 35), the table is scored as it is. Otherwise each target receives a share in
 * proportion to its weight (a weight, at two decimals half up, the last target taking the rest so
 * that the shares add up exactly: 10 over three equal targets is 3.33, 3.33 and 3.34), its table leaves are scored at their own weights — as the table's
 * columns say — and its subtotal is multiplied by its raised weight over its own ({@link
 * #raise}). A target that is itself an empty group receives nothing; when no target is left the
 * group does not apply, and the total is rescaled to the full score (按百分制折算). Every decision
 * is a {@link WeightMove} on the card, which the checks read.
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
  private final List<WeightMove> moves = new ArrayList<>();

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
      if (t.isOpen()) {
        tableLeaves = tableLeaves.add(rows.leafSum(tableMatch.getCode()));
      } else {
        allOpenInTable = false;
      }
    }
    WeightMove.Builder move = WeightMove.builder().group(node.getCode()).name(node.getName())
        .parentCode(node.getParentCode()).weight(weight.get())
        .tableCode(match == null ? Optional.empty() : Optional.of(match.getCode()));
    if (base.signum() == 0) {
      moves.add(move.build()); // nothing can take it: the group does not apply
      return;
    }
    movedFrom.add(node.getCode());
    if (allOpenInTable && tableLeaves.compareTo(base.add(weight.get())) == 0) {
      List<String> split = new ArrayList<>(targets.size());
      for (RulebookIndicator t : targets) {
        carriedByTable.add(t.getCode());
        BigDecimal leaves = rows.leafSum(binding.match(t).getCode());
        move.putReceived(t.getCode(), leaves.subtract(
            TableBinding.weightOf(t, binding.match(t)).orElse(BigDecimal.ZERO)));
        split.add(Echo.phrase(t.getName()) + " " + leaves.toPlainString());
      }
      moves.add(move.carriedByTable(true).build());
      notes.add(Message.of("note.redistributed-by-table",
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.number("weight", weight.get()), Argument.list("targets", split)));
      return;
    }
    List<String> names = new ArrayList<>(targets.size());
    // Weights, not points: shares at two decimals (or the weight's own, if more), half up, the
    // last target taking what is left so that they add up to the moved weight exactly.
    int scale = Math.max(2, weight.get().stripTrailingZeros().scale());
    BigDecimal left = weight.get();
    for (int i = 0; i < targets.size(); i++) {
      RulebookIndicator t = targets.get(i);
      BigDecimal own = TableBinding.weightOf(t, binding.match(t)).orElse(BigDecimal.ZERO);
      BigDecimal share = i == targets.size() - 1 ? left.setScale(scale, RoundingMode.UNNECESSARY)
          : weight.get().multiply(own).divide(base, scale, RoundingMode.HALF_UP);
      left = left.subtract(share);
      movedWeight.merge(t.getCode(), share, BigDecimal::add);
      move.putReceived(t.getCode(), share);
      names.add(Echo.phrase(t.getName()));
    }
    moves.add(move.build());
    notes.add(Message.of("note.redistributed",
        Argument.text("name", Echo.phrase(node.getName())),
        Argument.number("weight", weight.get()), Argument.list("targets", names)));
  }

  /** Whether the group's weight was moved to other groups (so it counts for nothing itself). */
  boolean movedFrom(String code) {
    return movedFrom.contains(code);
  }

  /**
   * Records an empty group the walk met that moves no weight and received no decision yet: it
   * does not apply.
   */
  void leftOut(RulebookIndicator node, BigDecimal weight) {
    for (WeightMove m : moves) {
      if (m.getGroup().equals(node.getCode())) {
        return;
      }
    }
    Indicator match = binding.match(node);
    moves.add(WeightMove.builder().group(node.getCode()).name(node.getName())
        .parentCode(node.getParentCode()).weight(weight)
        .tableCode(match == null ? Optional.empty() : Optional.of(match.getCode())).build());
  }

  /** Every decision about an empty group: the moving ones first, then the rest as walked. */
  List<WeightMove> moves() {
    return moves;
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
   * The raise of a group that received moved weight its table does not carry: its subtotal is
   * multiplied by {@code groupWeight ÷ own}, where {@code own} is its weight before the move;
   * null when there is none.
   */
  GroupRaise raise(RulebookIndicator node, BigDecimal own, BigDecimal groupWeight) {
    if (carriedByTable.contains(node.getCode()) || !movedWeight.containsKey(node.getCode())
        || own.signum() <= 0 || own.compareTo(groupWeight) == 0) {
      return null;
    }
    List<String> from = new ArrayList<>(1);
    for (WeightMove m : moves) {
      if (m.getReceived().containsKey(node.getCode())) {
        from.add(Echo.phrase(m.getName()));
      }
    }
    notes.add(Message.of("note.group-raised",
        Argument.text("name", Echo.phrase(node.getName())),
        Argument.number("received", movedWeight.get(node.getCode())),
        Argument.list("from", from), Argument.number("own", own),
        Argument.number("weight", groupWeight)));
    return new GroupRaise(own, groupWeight, rounding);
  }
}
