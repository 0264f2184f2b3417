package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * How points are rounded (得分保留位数): each scored indicator's points to {@link #getScale()}
 * decimals with {@link #getMode()}; the total is the sum of the rounded points. The methodology:
 * two decimals, half up ({@link #standard()}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoundingPolicy.class)
@JsonDeserialize(as = ImmutableRoundingPolicy.class)
public interface RoundingPolicy extends WithRoundingPolicy {

  /** Decimals kept: 2 unless said otherwise (0 to 4). */
  @Value.Default
  default int getScale() {
    return 2;
  }

  /** The rounding mode: half up unless said otherwise. */
  @Value.Default
  default RoundingMode getMode() {
    return RoundingMode.HALF_UP;
  }

  /** {@code points} rounded by this policy. */
  default BigDecimal round(BigDecimal points) {
    return points.setScale(getScale(), getMode());
  }

  /** Two decimals, half up. */
  static RoundingPolicy standard() {
    return builder().build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoundingPolicy}. */
  final class Builder extends ImmutableRoundingPolicy.Builder {}

  /** Checks the scale (0 to 4) and that the mode rounds (not {@code UNNECESSARY}). */
  @Value.Check
  default void validate() {
    Validation.required(this, "RoundingPolicy");
    if (getScale() >= 0 && getScale() <= 4 && getMode() != RoundingMode.UNNECESSARY) {
      return; // the usual case, decided by hand: a policy is built with every rulebook
    }
    Validation.check(this, "RoundingPolicy", v -> v
        .require(getScale() >= 0 && getScale() <= 4, "scale",
            () -> Message.of("rules.rounding.scale", Argument.number("scale", getScale())))
        .require(getMode() != RoundingMode.UNNECESSARY, "mode",
            () -> Message.of("rules.rounding.mode", Argument.text("mode", getMode().name()))));
  }
}
