package io.github.jixiao.rules.formula;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.scoring.Argument;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The named formulas (计算公式) that derive an indicator's actual value from the evaluation's own
 * data, so that nobody types a rate by hand. An indicator names one by its id ({@code
 * Indicator.getFormula()} or {@code RulebookIndicator.getFormula()}); the score card shows the
 * value next to the figures it came from. A rate is numerator ÷ denominator × 100 %, at six
 * decimals, half up; a zero denominator makes it not applicable.
 *
 * <p>Formulas as the MoF framework (财预〔2013〕53号) is commonly quoted; where Jixiao had to choose
 * a reading, the formula's javadoc says so.
 */
public final class Formulas {

  /** 预算完成率 / 预算执行率: executed ÷ full-year budget. */
  public static final String EXECUTION_RATE = "execution-rate";
  /**
   * 预算调整率: adjustments ÷ full-year budget. The adjustments are the budget's stated
   * adjustments, else full-year − initial budget; a cut counts as a negative rate (the framework's
   * formula, unsigned; how a band table treats a cut is the rulebook's business).
   */
  public static final String ADJUSTMENT_RATE = "adjustment-rate";
  /** 结转结余率: carry-over at the end of the year ÷ full-year budget. */
  public static final String CARRY_OVER_RATE = "carry-over-rate";
  /** 结转结余变动率: (carry-over at the end − at the start) ÷ at the start. */
  public static final String CARRY_OVER_CHANGE = "carry-over-change";
  /** 公用经费控制率: operating spending ÷ operating budget. */
  public static final String OPERATING_COST_CONTROL = "operating-cost-control";
  /** "三公经费"变动率: (this year's 三公 budget − last year's) ÷ last year's. */
  public static final String THREE_PUBLIC_CHANGE = "three-public-change";
  /** "三公经费"控制率: 三公 spending ÷ 三公 budget. */
  public static final String THREE_PUBLIC_CONTROL = "three-public-control";
  /** 政府采购执行率: procurement spent ÷ procurement budget. */
  public static final String PROCUREMENT_EXECUTION = "procurement-execution";
  /** 在职人员控制率: staff in post ÷ authorised posts (编制数). */
  public static final String STAFF_CONTROL = "staff-control";
  /** 实际完成率: work done ÷ work planned, over the tasks that count both. */
  public static final String TASK_COMPLETION = "task-completion";
  /** 重点工作办结率: work done ÷ work planned, over the key tasks that count both. */
  public static final String KEY_TASK_COMPLETION = "key-task-completion";
  /**
   * 社会公众或服务对象满意度: satisfied ÷ valid respondents, from the stated figure with code
   * {@code satisfaction} (its numerator and denominator).
   */
  public static final String SATISFACTION = "satisfaction";
  /**
   * 重点支出安排率: the key projects' budgets ÷ the project-spending budget; missing data when a key
   * project does not give its budget.
   */
  public static final String KEY_SPENDING_RATE = "key-spending-rate";
  /** 支付进度率: paid ÷ planned, at the last milestone of the year. */
  public static final String PAYMENT_PROGRESS = "payment-progress";
  /** The number of payment milestones whose payment fell short of plan (for milestone rules). */
  public static final String MISSED_MILESTONES = "missed-milestones";

  // Built once and unmodifiable: no caller can add or remove a formula for the whole JVM.
  private static final Map<String, Function<SelfEvaluation, FormulaResult>> FORMULAS = build();

