package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.value.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rule a rulebook gives to indicators that name none (默认评分方法), by indicator kind and, for
 * quantitative ones, direction: e.g. every 定量 正向 leaf of a project's own table is scored
 * proportionally. A default without a direction applies to every direction of its kind not
 * otherwise listed. Without any default the scorer uses proportional (≥), reverse ratio (≤),
 * equal (=) and qualitative (定性).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDefaultRule.class)
@JsonDeserialize(as = ImmutableDefaultRule.class)
public interface DefaultRule extends WithDefaultRule {

  /** The indicator kind it applies to. */
  IndicatorKind getKind();

  /** The direction it applies to; absent for every direction. */
  Optional<Direction> getDirection();

  /** The rule. */
  RuleSpec getRule();

  /** The default {@code rule} for indicators of {@code kind} and {@code direction} (may be null). */
  static DefaultRule of(IndicatorKind kind, Direction direction, RuleSpec rule) {
    return DefaultRule.builder().kind(kind).direction(Optional.ofNullable(direction))
        .rule(rule).build();
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DefaultRule}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableDefaultRule.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "DefaultRule");
  }
}
