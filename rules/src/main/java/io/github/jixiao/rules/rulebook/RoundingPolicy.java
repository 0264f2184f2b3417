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
 * How points are rounded (得分取整, 得分保留位数): each scored indicator's points to {@link
 * #getScale()} decimals with {@link #getMode()}, from the rate {@link #getRateSource()} says; the
 * total is the sum of the rounded points. Real rulebooks differ (rulebooks.md, "Rounding"):
 *
 * <ul>
 *   <li>half up to two decimals ({@link #standard()}, the default): the ministry's and most
 *       vendors' SQL, and the methodology's;
 *   <li>truncation to two decimals ({@link #truncated()}, {@code RoundingMode.DOWN}): one vendor's
 *       screen (9.7162 → 9.71);
 *   <li>whole points ({@link #wholePoints()}, scale 0, half up): units that write 8.62 as 9.
 * </ul>
 *
 * A card scored under any policy but the standard one says which in a note ({@code
 * note.rounding}), so a reader knows which mode produced its numbers.
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

  /**
   * Which rate points come from (按何种比率计分): {@link RateSource#UNROUNDED} (the rate at full
   * precision) unless said otherwise, or {@link RateSource#STATED} (a computed rate rounded half
   * up to two decimals of percent first, as printed).
   */
  @Value.Default
  default RateSource getRateSource() {
    return RateSource.UNROUNDED;
  }

  /** {@code points} rounded by this policy. */
  default BigDecimal round(BigDecimal points) {
    return points.setScale(getScale(), getMode());
  }

  /**
   * The rate points come from, for a rate in percent that a formula computed: as it is under
   * {@link RateSource#UNROUNDED}; under {@link RateSource#STATED} half up to two decimals of
   * percent, as a table prints it (38.845900 → 38.85).
   */
  default BigDecimal rateScored(BigDecimal rate) {
    return getRateSource() == RateSource.STATED ? rate.setScale(2, RoundingMode.HALF_UP) : rate;
  }

  /** Two decimals, half up, from the unrounded rate: the methodology's. */
  static RoundingPolicy standard() {
    return builder().build();
  }

  /** Two decimals, truncated ({@code RoundingMode.DOWN}), from the unrounded rate. */
  static RoundingPolicy truncated() {
    return builder().mode(RoundingMode.DOWN).build();
  }

  /** Whole points, half up (8.62 → 9), from the unrounded rate. */
  static RoundingPolicy wholePoints() {
    return builder().scale(0).build();
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