  private static Map<String, Function<SelfEvaluation, FormulaResult>> build() {
    Map<String, Function<SelfEvaluation, FormulaResult>> f = new LinkedHashMap<>();
    f.put(EXECUTION_RATE, e -> rated(EXECUTION_RATE, executionRate(e.getBudget(), 6),
        "executed", e.getBudget().getExecuted(), "budget", e.getBudget().getFullYear()));
    f.put(ADJUSTMENT_RATE, Formulas::adjustmentRate);
    f.put(CARRY_OVER_RATE, e -> e.getBudget().getCarryOver()
        .map(c -> rate(CARRY_OVER_RATE, "carryOver", c.getAtEnd(), "budget",
            e.getBudget().getFullYear())).orElseGet(() -> missing(CARRY_OVER_RATE)));
    f.put(CARRY_OVER_CHANGE, e -> e.getBudget().getCarryOver()
        .map(Formulas::carryOverChange).orElseGet(() -> missing(CARRY_OVER_CHANGE)));
    f.put(OPERATING_COST_CONTROL, e -> line(OPERATING_COST_CONTROL,
        e.getBudget().getOperating()));
    f.put(THREE_PUBLIC_CHANGE, e -> e.getBudget().getThreePublic()
        .flatMap(Formulas::threePublicChange).orElseGet(() -> missing(THREE_PUBLIC_CHANGE)));
    f.put(THREE_PUBLIC_CONTROL, e -> e.getBudget().getThreePublic()
        .map(t -> rate(THREE_PUBLIC_CONTROL, "executed", t.executedTotal(), "budget",
            t.budgetTotal())).orElseGet(() -> missing(THREE_PUBLIC_CONTROL)));
    f.put(PROCUREMENT_EXECUTION, e -> line(PROCUREMENT_EXECUTION,
        e.getBudget().getProcurement()));
    f.put(STAFF_CONTROL, e -> e.getDepartment().getStaffing()
        .map(s -> rate(STAFF_CONTROL, "staffInPost", BigDecimal.valueOf(s.getStaffInPost()),
            "authorisedPosts", BigDecimal.valueOf(s.getAuthorisedPosts())))
        .orElseGet(() -> missing(STAFF_CONTROL)));
    f.put(TASK_COMPLETION, e -> taskCompletion(TASK_COMPLETION, e.getTasks(), false));
    f.put(KEY_TASK_COMPLETION, e -> taskCompletion(KEY_TASK_COMPLETION, e.getTasks(),
        true));
    f.put(SATISFACTION, Formulas::satisfaction);
    f.put(KEY_SPENDING_RATE, Formulas::keySpending);
    f.put(PAYMENT_PROGRESS, e -> e.getBudget().getPayments().isEmpty()
        ? missing(PAYMENT_PROGRESS)
        : paymentProgress(e.getBudget().getPayments()));
    f.put(MISSED_MILESTONES, Formulas::missedMilestones);
    return Collections.unmodifiableMap(f);
  }

  private Formulas() {}

  /** Every formula id, in a fixed order; unmodifiable. */
  public static Set<String> ids() {
    return FORMULAS.keySet();
  }

  /** Whether {@code id} names a formula. */
  public static boolean isKnown(String id) {
    return FORMULAS.containsKey(id);
  }

  /**
   * Computes formula {@code id} from {@code evaluation}'s data.
   *
   * @throws IllegalArgumentException if no formula has that id (the message lists them)
   */
  public static FormulaResult compute(String id, SelfEvaluation evaluation) {
    Function<SelfEvaluation, FormulaResult> formula = FORMULAS.get(id);
    if (formula == null) {
      throw new IllegalArgumentException("no formula is named '" + Echo.text(id) + "'; use one of "
          + FORMULAS.keySet());
    }
    return formula.apply(evaluation);
  }

  /**
   * 预算执行率: executed ÷ full-year budget × 100 at {@code scale} decimals, half up; empty when
   * the budget is zero (not applicable). The one place the execution rate is computed: the formula
   * {@link #EXECUTION_RATE} (at 6 decimals) and the checks (through
   * {@code CheckContext.executionRate}) all use it.
   */
  public static Optional<Percentage> executionRate(Budget budget, int scale) {
    return Percentage.ofRatio(budget.getExecuted(), budget.getFullYear(), scale);
  }

  private static FormulaResult rate(String id, String numeratorName, BigDecimal numerator,
      String denominatorName, BigDecimal denominator, Argument... more) {
    return rated(id, Percentage.ofRatio(numerator, denominator, 6), numeratorName, numerator,
        denominatorName, denominator, more);
  }

  private static FormulaResult rated(String id, Optional<Percentage> rate, String numeratorName,
      BigDecimal numerator, String denominatorName, BigDecimal denominator, Argument... more) {
    return FormulaResult.builder().formula(id)
        .status(rate.isPresent() ? FormulaStatus.COMPUTED : FormulaStatus.NOT_APPLICABLE)
        .value(rate.map(Percentage::value)).unit("%")
        .addInputs(Argument.number(numeratorName, numerator),
            Argument.number(denominatorName, denominator))
        .addInputs(more)
        .build();
  }

  private static FormulaResult missing(String id) {
    return FormulaResult.builder().formula(id).status(FormulaStatus.MISSING_DATA)
        .unit("%").build();
  }

