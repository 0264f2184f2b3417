package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.Optional;

/**
 * Where a leaf of the table stands in the national form's tree (指标归属), by the names of its
 * ancestors as the unit wrote them: under 产出指标 or 效益指标 (level 1), under 数量, 质量, 时效 or 成本
 * (level 2, or named so itself); and whether its entry kept full points (claimed = weight).
 */
final class Groups {

  private Groups() {}

  /** Whether the leaf, or an ancestor of it, has a name containing {@code word}. */
  static boolean under(CheckContext context, Indicator leaf, String word) {
    Indicator at = leaf;
    for (int depth = 0; at != null && depth < 3; depth++) {
      if (at.getName().contains(word)) {
        return true;
      }
      at = at.getParentCode().flatMap(context::indicator).orElse(null);
    }
    return false;
  }

  /** The level-1 ancestor of the leaf (or the leaf itself at level 1). */
  static Optional<Indicator> top(CheckContext context, Indicator leaf) {
    Indicator at = leaf;
    for (int depth = 0; at != null && depth < 3; depth++) {
      if (at.getParentCode().isEmpty()) {
        return Optional.of(at);
      }
      at = at.getParentCode().flatMap(context::indicator).orElse(null);
    }
    return Optional.empty();
  }

  /**
   * Whether the entry claims the indicator's whole weight, in the end: its claim less the
   * 扣减分数 column where the rulebook takes it ({@link CheckContext#netClaim}).
   */
  static boolean full(CheckContext context, Indicator indicator, IndicatorEntry entry) {
    return context.netClaim(entry.getIndicatorCode())
        .map(c -> c.compareTo(indicator.getWeight()) >= 0).orElse(false);
  }

  /** Whether the entry claims 0 in the end ({@link CheckContext#netClaim}). */
  static boolean zero(CheckContext context, IndicatorEntry entry) {
    return context.netClaim(entry.getIndicatorCode()).map(c -> c.signum() == 0).orElse(false);
  }

  /** Whether an ancestor of the leaf (not the leaf itself) has a name containing {@code word}. */
  static boolean belowA(CheckContext context, Indicator leaf, String word) {
    Optional<Indicator> parent = leaf.getParentCode().flatMap(context::indicator);
    return parent.isPresent() && under(context, parent.get(), word);
  }
}
