package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.PointsValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Points taken off an indicator for a finding (扣分), with the reason and the evidence. Deductions
 * never take an indicator below zero (扣完为止); that is the scorer's rule, not a constraint here.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeduction.class)
@JsonDeserialize(as = ImmutableDeduction.class)
public interface Deduction extends WithDeduction {

  /** The code of the indicator the points are taken from. */
  @NotBlank
  String getIndicatorCode();

  /** The points taken off; more than zero. */
  @NotNull
  @Positive
  @PointsValue
  BigDecimal getPoints();

  /** 扣分原因: why, e.g. 项目资金支出进度分配不均. */
  @NotBlank
  String getReason();

  /** 佐证材料: the evidence, where given. */
  Optional<@Text String> getEvidence();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Deduction}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableDeduction.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default Deduction normalised() {
    return ((ImmutableDeduction) ImmutableDeduction.copyOf(this))
        .withPoints(Numbers.normal(getPoints()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Deduction");
  }
}
