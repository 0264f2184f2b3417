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
 * held to the node's cap (扣分上限) and to the rule's points; and the rounded points, held to the
 * weight.
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
}
