package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MoneyAmount;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Carry-over (结转结余): money left unspent, at the start of the year (last year's, 上年结转结余)
 * and at its end (本年结转结余): the inputs of 结转结余率 and 结转结余变动率.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCarryOver.class)
@JsonDeserialize(as = ImmutableCarryOver.class)
public interface CarryOver extends WithCarryOver {

  /** 年初结转结余: carried over from last year. */
  @NotNull
  @MoneyAmount
  BigDecimal getAtStart();

  /** 年末结转结余: carried over to next year. */
  @NotNull
  @MoneyAmount
  BigDecimal getAtEnd();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CarryOver}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableCarryOver.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default CarryOver normalised() {
    return ((ImmutableCarryOver) ImmutableCarryOver.copyOf(this))
        .withAtStart(Numbers.normal(getAtStart()))
        .withAtEnd(Numbers.normal(getAtEnd()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "CarryOver");
  }
}
