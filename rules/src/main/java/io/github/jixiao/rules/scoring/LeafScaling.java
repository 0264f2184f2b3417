package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rescaling of an open group's leaves (权重折算): a group that received moved weight while
 * its table leaves weigh less (or more) has every leaf's weight and points multiplied by {@code
 * raised ÷ leaves}. The scaled weights are split by largest remainder at the rounding's scale, so
 * they add up to the raised weight exactly and a perfect project scores the full 100.
 */
final class LeafScaling {
  final BigDecimal raised;
  final BigDecimal leaves;
  private final RoundingPolicy rounding;
  private final Map<String, BigDecimal> weights = new HashMap<>();

  LeafScaling(Indicator group, BigDecimal raised, BigDecimal leaves, EvaluationRows rows,
      RoundingPolicy rounding) {
    this.raised = raised;
    this.leaves = leaves;
    this.rounding = rounding;
    List<Indicator> leafList = new ArrayList<>();
    rows.collectLeaves(group.getCode(), leafList);
    int scale = Math.max(rounding.getScale(), raised.stripTrailingZeros().scale());
    BigDecimal[] split = split(leafList, raised, leaves, scale);
    for (int i = 0; i < split.length; i++) {
      weights.put(leafList.get(i).getCode(), split[i]);
    }
  }

  /**
   * The weights of {@code leafList} multiplied by {@code raised ÷ leaves}, cut to {@code scale}
   * decimals, and the units left (0.01 at scale 2) given one each to the largest remainders, the
   * first of equal remainders first: together they weigh {@code raised} exactly.
   */
  static BigDecimal[] split(List<Indicator> leafList, BigDecimal raised, BigDecimal leaves,
      int scale) {
    BigDecimal[] exact = new BigDecimal[leafList.size()];
    BigDecimal[] floor = new BigDecimal[leafList.size()];
    BigDecimal left = raised;
    for (int i = 0; i < exact.length; i++) {
      exact[i] = Decimals.divide(leafList.get(i).getWeight().multiply(raised), leaves);
      floor[i] = exact[i].setScale(scale, RoundingMode.DOWN);
      left = left.subtract(floor[i]);
    }
    BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
    while (left.compareTo(unit) >= 0) {
      int best = -1;
      for (int i = 0; i < exact.length; i++) {
        BigDecimal rest = exact[i].subtract(floor[i]);
        if (rest.signum() > 0 && (best < 0
            || rest.compareTo(exact[best].subtract(floor[best])) > 0)) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      floor[best] = floor[best].add(unit);
      exact[best] = floor[best];
      left = left.subtract(unit);
    }
    return floor;
  }

  /** The scaled weight of a leaf of the group, or null if {@code code} is not one. */
  BigDecimal weight(String code) {
    return weights.get(code);
  }

  /** {@code points} of a leaf scaled, rounded, and held to its scaled weight. */
  BigDecimal points(BigDecimal points, BigDecimal scaledWeight) {
    return Decimals.min(rounding.round(Decimals.divide(points.multiply(raised), leaves)),
        scaledWeight);
  }

  /** The weight of a table group under the scaled one: its scaled leaves' when consistent. */
  BigDecimal groupWeight(BigDecimal tableWeight, BigDecimal tableLeafSum, BigDecimal scaledLeaves) {
    return tableLeafSum.compareTo(tableWeight) == 0 ? scaledLeaves
        : rounding.round(Decimals.divide(tableWeight.multiply(raised), leaves));
  }
}
