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
 * One line of a budget breakdown (预算明细): what was budgeted (预算数) and what was executed
 * (执行数, 实际支出), in the unit of the {@link Budget} that holds it. Executed above budget is
 * allowed here: it is a reviewer's finding, not a malformed document.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudgetLine.class)
@JsonDeserialize(as = ImmutableBudgetLine.class)
public interface BudgetLine extends WithBudgetLine {

  /** 预算数: the amount budgeted. */
  @NotNull
  @MoneyAmount
  BigDecimal getBudget();

  /** 执行数: the amount executed. */
  @NotNull
  @MoneyAmount
  BigDecimal getExecuted();

  /** A line of {@code budget} budgeted and {@code executed} executed. */
  static BudgetLine of(BigDecimal budget, BigDecimal executed) {
    return builder().budget(budget).executed(executed).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetLine}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableBudgetLine.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default BudgetLine normalised() {
    return ((ImmutableBudgetLine) ImmutableBudgetLine.copyOf(this))
        .withBudget(Numbers.normal(getBudget()))
        .withExecuted(Numbers.normal(getExecuted()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "BudgetLine");
  }
}
