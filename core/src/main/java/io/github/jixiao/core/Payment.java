package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MoneyAmount;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Payments up to a milestone of the year (支付进度): how much was planned to be paid by then and
 * how much was paid, both cumulative — e.g. 50 % before the Spring Festival, 100 % by the end of
 * June. The inputs of 支付进度率 and of milestone rules.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePayment.class)
@JsonDeserialize(as = ImmutablePayment.class)
public interface Payment extends WithPayment {

  /** The milestone or period, as the report names it: 春节前, 6月底, 2021-Q3. */
  @NotBlank
  String getPeriod();

  /** Planned cumulative payment by the end of the period. */
  @NotNull
  @MoneyAmount
  BigDecimal getPlanned();

  /** Actual cumulative payment by the end of the period. */
  @NotNull
  @MoneyAmount
  BigDecimal getPaid();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Payment}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutablePayment.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default Payment normalised() {
    return ((ImmutablePayment) ImmutablePayment.copyOf(this))
        .withPlanned(Numbers.normal(getPlanned()))
        .withPaid(Numbers.normal(getPaid()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Payment");
  }
}
