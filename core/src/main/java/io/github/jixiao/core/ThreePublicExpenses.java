package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MoneyAmount;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The "three public expenses" ("三公"经费): overseas trips (因公出国(境)费), official vehicles
 * (公务用车购置及运行费) and official hospitality (公务接待费), each budgeted and spent. The totals
 * are derived from the three parts, so they always agree. Last year's 三公 budget, where given, is
 * the base of 三公经费变动率.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableThreePublicExpenses.class)
@JsonDeserialize(as = ImmutableThreePublicExpenses.class)
public interface ThreePublicExpenses extends WithThreePublicExpenses {

  /** 因公出国(境)费. */
  @NotNull
  BudgetLine getOverseasTrips();

  /** 公务用车购置及运行费. */
  @NotNull
  BudgetLine getVehicles();

  /** 公务接待费. */
  @NotNull
  BudgetLine getHospitality();

  /** 上年"三公"经费预算数: last year's 三公 budget, the base of the year-on-year change. */
  Optional<@MoneyAmount BigDecimal> getPreviousYearBudget();

  /** The 三公 budget: the sum of the three parts' budgets. */
  default BigDecimal budgetTotal() {
    return getOverseasTrips().getBudget().add(getVehicles().getBudget())
        .add(getHospitality().getBudget());
  }

  /** The 三公 spending: the sum of the three parts' executed amounts. */
  default BigDecimal executedTotal() {
    return getOverseasTrips().getExecuted().add(getVehicles().getExecuted())
        .add(getHospitality().getExecuted());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ThreePublicExpenses}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableThreePublicExpenses.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default ThreePublicExpenses normalised() {
    return ((ImmutableThreePublicExpenses) ImmutableThreePublicExpenses.copyOf(this))
        .withPreviousYearBudget(Numbers.normal(getPreviousYearBudget()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "ThreePublicExpenses");
  }
}
