package io.github.jixiao.testkit;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Points;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.testkit.internal.Budgets;
import io.github.jixiao.testkit.internal.Departments;
import io.github.jixiao.testkit.internal.Entries;
import io.github.jixiao.testkit.internal.Evaluations;
import io.github.jixiao.testkit.internal.Figures;
import io.github.jixiao.testkit.internal.IndicatorTables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Generators of valid values of the Jixiao domain (领域值生成器), for property tests. Every value
 * they give builds (core accepts it), and more: it is <em>consistent</em>, as a careful unit would
 * write it, so that a reviewer's checks find nothing wrong with it —
 *
 * <ul>
 *   <li>money is exact, in whole fen (two decimals), never negative;</li>
 *   <li>a budget's parts agree: basic + project = the full-year budget and executed, personnel +
 *       operating = basic, no line executed above its budget, nothing above the full-year budget;
 *   <li>an indicator table's weights add up: the roots to exactly 100.00, every node's children
 *       to exactly the node, each weight above zero with at most two decimals;</li>
 *   <li>every leaf has one entry: a quantitative one claims the methodology's formula for its
 *       direction less its deductions, floored at zero (扣完为止); a qualitative one claims points
 *       inside its level's band (达成 80–100 %, 部分达成 60–&lt;80 %, 未达成 &lt;60 % of the weight); a
 *       missed target has a deviation reason;</li>
 *   <li>the claimed total is the sum of the claimed scores, the claimed grade its grade on the
 *       central scale; stated rates are their numerator ÷ denominator at their precision.</li>
 * </ul>
 *
 * <p>Draw them with {@link RandomSource} or, with shrinking, through
 * {@code io.github.jixiao.testkit.quicktheories.QuickTheoriesGens}. The simplest draws give the
 * simplest values, so a failing evaluation shrinks towards one root indicator of 100 points, an
 * empty budget, one duty and no tasks. {@link InvalidGens} gives values that break one property.
 */
public final class JixiaoGens {

  private JixiaoGens() {}

  /** Amounts of money (金额) in 万元 or 元, whole fen, from zero to 100 000 万元. */
  public static Gen<Amount> amounts() {
    return source -> {
      MoneyUnit unit = source.choose(List.of(MoneyUnit.WAN_YUAN, MoneyUnit.YUAN));
      return new Amount(BigDecimal.valueOf(source.between(0, Budgets.mostHundredths(unit)), 2),
          unit);
    };
  }

  /** Amounts of money in whole fen (two decimals) from zero to {@code most}, simplest zero. */
  public static Gen<BigDecimal> money(BigDecimal most) {
    long hundredths = most.movePointRight(2).longValue();
    if (hundredths < 0) {
      throw new IllegalArgumentException("most " + most.toPlainString() + " is below zero");
    }
    return source -> BigDecimal.valueOf(source.between(0, hundredths), 2);
  }

  /** Percentages (百分比) from 0 % to 150 % stated at 0 to 2 decimals, simplest 0 %. */
  public static Gen<Percentage> percentages() {
    return source -> {
      int scale = source.intBetween(0, 2);
      long most = 150 * BigDecimal.TEN.pow(scale).longValueExact();
      return new Percentage(BigDecimal.valueOf(source.between(0, most), scale), scale);
    };
  }

  /** Points (得分) from zero to {@code most}, at two decimals, simplest zero. */
  public static Gen<Points> points(Points most) {
    long hundredths = most.value().movePointRight(2).longValueExact();
    if (hundredths < 0) {
      throw new IllegalArgumentException("most " + most + " is below zero");
    }
    return source -> new Points(BigDecimal.valueOf(source.between(0, hundredths), 2));
  }

  /** Weights (分值) of an indicator: above zero, at most 100, at two decimals, simplest 1.00. */
  public static Gen<BigDecimal> weights() {
    return source -> BigDecimal.valueOf(source.between(1, 100_00, 100), 2);
  }

  /** Budgets (部门预算) whose parts agree, in 万元 or 元, executed within the full-year budget. */
  public static Gen<Budget> budgets() {
    return Budgets.budgets();
  }

  /**
   * Departments (部门) with 1 to 6 duties (职责), up to 5 organisational units (内设机构) forming a
   * tree, and maybe staffing with no more staff in post than posts.
   */
  public static Gen<Department> departments() {
    return Departments.departments();
  }

  /** Up to 5 tasks (年度工作任务) of {@code department}, each serving 1 to 3 of its duties. */
  public static Gen<List<Task>> tasks(Department department) {
    return Departments.tasks(Objects.requireNonNull(department, "department"));
  }

  /** Up to 2 key projects (重点项目) within {@code budget}, in its unit. */
  public static Gen<List<Project>> projects(Budget budget) {
    return Departments.projects(Objects.requireNonNull(budget, "budget"));
  }

  /**
   * Complete indicator tables (自评表): 1 to 4 level-1 indicators whose weights add up to exactly
   * 100.00, each a leaf or a group whose children add up to it, down to level 3; codes are
   * positional ({@code "2.1.3"}) and parents come before their children. A group is qualitative
   * with no target; only leaves are scored.
   */
  public static Gen<List<Indicator>> indicatorTables() {
    return IndicatorTables.complete();
  }

  /**
   * Open indicator tables: the fixed {@code groups} of a rulebook (level-1/2 indicators whose
   * weights already add up) followed by the leaves the evaluation supplies under every group that
   * has no children, 1 to 4 per group, their weights adding up to the group's.
   *
   * @throws IllegalArgumentException if a group without children is at level 3
   */
  public static Gen<List<Indicator>> indicatorTables(List<Indicator> groups) {
    return IndicatorTables.open(Objects.requireNonNull(groups, "groups"));
  }

  /**
   * Deductions (扣分) from the quantitative leaves of {@code table}: up to 3, in half points where
   * the weight allows, never more than a leaf's weight in all.
   */
  public static Gen<List<Deduction>> deductions(List<Indicator> table) {
    return Entries.deductions(table);
  }

  /**
   * One entry (自评表 line) per leaf of {@code table}, as if nothing were deducted: a quantitative
   * leaf's actual value (none to 150 % of its target) and the formula's points for its direction,
   * a qualitative leaf's level and points inside its band.
   */
  public static Gen<List<IndicatorEntry>> entries(List<Indicator> table) {
    return Entries.entries(table, List.of());
  }

  /** One entry per leaf of {@code table}, each quantitative claim less its {@code deductions}. */
  public static Gen<List<IndicatorEntry>> entries(List<Indicator> table,
      List<Deduction> deductions) {
    return Entries.entries(table, deductions);
  }

  /**
   * Stated figures (报告中表述的数据) coded {@code code}: a rate that is its numerator ÷ denominator
   * at its stated precision, a whole count, or an amount in 万元.
   */
  public static Gen<StatedFigure> statedFigures(String code) {
    return Figures.figure(Objects.requireNonNull(code, "code"));
  }

  /**
   * Whole self-evaluations (绩效自评), department-wide or project, with a complete indicator table:
   * well-formed and consistent as described above.
   */
  public static Gen<SelfEvaluation> selfEvaluations() {
    return Evaluations.selfEvaluations(IndicatorTables.complete());
  }

  /**
   * Self-evaluations under an open rulebook: the table is {@code groups} with leaves the
   * evaluation supplies, as {@link #indicatorTables(List)} gives.
   */
  public static Gen<SelfEvaluation> selfEvaluations(List<Indicator> groups) {
    return Evaluations.selfEvaluations(indicatorTables(groups));
  }
}
