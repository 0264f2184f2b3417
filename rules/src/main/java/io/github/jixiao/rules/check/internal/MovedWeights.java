package io.github.jixiao.rules.check.internal;

import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.result.WeightMove;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the rules read the table's weights (权重调整), for the weight checks: what the score card's
 * {@link WeightMove}s say of the rulebook's groups the table leaves empty. A weight the rules move
 * by themselves, or leave out as not applicable, is not expected in the table; a weight the table
 * carries is expected where it went. Read from the card, so that scorer and checks read a table
 * one way; with no rulebook, or when the evaluation cannot be scored, nothing was moved.
 */
final class MovedWeights {

  private static final MovedWeights NONE = new MovedWeights(List.of());

  private final Map<String, BigDecimal> notInTable = new HashMap<>();
  private boolean raising;
  private final Map<String, BigDecimal> carried = new HashMap<>();

  private MovedWeights(List<WeightMove> moves) {
    for (WeightMove move : moves) {
      if (move.isCarriedByTable()) {
        move.getReceived().forEach((code, weight) -> carried.merge(code, weight, BigDecimal::add));
      } else {
        raising |= !move.isNotApplicable();
        if (move.getTableCode().isEmpty()) { // a row the table keeps, empty, counts its weight
          notInTable.merge(move.getParentCode().orElse(""), move.getWeight(), BigDecimal::add);
        }
      }
    }
  }

  /** The moves of the context's score card; none without a rulebook or a card. */
  static MovedWeights of(CheckContext context) {
    ScoreCard card = card(context);
    return card == null || card.getWeightMoves().isEmpty() ? NONE
        : new MovedWeights(card.getWeightMoves());
  }

  /**
   * The unit's claims summed as the rules sum the points, when the rules raised a group (moved an
   * empty group's weight into groups whose table leaves keep their own weights): the claimed
   * subtotals of the card's level-1 rows, each group's raised with its points. Empty when no group
   * was raised, or some level-1 row has no claim.
   */
  static Optional<BigDecimal> raisedClaims(CheckContext context) {
    ScoreCard card = card(context);
    if (card == null || !new MovedWeights(card.getWeightMoves()).raising) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (GroupScore group : card.getGroups()) {
      if (group.getParentCode().isEmpty() && group.getStatus() != ScoreStatus.NOT_APPLICABLE) {
        if (group.getClaimed().isEmpty()) {
          return Optional.empty();
        }
        sum = sum.add(group.getClaimed().get());
      }
    }
    for (IndicatorScore leaf : card.getIndicators()) {
      if (leaf.getParentCode().isEmpty() && leaf.getStatus() != ScoreStatus.NOT_APPLICABLE) {
        if (leaf.getClaimed().isEmpty()) {
          return Optional.empty();
        }
        sum = sum.add(leaf.getClaimed().get());
      }
    }
    return Optional.of(sum);
  }

  private static ScoreCard card(CheckContext context) {
    return CardEntries.card(context).orElse(null);
  }

  /**
   * The weight of the empty groups directly under {@code parentCode} (the level-1 ones for
   * {@code ""}) that the table is not expected to carry: moved by the rules, or not applicable.
   */
  BigDecimal notInTable(String parentCode) {
    return notInTable.getOrDefault(parentCode, BigDecimal.ZERO);
  }

  /** The moved weight the table carries in the rulebook group {@code code}. */
  BigDecimal carriedInto(String code) {
    return carried.getOrDefault(code, BigDecimal.ZERO);
  }
}
