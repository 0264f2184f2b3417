package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.util.Optional;

/**
 * Which rule scores a leaf that names none (默认评分方法的选取), as the {@link Scorer} chooses it: the
 * rulebook's {@link DefaultRule} for the leaf's kind and direction, else its default for the kind
 * in any direction, else the built-in one — proportional (≥, and a quantitative leaf without a
 * direction), reverse ratio (≤), equal (=), qualitative (定性, and a leaf without a kind). One
 * place, so that what a rulebook says in words ({@code rules.words}) is what the scorer does.
 */
public final class DefaultRules {

  private static final RuleSpec PROPORTIONAL = BuiltInRules.proportional();
  private static final RuleSpec REVERSE_RATIO = BuiltInRules.reverseRatio();
  private static final RuleSpec EQUAL = BuiltInRules.equal();
  private static final RuleSpec QUALITATIVE = BuiltInRules.qualitative();

  private DefaultRules() {}

  /** The rule a leaf of {@code kind} and {@code direction} is scored by under {@code rulebook}. */
  public static RuleSpec of(Rulebook rulebook, Optional<IndicatorKind> kind,
      Optional<Direction> direction) {
    return listed(rulebook, kind, direction).orElseGet(() -> builtIn(kind, direction));
  }

  /**
   * The rulebook's own default for a leaf of {@code kind} and {@code direction}: the one for both,
   * else the one for the kind in any direction; empty when it lists neither.
   */
  public static Optional<RuleSpec> listed(Rulebook rulebook, Optional<IndicatorKind> kind,
      Optional<Direction> direction) {
    RuleSpec anyDirection = null;
    for (DefaultRule d : rulebook.getDefaultRules()) {
      if (kind.isPresent() && d.getKind() == kind.get()) {
        if (d.getDirection().isPresent() && d.getDirection().equals(direction)) {
          return Optional.of(d.getRule());
        }
        if (d.getDirection().isEmpty()) {
          anyDirection = d.getRule();
        }
      }
    }
    return Optional.ofNullable(anyDirection);
  }

  /** The built-in default for a leaf of {@code kind} and {@code direction}. */
  public static RuleSpec builtIn(Optional<IndicatorKind> kind, Optional<Direction> direction) {
    if (kind.orElse(IndicatorKind.QUALITATIVE) == IndicatorKind.QUALITATIVE) {
      return QUALITATIVE;
    }
    return switch (direction.orElse(Direction.AT_LEAST)) {
      case AT_MOST -> REVERSE_RATIO;
      case EQUAL -> EQUAL;
      default -> PROPORTIONAL;
    };
  }
}
