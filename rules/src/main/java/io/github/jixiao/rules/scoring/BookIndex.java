package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What scoring needs of a rulebook (评分办法索引): its tree by parent code, the nodes that move
 * weight (满意度 → 产出, 效益), and the default rule of every kind and direction. Built once per
 * {@link ScoringPlan} and held by it, never shared through a static field (issue 14: a
 * process-wide cache of the last rulebook was thrashed by two threads scoring two rulebooks), and
 * never changed after its constructor, so it is safe to read from any thread.
 */
final class BookIndex {

  private static final IndicatorKind[] KINDS = IndicatorKind.values();
  private static final Direction[] DIRECTIONS = Direction.values();

  /** The rulebook's nodes by parent code, the roots under {@code null}; read-only. */
  final Map<String, List<RulebookIndicator>> children;
  /** The nodes that move their weight when empty; read-only. */
  final List<RulebookIndicator> redistributing;
  private final RuleSpec[] defaults;

  BookIndex(Rulebook rulebook) {
    Map<String, List<RulebookIndicator>> byParent = new HashMap<>();
    List<RulebookIndicator> moving = new ArrayList<>();
    for (RulebookIndicator n : rulebook.getIndicators()) {
      byParent.computeIfAbsent(n.getParentCode().orElse(null), k -> new ArrayList<>()).add(n);
      if (!n.getRedistributeTo().isEmpty()) {
        moving.add(n);
      }
    }
    byParent.replaceAll((parent, nodes) -> List.copyOf(nodes));
    this.children = Collections.unmodifiableMap(byParent);
    this.redistributing = List.copyOf(moving);
    defaults = new RuleSpec[(KINDS.length + 1) * (DIRECTIONS.length + 1)];
    for (int k = 0; k <= KINDS.length; k++) {
      for (int d = 0; d <= DIRECTIONS.length; d++) {
        defaults[k * (DIRECTIONS.length + 1) + d] = defaultRule(rulebook,
            Optional.ofNullable(k == 0 ? null : KINDS[k - 1]),
            Optional.ofNullable(d == 0 ? null : DIRECTIONS[d - 1]));
      }
    }
  }

  /** The default rule of a leaf of this kind and direction (either may be null: not given). */
  RuleSpec defaultRule(IndicatorKind kind, Direction direction) {
    return defaults[(kind == null ? 0 : kind.ordinal() + 1) * (DIRECTIONS.length + 1)
        + (direction == null ? 0 : direction.ordinal() + 1)];
  }

  /** The rulebook's default rule for a leaf of this kind and direction, else the built-in one. */
  static RuleSpec defaultRule(Rulebook rulebook, Optional<IndicatorKind> kind,
      Optional<Direction> direction) {
    return DefaultRules.of(rulebook, kind, direction);
  }
}
