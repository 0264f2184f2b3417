package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.MoneyAmount;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A department's budget for the fiscal year (部门预算) and how it was executed: the full-year
 * budget after adjustments (全年预算数, the seed's 3306.19 万元), the initial budget (年初预算数) and
 * the amount executed (执行数, 3212.37 万元), all in one {@link MoneyUnit}; and, where the report
 * gives them, breakdowns into basic spending (基本支出: personnel 人员经费 and operating 公用经费) and
 * project spending (项目支出), the 三公 expenses, procurement (政府采购), carry-over (结转结余),
 * adjustments (预算调整), the funds in place (资金到位数) and payments by period.
 *
 * <p>No part exceeds its total, and where a total and its parts are all given they agree exactly,
 * or the budget cannot be built: basic + project = the full-year budget (and executed), personnel +
 * operating = basic. Executed
 * above budget is allowed: it is a reviewer's finding, not a malformed document.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBudget.class)
@JsonDeserialize(as = ImmutableBudget.class)
public interface Budget extends WithBudget {

  /** The unit every amount of this budget is in; 万元 unless said otherwise. */
  @Value.Default
  default MoneyUnit getUnit() {
    return MoneyUnit.WAN_YUAN;
  }

  /** 全年预算数: the full-year budget, after adjustments. */
  @NotNull
  @MoneyAmount
  BigDecimal getFullYear();

  /** 年初预算数: the budget as first approved. */
  Optional<@MoneyAmount BigDecimal> getInitial();

  /** 执行数: the amount executed in the year. */
  @NotNull
  @MoneyAmount
  BigDecimal getExecuted();

  /** 基本支出: basic spending, the sum of personnel and operating. */
  Optional<BudgetLine> getBasic();

  /** 人员经费: personnel spending, part of basic spending. */
  Optional<BudgetLine> getPersonnel();

  /** 公用经费: operating spending, part of basic spending (the input of 公用经费控制率). */
  Optional<BudgetLine> getOperating();

  /** 项目支出: project spending. */
  Optional<BudgetLine> getProject();

  /** "三公"经费, budgeted and spent. */
  Optional<ThreePublicExpenses> getThreePublic();

  /** 政府采购: procurement budgeted and actually spent (the input of 政府采购执行率). */
  Optional<BudgetLine> getProcurement();

  /** 结转结余 at the start and end of the year. */
  Optional<CarryOver> getCarryOver();

  /** 预算调整数: the amount of in-year adjustments (the input of 预算调整率); may be negative. */
  Optional<@MeasureValue BigDecimal> getAdjustments();

  /**
   * 资金到位数: the money actually in place for the year (allocated and received), where the
   * report or the table gives it: the base of 预算执行率 under a rulebook whose execution base is
   * the funds in place. An amount like the others: not negative, in this budget's unit. It is not
   * held to the full-year budget: funds in place above it (carry-over, money arriving for other
   * years) and executed above the funds in place are a reviewer's findings, not a malformed
   * document.
   */
  Optional<@MoneyAmount BigDecimal> getFundsInPlace();

  /**
   * The budget by funding source (按资金来源), where the table gives it: 当年财政拨款 / 上年结转资金 /
   * 其他资金, or the Sichuan split 财政资金 / 财政专户管理资金 / 单位资金 / 其他资金 — one split, each
   * source once. Whether the rows add up to the totals (年度资金总额) is a reviewer's check.
   */
  List<FundingLine> getFunding();

  /** Payments by milestone, in the order of the year. */
  List<Payment> getPayments();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Budget}; {@code build()} throws {@link InvalidValueException} if invalid. */
  final class Builder extends ImmutableBudget.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default Budget normalised() {
    return ((ImmutableBudget) ImmutableBudget.copyOf(this))
        .withFullYear(Numbers.normal(getFullYear()))
        .withInitial(Numbers.normal(getInitial()))
        .withExecuted(Numbers.normal(getExecuted()))
        .withAdjustments(Numbers.normal(getAdjustments()))
        .withFundsInPlace(Numbers.normal(getFundsInPlace()));
  }

  /** Checks the constraints, that no part exceeds its total and given totals equal their parts. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Budget", v -> {
      v.unique(getFunding(), l -> l.getSource().name(), "funding", "source");
      FundingSource.FundingScheme scheme = null;
      for (int i = 0; i < getFunding().size(); i++) {
        FundingSource source = getFunding().get(i).getSource();
        FundingSource.FundingScheme of = source.scheme().orElse(null);
        if (of != null && scheme != null && of != scheme) {
          v.add("funding[" + i + "].source", Message.of("core.budget.funding-schemes",
              Argument.text("source", source.label()),
              Argument.text("national", "当年财政拨款/上年结转资金/其他资金"),
              Argument.text("sichuan", "财政资金/财政专户管理资金/单位资金/其他资金")));
        }
        scheme = scheme == null ? of : scheme;
      }
      partsWithin(v, "basic", getBasic(), "fullYear", getFullYear(), "executed", getExecuted());
      partsWithin(v, "project", getProject(), "fullYear", getFullYear(), "executed",
          getExecuted());
      // Personnel and operating are parts of basic spending: held to it when it is given.
      if (getBasic().isPresent()) {
        BudgetLine basic = getBasic().get();
        partsWithin(v, "personnel", getPersonnel(), "basic.budget", basic.getBudget(),
            "basic.executed", basic.getExecuted());
        partsWithin(v, "operating", getOperating(), "basic.budget", basic.getBudget(),
            "basic.executed", basic.getExecuted());
      } else {
        partsWithin(v, "personnel", getPersonnel(), "fullYear", getFullYear(), "executed",
            getExecuted());
        partsWithin(v, "operating", getOperating(), "fullYear", getFullYear(), "executed",
            getExecuted());
      }
      if (getBasic().isPresent() && getProject().isPresent()) {
        BudgetLine basic = getBasic().get();
        BudgetLine project = getProject().get();
        sum(v, "basic.budget + project.budget", basic.getBudget().add(project.getBudget()),
            "fullYear", getFullYear());
        sum(v, "basic.executed + project.executed", basic.getExecuted().add(project.getExecuted()),
            "executed", getExecuted());
      }
      if (getBasic().isPresent() && getPersonnel().isPresent() && getOperating().isPresent()) {
        BudgetLine basic = getBasic().get();
        BudgetLine personnel = getPersonnel().get();
        BudgetLine operating = getOperating().get();
        sum(v, "personnel.budget + operating.budget",
            personnel.getBudget().add(operating.getBudget()), "basic.budget", basic.getBudget());
        sum(v, "personnel.executed + operating.executed",
            personnel.getExecuted().add(operating.getExecuted()), "basic.executed",
            basic.getExecuted());
      }
    });
  }

  private static void partsWithin(Validation.Invariants v, String name,
      Optional<BudgetLine> line, String budgetPath, BigDecimal budget, String executedPath,
      BigDecimal executed) {
    if (line.isEmpty()) {
      return;
    }
    exceeds(v, name + ".budget", line.get().getBudget(), budgetPath, budget);
    exceeds(v, name + ".executed", line.get().getExecuted(), executedPath, executed);
  }

  private static void exceeds(Validation.Invariants v, String partPath, BigDecimal part,
      String totalPath, BigDecimal total) {
    v.require(part.compareTo(total) <= 0, partPath, () -> Message.of("core.budget.part-exceeds",
        Argument.text("part", partPath), Argument.number("partValue", part),
        Argument.text("total", totalPath), Argument.number("totalValue", total)));
  }

  private static void sum(Validation.Invariants v, String parts, BigDecimal sum, String totalPath,
      BigDecimal total) {
    v.require(Validation.same(sum, total), totalPath, () -> Message.of("core.budget.sum",
        Argument.text("parts", parts), Argument.number("sum", sum),
        Argument.text("total", totalPath), Argument.number("totalValue", total)));
  }
}
