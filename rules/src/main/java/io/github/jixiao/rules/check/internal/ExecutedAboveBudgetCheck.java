package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.rules.internal.Echo;
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
    String unit = budget.getUnit().label();
    compare(findings, "$.budget.executed", "the budget", "预算", budget.getExecuted(),
        budget.getFullYear(), unit);
    line(findings, "$.budget.basic", "basic spending", "基本支出", budget.getBasic(), unit);
    line(findings, "$.budget.personnel", "personnel spending", "人员经费", budget.getPersonnel(),
        unit);
    line(findings, "$.budget.operating", "operating spending", "公用经费", budget.getOperating(),
        unit);
    line(findings, "$.budget.project", "project spending", "项目支出", budget.getProject(), unit);
    line(findings, "$.budget.procurement", "procurement", "政府采购", budget.getProcurement(), unit);
    if (budget.getThreePublic().isPresent()) {
      ThreePublicExpenses three = budget.getThreePublic().get();
      line(findings, "$.budget.threePublic.overseasTrips", "overseas trips", "因公出国(境)费",
          Optional.of(three.getOverseasTrips()), unit);
      line(findings, "$.budget.threePublic.vehicles", "official vehicles", "公务用车购置及运行费",
          Optional.of(three.getVehicles()), unit);
      line(findings, "$.budget.threePublic.hospitality", "official hospitality", "公务接待费",
          Optional.of(three.getHospitality()), unit);
    }
    List<Project> projects = context.evaluation().getProjects();
    for (int p = 0; p < projects.size(); p++) {
      Project project = projects.get(p);
      if (project.getExecuted().isPresent() && project.getBudget().isPresent()) {
        String name = Echo.phrase(project.getName());
        compare(findings, "$.projects[" + p + "].executed", "project '" + name + "'",
            "项目“" + name + "”", project.getExecuted().get(),
            project.getBudget().get(), project.getUnit().label());
      }
    }
    return findings;
  }

  private void line(List<Finding> findings, String path, String name, String nameZh,
      Optional<BudgetLine> line, String unit) {
    line.ifPresent(l -> compare(findings, path + ".executed", name, nameZh, l.getExecuted(),
        l.getBudget(), unit));
  }

  private void compare(List<Finding> findings, String path, String name, String nameZh,
      BigDecimal executed, BigDecimal budgeted, String unit) {
    if (!above(executed, budgeted)) {
      return;
    }
    findings.add(finding(path).expected(plain(budgeted)).actual(plain(executed))
        .messageEn("executed " + plain(executed) + " " + unit + " is above " + name + "'s budget "
            + plain(budgeted) + " " + unit)
        .messageZh(nameZh + "执行数 " + plain(executed) + " " + unit + " 超过预算数 "
            + plain(budgeted) + " " + unit)
        .build());
  }
}
