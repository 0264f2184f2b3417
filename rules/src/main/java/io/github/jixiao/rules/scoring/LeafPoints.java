package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A leaf's points after deductions and rounding (扣分与取整): the deductions listed against it,
 * held to the node's cap (扣分上限) and to the rule's points; a deductions column (扣减分数) after
 * them, under the same cap; and the rounded points, held to the weight.
 */
final class LeafPoints {

  private LeafPoints() {
  }

  /**
   * The points {@code listed} take from a leaf the rule gave {@code points}: their sum, at most
   * the node's deduction cap (when {@code node} is not null and has one), at most {@code points}.
   */
  static BigDecimal taken(List<Deduction> listed, RulebookIndicator node, BigDecimal points) {
    BigDecimal taken = BigDecimal.ZERO;
    for (Deduction d : listed) {
      taken = taken.add(d.getPoints());
    }
    if (node != null) {
      Optional<BigDecimal> cap = node.getDeductionCap();
      if (cap.isPresent()) {
        taken = Decimals.min(taken, cap.get());
      }
    }
    return Decimals.min(taken, points);
  }

  /**
   * {@code points} rounded, at most {@code weight}. A table's weight may have more decimals than
   * the rounding keeps (16.50 at scale 0 would round up to 17): the weight caps the rounded
   * points, so no indicator exceeds its weight.
   */
  static BigDecimal rounded(BigDecimal points, BigDecimal weight, RoundingPolicy rounding) {
    return Decimals.min(rounding.round(points), weight);
  }

  /**
   * {@code points} rounded, at most {@code weight} unless {@code capped} is false: an execution
   * line its rulebook does not cap keeps points above its weight (10.45 of 10).
   */
  static BigDecimal rounded(BigDecimal points, BigDecimal weight, RoundingPolicy rounding,
      boolean capped) {
    return capped ? rounded(points, weight, rounding) : rounding.round(points);
  }

  /**
   * The points a deductions column (扣减分数) of {@code column} takes from a leaf the rule gave
   * {@code points}, after {@code listed} took {@code listedTaken}: listed and column together are
   * held to the node's deduction cap and to the rule's points (扣完为止), the column coming last.
   */
  static BigDecimal columnTaken(List<Deduction> listed, BigDecimal listedTaken,
      BigDecimal column, RulebookIndicator node, BigDecimal points) {
    if (column.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal all = column;
    for (Deduction d : listed) {
      all = all.add(d.getPoints());
    }
    if (node != null && node.getDeductionCap().isPresent()) {
      all = Decimals.min(all, node.getDeductionCap().get());
    }
    return Decimals.max(BigDecimal.ZERO, Decimals.min(all, points).subtract(listedTaken));
  }
}
