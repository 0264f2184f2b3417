package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MoneyAmount;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a budget by funding source (资金来源明细): the money of one {@link FundingSource} —
 * 年初预算数, 全年预算数 (调整后预算数) and 全年执行数 (预算执行数) — in the unit of the {@link Budget}
 * that holds it. A table may leave a figure of a row empty ("-", "—", "/"); at least one is given.
 *
 * <p>Whether the rows add up to the budget's totals (年度资金总额) is a reviewer's check, not a
 * constraint here: a total row of 0 beside a 拨款 row of 89.974 is a finding, and Jixiao must be
 * able to read the table to say so.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFundingLine.class)
@JsonDeserialize(as = ImmutableFundingLine.class)
public interface FundingLine extends WithFundingLine {

  /** Where the money comes from, e.g. 当年财政拨款. */
  @NotNull
  FundingSource getSource();

  /** 年初预算数: the amount as first budgeted. */
  Optional<@MoneyAmount BigDecimal> getInitial();

  /** 全年预算数 (调整后预算数): the amount after the year's adjustments. */
  Optional<@MoneyAmount BigDecimal> getFullYear();

  /** 全年执行数 (预算执行数): the amount executed. */
  Optional<@MoneyAmount BigDecimal> getExecuted();

  /** Present when a figure is not the table's own: what was assumed, and why. */
  Optional<@Text String> getAssumption();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingLine}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableFundingLine.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}). A number beyond its
   * bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default FundingLine normalised() {
    return ((ImmutableFundingLine) ImmutableFundingLine.copyOf(this))
        .withInitial(Numbers.normal(getInitial()))
        .withFullYear(Numbers.normal(getFullYear()))
        .withExecuted(Numbers.normal(getExecuted()));
  }

  /** Checks the constraints and that the row gives at least one figure. */
  @Value.Check
  default void validate() {
    Validation.check(this, "FundingLine", v -> v.require(
        getInitial().isPresent() || getFullYear().isPresent() || getExecuted().isPresent(),
        "fullYear", Message.of("core.funding.empty")));
  }
}
