package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.MoneyUnit;
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
import java.util.Optional;

/**
 * JX-103: executed above budget (超预算支出) — the whole budget, each budget line (basic,
 * personnel, operating, project, procurement), each 三公 item and each key project.
 */
final class ExecutedAboveBudgetCheck extends StandardCheck {

  ExecutedAboveBudgetCheck() {
    super(CheckCode.EXECUTED_ABOVE_BUDGET);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    Budget budget = context.evaluation().getBudget();
    MoneyUnit unit = budget.getUnit();
    compare(findings, "$.budget.executed", Message.of("check.budget.whole"),
        budget.getExecuted(), budget.getFullYear(), unit);
    line(findings, "$.budget.basic", "check.budget.basic", budget.getBasic(), unit);
    line(findings, "$.budget.personnel", "check.budget.personnel", budget.getPersonnel(), unit);
    line(findings, "$.budget.operating", "check.budget.operating", budget.getOperating(), unit);
    line(findings, "$.budget.project", "check.budget.project", budget.getProject(), unit);
    line(findings, "$.budget.procurement", "check.budget.procurement", budget.getProcurement(),
        unit);
    if (budget.getThreePublic().isPresent()) {
      ThreePublicExpenses three = budget.getThreePublic().get();
      line(findings, "$.budget.threePublic.overseasTrips", "check.budget.overseas-trips",
          Optional.of(three.getOverseasTrips()), unit);
      line(findings, "$.budget.threePublic.vehicles", "check.budget.vehicles",
          Optional.of(three.getVehicles()), unit);
      line(findings, "$.budget.threePublic.hospitality", "check.budget.hospitality",
          Optional.of(three.getHospitality()), unit);
    }
    List<Project> projects = context.evaluation().getProjects();
    for (int p = 0; p < projects.size(); p++) {
      Project project = projects.get(p);
      if (project.getExecuted().isPresent() && project.getBudget().isPresent()) {
        compare(findings, "$.projects[" + p + "].executed", Message.of("check.budget.key-project",
            phrase("name", project.getName())), project.getExecuted().get(),
            project.getBudget().get(), project.getUnit());
      }
    }
    return findings;
  }

  private void line(List<Finding> findings, String path, String name,
      Optional<BudgetLine> line, MoneyUnit unit) {
    line.ifPresent(l -> compare(findings, path + ".executed", Message.of(name), l.getExecuted(),
        l.getBudget(), unit));
  }

  private void compare(List<Finding> findings, String path, Message name, BigDecimal executed,
      BigDecimal budgeted, MoneyUnit unit) {
    if (!above(executed, budgeted)) {
      return;
    }
    findings.add(finding(path).expected(plain(budgeted)).actual(plain(executed))
        .message(Message.of("check.executed-above-budget", number("executed", executed),
            Argument.message("unit", Message.label(unit)), Argument.message("line", name),
            number("budget", budgeted)))
        .build());
  }
}