  private static FormulaResult line(String id, Optional<BudgetLine> line) {
    return line.map(l -> rate(id, "executed", l.getExecuted(), "budget", l.getBudget()))
        .orElseGet(() -> missing(id));
  }

  private static FormulaResult adjustmentRate(SelfEvaluation e) {
    Budget budget = e.getBudget();
    Optional<BigDecimal> adjustments = budget.getAdjustments()
        .or(() -> budget.getInitial().map(initial -> budget.getFullYear().subtract(initial)));
    return adjustments.map(a -> rate(ADJUSTMENT_RATE, "adjustments", a, "budget",
        budget.getFullYear())).orElseGet(() -> missing(ADJUSTMENT_RATE));
  }

  private static FormulaResult carryOverChange(CarryOver c) {
    return rate(CARRY_OVER_CHANGE, "change", c.getAtEnd().subtract(c.getAtStart()),
        "atStart", c.getAtStart(), Argument.number("atEnd", c.getAtEnd()));
  }

  private static Optional<FormulaResult> threePublicChange(ThreePublicExpenses t) {
    return t.getPreviousYearBudget().map(previous -> rate(THREE_PUBLIC_CHANGE, "change",
        t.budgetTotal().subtract(previous), "previousYearBudget", previous,
        Argument.number("budget", t.budgetTotal())));
  }

  private static FormulaResult taskCompletion(String id, List<Task> tasks, boolean keyOnly) {
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal done = BigDecimal.ZERO;
    int counted = 0;
    for (Task task : tasks) {
      if ((keyOnly && !task.isKey()) || task.getPlannedCount().isEmpty()
          || task.getCompletedCount().isEmpty()) {
        continue;
      }
      planned = planned.add(BigDecimal.valueOf(task.getPlannedCount().get()));
      done = done.add(BigDecimal.valueOf(task.getCompletedCount().get()));
      counted++;
    }
    if (counted == 0) {
      return missing(id);
    }
    return rate(id, "completed", done, "planned", planned,
        Argument.number("tasks", BigDecimal.valueOf(counted)));
  }

  private static FormulaResult satisfaction(SelfEvaluation e) {
    for (StatedFigure figure : e.getStatedFigures()) {
      if (figure.getCode().equals(SATISFACTION) && figure.getNumerator().isPresent()) {
        return rate(SATISFACTION, "satisfied", figure.getNumerator().get(), "respondents",
            figure.getDenominator().orElseThrow());
      }
    }
    return missing(SATISFACTION);
  }

  private static FormulaResult keySpending(SelfEvaluation e) {
    Optional<BudgetLine> projectLine = e.getBudget().getProject();
    if (projectLine.isEmpty() || e.getProjects().isEmpty()) {
      return missing(KEY_SPENDING_RATE);
    }
    BigDecimal keyYuan = BigDecimal.ZERO;
    for (Project p : e.getProjects()) {
      if (p.getBudget().isEmpty()) {
        return missing(KEY_SPENDING_RATE); // one key project without its budget: no honest rate
      }
      keyYuan = keyYuan.add(p.getUnit().toYuan(p.getBudget().get()));
    }
    BigDecimal projectYuan = e.getBudget().getUnit().toYuan(projectLine.get().getBudget());
    return rate(KEY_SPENDING_RATE, "keyProjectsYuan", keyYuan, "projectSpendingYuan",
        projectYuan);
  }

  private static FormulaResult paymentProgress(List<Payment> payments) {
    Payment last = payments.get(payments.size() - 1);
    return rate(PAYMENT_PROGRESS, "paid", last.getPaid(), "planned", last.getPlanned());
  }

  private static FormulaResult missedMilestones(SelfEvaluation e) {
    List<Payment> payments = e.getBudget().getPayments();
    if (payments.isEmpty()) {
      return FormulaResult.builder().formula(MISSED_MILESTONES)
          .status(FormulaStatus.MISSING_DATA).unit("个").build();
    }
    int missed = 0;
    for (Payment p : payments) {
      if (p.getPaid().compareTo(p.getPlanned()) < 0) {
        missed++;
      }
    }
    return FormulaResult.builder().formula(MISSED_MILESTONES)
        .status(FormulaStatus.COMPUTED).value(BigDecimal.valueOf(missed)).unit("个")
        .addInputs(Argument.number("milestones", BigDecimal.valueOf(payments.size()))).build();
  }
}
