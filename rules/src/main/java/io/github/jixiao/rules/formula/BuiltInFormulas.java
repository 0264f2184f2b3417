package io.github.jixiao.rules.formula;

import static io.github.jixiao.rules.formula.Formulas.ADJUSTMENT_RATE;
import static io.github.jixiao.rules.formula.Formulas.CARRY_OVER_CHANGE;
import static io.github.jixiao.rules.formula.Formulas.CARRY_OVER_RATE;
import static io.github.jixiao.rules.formula.Formulas.EXECUTION_RATE;
import static io.github.jixiao.rules.formula.Formulas.EXECUTION_RATE_FUNDS_IN_PLACE;
import static io.github.jixiao.rules.formula.Formulas.EXECUTION_RATE_WITH_CARRY_OVER;
import static io.github.jixiao.rules.formula.Formulas.KEY_SPENDING_RATE;
import static io.github.jixiao.rules.formula.Formulas.KEY_TASK_COMPLETION;
import static io.github.jixiao.rules.formula.Formulas.MISSED_MILESTONES;
import static io.github.jixiao.rules.formula.Formulas.OPERATING_COST_CONTROL;
import static io.github.jixiao.rules.formula.Formulas.PAYMENT_PROGRESS;
import static io.github.jixiao.rules.formula.Formulas.PROCUREMENT_EXECUTION;
import static io.github.jixiao.rules.formula.Formulas.SATISFACTION;
import static io.github.jixiao.rules.formula.Formulas.STAFF_CONTROL;
import static io.github.jixiao.rules.formula.Formulas.TASK_COMPLETION;
import static io.github.jixiao.rules.formula.Formulas.THREE_PUBLIC_CHANGE;
import static io.github.jixiao.rules.formula.Formulas.THREE_PUBLIC_CONTROL;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.Payment;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.Task;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.spi.Formula;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The built-in formulas (内置计算公式) of {@link Formulas}, as the MoF framework (财预〔2013〕53号) is
 * commonly quoted: a rate is numerator ÷ denominator × 100 %, at six decimals, half up; a zero
 * denominator makes it not applicable; absent figures make it missing data.
 */
final class BuiltInFormulas {

  private BuiltInFormulas() {}

  /** A built-in formula: its id and how it computes. */
  private record BuiltIn(String id, Function<SelfEvaluation, FormulaResult> compute)
      implements Formula {
    @Override
    public FormulaResult compute(SelfEvaluation evaluation) {
      return compute.apply(evaluation);
    }
  }

  /** Every built-in formula, in a fixed order. */
  public static List<Formula> all() {
    Map<String, Function<SelfEvaluation, FormulaResult>> f = new LinkedHashMap<>();
    f.put(EXECUTION_RATE, e -> rated(EXECUTION_RATE, Formulas.executionRate(e.getBudget(), 6),
        "executed", e.getBudget().getExecuted(), "budget", e.getBudget().getFullYear()));
    f.put(EXECUTION_RATE_WITH_CARRY_OVER, e -> e.getBudget().getCarryOver()
        .map(c -> rate(EXECUTION_RATE_WITH_CARRY_OVER, "executed", e.getBudget().getExecuted(),
            "budget", e.getBudget().getFullYear().add(c.getAtStart()),
            Argument.number("fullYear", e.getBudget().getFullYear()),
            Argument.number("carryOver", c.getAtStart())))
        .orElseGet(() -> missing(EXECUTION_RATE_WITH_CARRY_OVER)));
    f.put(EXECUTION_RATE_FUNDS_IN_PLACE, e -> e.getBudget().getFundsInPlace()
        .map(funds -> rate(EXECUTION_RATE_FUNDS_IN_PLACE, "executed",
            e.getBudget().getExecuted(), "fundsInPlace", funds))
        .orElseGet(() -> missing(EXECUTION_RATE_FUNDS_IN_PLACE)));
    f.put(ADJUSTMENT_RATE, BuiltInFormulas::adjustmentRate);
    f.put(CARRY_OVER_RATE, e -> e.getBudget().getCarryOver()
        .map(c -> rate(CARRY_OVER_RATE, "carryOver", c.getAtEnd(), "budget",
            e.getBudget().getFullYear())).orElseGet(() -> missing(CARRY_OVER_RATE)));
    f.put(CARRY_OVER_CHANGE, e -> e.getBudget().getCarryOver()
        .map(BuiltInFormulas::carryOverChange).orElseGet(() -> missing(CARRY_OVER_CHANGE)));
    f.put(OPERATING_COST_CONTROL, e -> line(OPERATING_COST_CONTROL,
        e.getBudget().getOperating()));
    f.put(THREE_PUBLIC_CHANGE, e -> e.getBudget().getThreePublic()
        .flatMap(BuiltInFormulas::threePublicChange).orElseGet(() -> missing(THREE_PUBLIC_CHANGE)));
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
    f.put(SATISFACTION, BuiltInFormulas::satisfaction);
    f.put(KEY_SPENDING_RATE, BuiltInFormulas::keySpending);
    f.put(PAYMENT_PROGRESS, e -> e.getBudget().getPayments().isEmpty()
        ? missing(PAYMENT_PROGRESS)
        : paymentProgress(e.getBudget().getPayments()));
    f.put(MISSED_MILESTONES, BuiltInFormulas::missedMilestones);
    List<Formula> all = new ArrayList<>();
    f.forEach((id, compute) -> all.add(new BuiltIn(id, compute)));
    return List.copyOf(all);
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
