package io.github.jixiao.rules.rollup;

import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's projects rolled up (部门项目汇总, lifecycle.md §5): how many, their money added (万元,
 * exact), the execution rate of the sum (Σ 执行数 ÷ Σ 预算数, 2 decimals, half up), the projects per
 * grade with their shares (% of the projects, 2 decimals, half up; a project with no grade is
 * counted under {@link #ungraded()}), the projects below 60 points and those below 90 %
 * execution, the indicators the projects share, summed, and what the department-wide evaluation,
 * where given, says against them.
 *
 * @param departmentCode the unit's code
 * @param departmentName the unit's name
 * @param fiscalYear the year
 * @param projects the projects, in the order given
 * @param budget Σ 全年预算数 in 万元
 * @param executed Σ 执行数 in 万元
 * @param executionRate Σ 执行数 ÷ Σ 预算数 in %; empty when the budgets add up to 0
 * @param perGrade how many projects have each grade, every grade present (0 when none)
 * @param gradeShares each grade's share of the projects in %
 * @param ungraded how many projects have no grade (nothing scored, nothing claimed)
 * @param belowSixty the projects whose score is below 60
 * @param belowNinetyExecution the projects whose execution is below 90 % of their budget
 * @param indicators the indicators two or more projects share, summed
 * @param findings the department-wide evaluation against the projects (JX-851, JX-852)
 */
public record DepartmentRollup(String departmentCode, String departmentName, int fiscalYear,
    List<RolledProject> projects, BigDecimal budget, BigDecimal executed,
    Optional<BigDecimal> executionRate, Map<Grade, Integer> perGrade,
    Map<Grade, BigDecimal> gradeShares, int ungraded, List<RolledProject> belowSixty,
    List<RolledProject> belowNinetyExecution, List<IndicatorTotal> indicators,
    List<RollupFinding> findings) {

  /** Copies the lists and maps. */
  public DepartmentRollup {
    projects = List.copyOf(projects);
    perGrade = Map.copyOf(perGrade);
    gradeShares = Map.copyOf(gradeShares);
    belowSixty = List.copyOf(belowSixty);
    belowNinetyExecution = List.copyOf(belowNinetyExecution);
    indicators = List.copyOf(indicators);
    findings = List.copyOf(findings);
  }
}
