package io.github.jixiao.rules.rollup;

import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Rolls a unit's project self-evaluations up into its department (项目汇总, lifecycle.md §5): see
 * {@link DepartmentRollup} for what it holds. A score below {@link #LOW_SCORE} and an execution
 * below {@link #LOW_EXECUTION} % are the published form's thresholds; both are compared exactly.
 */
public final class Rollups {

  /** A project scoring below this is listed (低于 60 分的项目). */
  public static final BigDecimal LOW_SCORE = BigDecimal.valueOf(60);

  /** A project executing below this share of its budget, in %, is listed (执行率低于 90%). */
  public static final BigDecimal LOW_EXECUTION = BigDecimal.valueOf(90);

  private Rollups() {}

  /**
   * The roll-up of {@code projects}, checked against {@code department}, the unit's department-wide
   * evaluation, where given.
   *
   * @throws RollupException if there is no project, if one is not a project evaluation, or if they
   *     (or the department-wide evaluation) are of several units or years
   */
  public static DepartmentRollup of(List<RolledProject> projects,
      Optional<SelfEvaluation> department) {
    if (projects.isEmpty()) {
      throw new RollupException(Message.of("rules.rollup.no-project"));
    }
    TreeSet<String> units = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    for (RolledProject p : projects) {
      SelfEvaluation e = p.evaluation();
      if (e.getKind() != EvaluationKind.PROJECT) {
        throw new RollupException(Message.of("rules.rollup.not-a-project",
            Argument.text("title", Echo.text(e.getTitle().orElse(e.getDepartment().getName())))));
      }
      units.add(e.getDepartment().getCode());
      years.add(e.getFiscalYear());
    }
    department.ifPresent(d -> {
      units.add(d.getDepartment().getCode());
      years.add(d.getFiscalYear());
    });
    if (units.size() > 1 || years.size() > 1) {
      throw new RollupException(Message.of("rules.rollup.several",
          Argument.text("units", Echo.text(String.join(", ", units))),
          Argument.text("years", Echo.text(years.toString()))));
    }
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal executed = BigDecimal.ZERO;
    Map<Grade, Integer> perGrade = new EnumMap<>(Grade.class);
    for (Grade g : Grade.values()) {
      perGrade.put(g, 0);
    }
    int ungraded = 0;
    List<RolledProject> belowSixty = new ArrayList<>();
    List<RolledProject> belowNinety = new ArrayList<>();
    for (RolledProject p : projects) {
      budget = budget.add(p.budgetWan());
      executed = executed.add(p.executedWan());
      Optional<Grade> grade = p.grade();
      if (grade.isPresent()) {
        perGrade.merge(grade.get(), 1, Integer::sum);
      } else {
        ungraded++;
      }
      if (p.score().filter(s -> s.compareTo(LOW_SCORE) < 0).isPresent()) {
        belowSixty.add(p);
      }
      if (p.executionBelow(LOW_EXECUTION)) {
        belowNinety.add(p);
      }
    }
    Map<Grade, BigDecimal> shares = new EnumMap<>(Grade.class);
    BigDecimal count = BigDecimal.valueOf(projects.size());
    perGrade.forEach((g, n) -> shares.put(g, BigDecimal.valueOf(n).multiply(Decimals.HUNDRED)
        .divide(count, 2, RoundingMode.HALF_UP)));
    Optional<BigDecimal> rate = budget.signum() == 0 ? Optional.empty()
        : Optional.of(executed.multiply(Decimals.HUNDRED).divide(budget, 2, RoundingMode.HALF_UP));
    SelfEvaluation first = projects.get(0).evaluation();
    List<RollupFinding> findings = new ArrayList<>();
    BigDecimal sum = budget;
    department.ifPresent(d -> against(d, sum, projects.size(), findings));
    return new DepartmentRollup(first.getDepartment().getCode(), first.getDepartment().getName(),
        first.getFiscalYear(), projects, budget, executed, rate, perGrade, shares, ungraded,
        belowSixty, belowNinety, IndicatorTotals.of(projects), findings);
  }

  /** The department-wide evaluation's 项目支出 against the projects' Σ budget (万元). */
  private static void against(SelfEvaluation department, BigDecimal projectsWan, int count,
      List<RollupFinding> findings) {
    Optional<BudgetLine> line = department.getBudget().getProject();
    if (line.isEmpty()) {
      return;
    }
    BigDecimal stated = RolledProject.wan(line.get().getBudget(), department.getBudget().getUnit());
    int order = projectsWan.compareTo(stated);
    if (order > 0) {
      findings.add(new RollupFinding("JX-851", Severity.ERROR, "$.budget.project.budget",
          Message.of("rules.rollup.projects-above-line", Argument.number("count", count),
              Argument.number("sum", projectsWan), Argument.number("stated", stated))));
    } else if (order < 0) {
      Optional<BigDecimal> share = stated.signum() == 0 ? Optional.empty() : Optional.of(
          projectsWan.multiply(Decimals.HUNDRED).divide(stated, 2, RoundingMode.HALF_UP));
      findings.add(new RollupFinding("JX-852", Severity.INFO, "$.budget.project.budget",
          Message.of("rules.rollup.projects-below-line", Argument.number("count", count),
              Argument.number("sum", projectsWan), Argument.number("stated", stated),
              Argument.number("share", share.orElse(BigDecimal.ZERO)))));
    }
  }
}
