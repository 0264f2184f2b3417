package io.github.jixiao.rules.scoring;

import java.math.BigDecimal;

/**
 * The subtotal of a subtree of the card (小计): its points, its leaves' weight and the part of it
 * that does not apply, the units' claimed
 * points when every leaf has one, and whether any leaf applied. Exact sums, so the order in which
 * subtrees are added does not matter.
 */
final class Subtotal {
  BigDecimal points = BigDecimal.ZERO;
  BigDecimal claimed = BigDecimal.ZERO;
  BigDecimal leafWeight = BigDecimal.ZERO;
  /** The weight of the leaves under it that do not apply, raised with its group when it is. */
  BigDecimal notApplicableWeight = BigDecimal.ZERO;
  boolean allClaimed = true;
  boolean anyApplicable;

  void add(Subtotal other) {
    points = sum(points, other.points);
    leafWeight = sum(leafWeight, other.leafWeight);
    notApplicableWeight = sum(notApplicableWeight, other.notApplicableWeight);
    allClaimed &= other.allClaimed;
    claimed = sum(claimed, other.claimed);
    anyApplicable |= other.anyApplicable;
  }

  /**
   * {@code a + b}, without a new decimal when one side is a zero of no larger scale: the sum's
   * value and scale (the larger one) are then exactly the other side's. A group's first child
   * is added to a zero, and unclaimed leaves add zeros.
   */
  private static BigDecimal sum(BigDecimal a, BigDecimal b) {
    if (b.signum() == 0 && b.scale() <= a.scale()) {
      return a;
    }
    if (a.signum() == 0 && a.scale() <= b.scale()) {
      return b;
    }
    return a.add(b);
  }
}
