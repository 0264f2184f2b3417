package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.rules.internal.Echo;
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
      within(findings, "$.budget.threePublic", "the 三公 budget", "“三公”经费预算合计",
          three.budgetTotal(), "the full-year budget", "全年预算数", budget.getFullYear(), budget);
      within(findings, "$.budget.threePublic", "the 三公 spending", "“三公”经费支出合计",
          three.executedTotal(), "executed", "执行数", budget.getExecuted(), budget);
    }
    if (budget.getProcurement().isPresent()) {
      BudgetLine procurement = budget.getProcurement().get();
      within(findings, "$.budget.procurement.budget", "the procurement budget", "政府采购预算",
          procurement.getBudget(), "the full-year budget", "全年预算数", budget.getFullYear(),
          budget);
      within(findings, "$.budget.procurement.executed", "procurement spent", "政府采购支出",
          procurement.getExecuted(), "executed", "执行数", budget.getExecuted(), budget);
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
    within(findings, "$.projects", "the key projects' budgets", "重点项目预算之和", budgeted,
        line ? "project spending's budget" : "the full-year budget",
        line ? "项目支出预算数" : "全年预算数",
        line ? budget.getProject().get().getBudget() : budget.getFullYear(), budget);
    within(findings, "$.projects", "the key projects' executed amounts", "重点项目执行数之和",
        executed, line ? "project spending executed" : "executed",
        line ? "项目支出执行数" : "执行数",
        line ? budget.getProject().get().getExecuted() : budget.getExecuted(), budget);
  }

  private void payments(List<Finding> findings, Budget budget) {
    List<Payment> payments = budget.getPayments();
    for (int i = 1; i < payments.size(); i++) {
      BigDecimal before = payments.get(i - 1).getPaid();
      BigDecimal now = payments.get(i).getPaid();
      if (above(before, now)) {
        String period = Echo.phrase(payments.get(i).getPeriod());
        String earlier = Echo.phrase(payments.get(i - 1).getPeriod());
        findings.add(finding("$.budget.payments[" + i + "].paid").expected(plain(before))
            .actual(plain(now))
            .messageEn("cumulative payment by '" + period + "' is " + plain(now) + ", less than "
                + plain(before) + " paid by '" + earlier + "': cumulative payments cannot fall")
            .messageZh("截至“" + period + "”的累计支付 " + plain(now) + " 少于截至“" + earlier
                + "”的 " + plain(before)
                + "：累计支付不应减少")
            .build());
      }
    }
    if (!payments.isEmpty()) {
      int last = payments.size() - 1;
      within(findings, "$.budget.payments[" + last + "].paid", "the cumulative payment",
          "累计支付", payments.get(last).getPaid(), "executed", "执行数", budget.getExecuted(),
          budget);
    }
  }

  private void within(List<Finding> findings, String path, String part, String partZh,
      BigDecimal amount, String total, String totalZh, BigDecimal limit, Budget budget) {
    if (!above(amount, limit)) {
      return;
    }
    String unit = budget.getUnit().label();
    findings.add(finding(path).expected(plain(limit)).actual(plain(amount))
        .messageEn(part + " (" + plain(amount) + " " + unit + ") exceed " + total + " ("
            + plain(limit) + " " + unit + "): a part cannot exceed its total")
        .messageZh(partZh + "（" + plain(amount) + " " + unit + "）超过" + totalZh + "（"
            + plain(limit) + " " + unit + "）：明细不能超过合计")
        .build());
  }

  private static BigDecimal inUnit(BigDecimal amount, MoneyUnit from, MoneyUnit to) {
    return from == to ? amount : to.fromYuan(from.toYuan(amount));
  }
}
