package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-104: parts that exceed the total they belong to, where core cannot refuse them because the
 * parts live outside the budget's own breakdown:
 *
 * <ul>
 *   <li>the key projects' budgets (and executed amounts), summed in the budget's unit, above the
 *       project-spending line (项目支出), or above the full-year budget (executed) when the line is
 *       absent — path {@code $.projects};
 *   <li>the 三公 total above the full-year budget (executed) — {@code budget.threePublic};
 *   <li>procurement above the full-year budget (executed) — {@code budget.procurement.budget};
 *   <li>cumulative payments (支付进度) that fall from one milestone to the next, or whose last
 *       paid amount is above executed — {@code budget.payments[i].paid}.
 * </ul>
 */
final class PartsVsTotalCheck extends StandardCheck {

  private static final String FULL_YEAR = "check.budget.full-year";
  private static final String EXECUTED = "check.budget.executed";

  PartsVsTotalCheck() {
    super(CheckCode.PARTS_VS_TOTAL);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    Budget budget = context.evaluation().getBudget();
    projects(findings, budget, context.evaluation().getProjects());
    if (budget.getThreePublic().isPresent()) {
      ThreePublicExpenses three = budget.getThreePublic().get();
      within(findings, "$.budget.threePublic", "check.budget.three-public-budget",
          three.budgetTotal(), FULL_YEAR, budget.getFullYear(), budget);
      within(findings, "$.budget.threePublic", "check.budget.three-public-executed",
          three.executedTotal(), EXECUTED, budget.getExecuted(), budget);
    }
    if (budget.getProcurement().isPresent()) {
      BudgetLine procurement = budget.getProcurement().get();
      within(findings, "$.budget.procurement.budget", "check.budget.procurement-budget",
          procurement.getBudget(), FULL_YEAR, budget.getFullYear(), budget);
      within(findings, "$.budget.procurement.executed", "check.budget.procurement-executed",
          procurement.getExecuted(), EXECUTED, budget.getExecuted(), budget);
    }
    payments(findings, budget);
    return findings;
  }

  private void projects(List<Finding> findings, Budget budget, List<Project> projects) {
    if (projects.isEmpty()) {
      return;
    }
    BigDecimal budgeted = BigDecimal.ZERO;
    BigDecimal executed = BigDecimal.ZERO;
    // A project whose report gives no amount adds nothing: only stated money is held to a total.
    for (Project p : projects) {
      if (p.getBudget().isPresent()) {
        budgeted = budgeted.add(inUnit(p.getBudget().get(), p.getUnit(), budget.getUnit()));
      }
      if (p.getExecuted().isPresent()) {
        executed = executed.add(inUnit(p.getExecuted().get(), p.getUnit(), budget.getUnit()));
      }
    }
    boolean line = budget.getProject().isPresent();
    within(findings, "$.projects", "check.budget.key-projects-budget", budgeted,
        line ? "check.budget.project-budget" : FULL_YEAR,
        line ? budget.getProject().get().getBudget() : budget.getFullYear(), budget);
    within(findings, "$.projects", "check.budget.key-projects-executed", executed,
        line ? "check.budget.project-executed" : EXECUTED,
        line ? budget.getProject().get().getExecuted() : budget.getExecuted(), budget);
  }

  private void payments(List<Finding> findings, Budget budget) {
    List<Payment> payments = budget.getPayments();
    for (int i = 1; i < payments.size(); i++) {
      BigDecimal before = payments.get(i - 1).getPaid();
      BigDecimal now = payments.get(i).getPaid();
      if (above(before, now)) {
        findings.add(finding("$.budget.payments[" + i + "].paid").expected(plain(before))
            .actual(plain(now))
            .message(Message.of("check.payments-fall",
                phrase("period", payments.get(i).getPeriod()), number("paid", now),
                number("before", before), phrase("earlier", payments.get(i - 1).getPeriod())))
            .build());
      }
    }
    if (!payments.isEmpty()) {
      int last = payments.size() - 1;
      within(findings, "$.budget.payments[" + last + "].paid", "check.budget.payment",
          payments.get(last).getPaid(), EXECUTED, budget.getExecuted(), budget);
    }
  }

  /** A part of {@code amount} above its total {@code limit}: the part's and total's keys. */
  private void within(List<Finding> findings, String path, String part, BigDecimal amount,
      String total, BigDecimal limit, Budget budget) {
    if (!above(amount, limit)) {
      return;
    }
    findings.add(finding(path).expected(plain(limit)).actual(plain(amount))
        .message(Message.of("check.parts-vs-total", Argument.message("part", part),
            number("amount", amount), Argument.message("unit", Message.label(budget.getUnit())),
            Argument.message("total", total), number("limit", limit)))
        .build());
  }

  private static BigDecimal inUnit(BigDecimal amount, MoneyUnit from, MoneyUnit to) {
    return from == to ? amount : to.fromYuan(from.toYuan(amount));
  }
}
