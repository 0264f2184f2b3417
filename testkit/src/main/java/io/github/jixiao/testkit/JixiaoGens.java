package io.github.jixiao.testkit;

import io.github.jixiao.core.Amount;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.OrganisationalUnit;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Points;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.ThreePublicExpenses;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generators of valid values of the Jixiao domain (领域值生成器), for property tests. Every value
 * they give builds (core accepts it), and more: it is <em>consistent</em>, as a careful unit would
 * write it, so that a reviewer's standard checks find no error in it ({@code Checks.standard()}:
 * no {@code ERROR} finding; the warning JX-404, whose formula fires for any claimed total above
 * 94.74, and the info JX-502, a duty no task serves, may still appear) —
 *
 * <ul>
 *   <li>money is exact, in whole fen (two decimals), never negative;</li>
 *   <li>a budget's parts agree: basic + project = the full-year budget and executed, personnel +
 *       operating = basic, no line executed above its budget, nothing above the full-year budget;
 *   <li>an indicator table's weights add up: the roots to exactly 100.00, every node's children
 *       to exactly the node, each weight above zero with at most two decimals;</li>
 *   <li>every leaf has one entry: a quantitative one claims what the default rule for its
 *       direction gives (正向 proportional, 反向 ratio, 等于) less its deductions, floored at zero
 *       (扣完为止); a qualitative one claims points inside its level's band (达成 80–100 %, 部分达成 60–&lt;80 %, 未达成 &lt;60 % of the weight); a
 *       missed target has a deviation reason;</li>
 *   <li>the claimed total is the sum of the claimed scores, the claimed grade its grade on the
 *       central scale; stated rates are their numerator ÷ denominator at their precision;</li>
 *   <li>key projects fit within the project-spending line; a problem names only indicators that
 *       lost points; an execution rate below 90 % comes with a problem that explains it; the
 *       narrative claims every target met only when every target, execution included, was.</li>
 * </ul>
 *
 * <p>The claims are not worked out by the testkit: each evaluation is scored by
 * {@code Scorer.standard()} under a rulebook of its own table with the default rules
 * ({@link RulebookGens#tableAsRulebook(List)}), and claims exactly what the score card gives, its
 * grade on {@code GradeScale.central()}. For rulebooks, and evaluations
 * generated under one, see {@link RulebookGens}; for the inputs of a single rule, {@link RuleGens}.
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

  /**
   * Amounts of money in whole fen (two decimals) from zero to {@code most}, simplest zero.
   *
   * @throws IllegalArgumentException if {@code most} is below zero, has more than two decimals
   *     (is not a whole number of fen) or is too large to count in fen
   */
  public static Gen<BigDecimal> money(BigDecimal most) {
    Objects.requireNonNull(most, "most");
    if (most.signum() < 0) {
      throw new IllegalArgumentException("most " + most.toPlainString() + " is below zero");
    }
    long hundredths;
    try {
      hundredths = most.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("most " + most.toPlainString() + " is not a whole"
          + " number of fen (at most two decimals) up to " + Long.MAX_VALUE + " fen", e);
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

  /**
   * Duties (职责) of a department, coded {@code "duty-1"} to {@code "duty-6"}, maybe with the organ
   * that sets them.
   */
  public static Gen<Duty> duties() {
    return source -> Departments.duty("duty-" + source.between(1, 6, 1)).generate(source);
  }

  /**
   * Organisational units (内设机构) of a department, coded {@code "unit-1"} to {@code "unit-5"},
   * maybe with a category; the parent, if any, is a unit of a smaller number — so that units drawn
   * one by one, in order, form a tree. A unit is never its own parent.
   */
  public static Gen<OrganisationalUnit> organisationalUnits() {
    return source -> Departments.unit(source.intBetween(1, 5)).generate(source);
  }

  /** Staffing (编制与实有人数): up to 200 authorised posts, no more staff in post than posts. */
  public static Gen<Staffing> staffing() {
    return Departments.staffing();
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
   * Budget lines (预算科目, e.g. 基本支出, 项目支出) in 万元: a budget from zero to 100 000 万元 and an
   * executed amount within it, whole fen.
   */
  public static Gen<BudgetLine> budgetLines() {
    return Budgets.lines();
  }

  /**
   * The three public expenses (三公经费: 因公出国（境）, 公务用车, 公务接待) of a budget of up to
   * 100 000 万元: each line a small share of it, executed within its budget, maybe with the previous
   * year's budget.
   */
  public static Gen<ThreePublicExpenses> threePublicExpenses() {
    return Budgets.threePublic();
  }

  /**
   * Carry-over balances (结转结余) of a budget of up to 100 000 万元: at the start up to the budget,
   * at the end what was left unspent of it.
   */
  public static Gen<CarryOver> carryOvers() {
    return Budgets.carryOvers();
  }

  /** Payments (支付进度) of one quarter: the amount planned and the amount paid, within it. */
  public static Gen<Payment> payments() {
    return Budgets.payments();
  }

  /**
   * Indicators (绩效指标) on their own: a level-1 leaf coded {@code "1"} with a weight from
   * {@link #weights()}; quantitative with a direction, a target and a unit (a target above zero
   * for 正向 ≥), or qualitative with a target text.
   */
  public static Gen<Indicator> indicators() {
    return IndicatorTables.single();
  }

  /**
   * One entry (自评表 line) for {@code indicator}, a level-1 indicator with no parent, as
   * {@link #indicators()} gives: a quantitative one's actual value (none to 150 % of its target)
   * claiming the points the default rule for its direction gives, a qualitative one's level and
   * points inside its band; a deviation reason when the target was missed.
   *
   * @throws IllegalArgumentException if {@code indicator} is not at level 1, has a parent or weighs
   *     more than 100
   */
  public static Gen<IndicatorEntry> entry(Indicator indicator) {
    return Entries.entry(Objects.requireNonNull(indicator, "indicator"));
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

  /** Problems (存在的问题) a narrative reports, each in an area, naming no indicator. */
  public static Gen<Problem> problems() {
    return Evaluations.problem(List.of());
  }

  /**
   * Problems (存在的问题) each in an area, some naming one of {@code lostPoints} — the codes of
   * indicators that lost points: a problem that names an indicator at full marks is a finding.
   */
  public static Gen<Problem> problems(List<String> lostPoints) {
    return Evaluations.problem(Objects.requireNonNull(lostPoints, "lostPoints"));
  }

  /** Improvement measures (改进措施) a narrative announces, each in an area. */
  public static Gen<Improvement> improvements() {
    return Evaluations.improvement();
  }

  /**
   * Claims a narrative makes (报告表述): that every target was met (均达到了年初设定的各项绩效目标)
   * or of another kind. Only an evaluation whose every target, execution included, was met may
   * consistently make the first.
   */
  public static Gen<NarrativeClaim> narrativeClaims() {
    return Evaluations.narrativeClaim(true);
  }

  /**
   * Reviews (复核) of {@code evaluation} free of the review's own problems: a score per leaf from
   * 0 to its weight, points taken below it with their share of the weight and a reason, the total
   * the sum of the scores.
   */
  public static Gen<Review> reviews(SelfEvaluation evaluation) {
    return Reviews.of(evaluation);
  }

  /**
   * Mid-year monitoring reports (绩效运行监控表) of any month: a budget (sometimes 0, up to twice it
   * executed) and up to eight rows of every kind — positive, reverse, equal, qualitative — some
   * without a current value, a positive one's target sometimes 0, with or without 完成可能性,
   * 偏差原因说明 and an adjustment (with or without its reason). Any of them can be lit; {@link
   * MonitoringLaws} holds the lights' law.
   */
  public static Gen<MonitoringReport> monitoringReports() {
    return MonitoringReports.reports();
  }

  /**
   * Whole self-evaluations (绩效自评), department-wide or project, with a complete indicator table:
   * well-formed and consistent as described above.
   */
  public static Gen<SelfEvaluation> selfEvaluations() {
    return Evaluations.selfEvaluations(IndicatorTables.complete());
  }

  /**
   * {@code count} project self-evaluations (项目支出绩效自评) of one unit and one year, as a roll-up
   * into the department takes them (lifecycle.md §5): each as {@link #selfEvaluations()} gives
   * it, made a project of the first one's unit (its code and name) and year, titled 项目1, 项目2 ….
   *
   * @throws IllegalArgumentException unless {@code count} is 1 to 100
   */
  public static Gen<List<SelfEvaluation>> projectsOfOneUnit(int count) {
    if (count < 1 || count > 100) {
      throw new IllegalArgumentException("count must be 1 to 100, not " + count);
    }
    Gen<SelfEvaluation> each = selfEvaluations();
    return source -> {
      List<SelfEvaluation> all = new ArrayList<>();
      SelfEvaluation first = each.generate(source);
      for (int i = 0; i < count; i++) {
        SelfEvaluation e = i == 0 ? first : each.generate(source);
        all.add(e.withKind(EvaluationKind.PROJECT).withFiscalYear(first.getFiscalYear())
            .withTitle("项目" + (i + 1)).withDepartment(e.getDepartment()
                .withCode(first.getDepartment().getCode())
                .withName(first.getDepartment().getName())));
      }
      return List.copyOf(all);
    };
  }

  /**
   * Target declarations (绩效目标申报表) of generated project self-evaluations, each the one its
   * evaluation answers to the letter (the same rows, targets, units and weights; its full-year
   * budget requested), so that {@code StageLinks} finds nothing between the two.
   */
  public static Gen<TargetDeclaration> targetDeclarations() {
    return TargetDeclarations.declared().map(TargetDeclarations.Declared::declaration);
  }

  /** The target declaration {@code evaluation} answers to the letter. */
  public static TargetDeclaration declarationOf(SelfEvaluation evaluation) {
    return TargetDeclarations.of(evaluation);
  }

  /**
   * Self-evaluations under an open rulebook: the table is {@code groups} with leaves the
   * evaluation supplies, as {@link #indicatorTables(List)} gives.
   */
  public static Gen<SelfEvaluation> selfEvaluations(List<Indicator> groups) {
    return Evaluations.selfEvaluations(indicatorTables(groups));
  }
}
