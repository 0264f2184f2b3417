package io.github.jixiao.testkit.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.testkit.Gen;
import io.github.jixiao.testkit.Source;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whole self-evaluations (绩效自评) that are well-formed and consistent: the parts above put
 * together, with the claimed total the sum of the claimed indicator scores, the claimed grade
 * the central standard's grade of that total, and a narrative that claims every target met only
 * when every target was.
 */
public final class Evaluations {

  private Evaluations() {}

  static final int MAX_PROBLEMS = 2;
  static final int MAX_IMPROVEMENTS = 2;

  /** Execution below this rate (预算完成率) comes with a problem that explains it. */
  private static final BigDecimal EXPLAINED_BELOW = new BigDecimal("90.00");

  /** Self-evaluations whose indicator table is drawn from {@code tables}. */
  public static Gen<SelfEvaluation> selfEvaluations(Gen<List<Indicator>> tables) {
    return source -> {
      EvaluationKind kind = source.choose(List.of(EvaluationKind.values()));
      int year = (int) source.between(2000, 2100, 2021);
      Department department = Departments.departments().generate(source);
      Budget budget = Budgets.budgets().generate(source);
      List<Indicator> table = tables.generate(source);
      List<Deduction> deductions = Entries.deductions(table).generate(source);
      List<IndicatorEntry> entries = Entries.entries(table, deductions).generate(source);
      BigDecimal total = entries.stream().map(e -> e.getClaimedScore().orElseThrow())
          .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
      SelfEvaluation.Builder evaluation = SelfEvaluation.builder().kind(kind).fiscalYear(year)
          .department(department).budget(budget)
          .addAllTasks(Departments.tasks(department).generate(source))
          .addAllProjects(Departments.projects(budget).generate(source))
          .addAllIndicators(table).addAllEntries(entries).addAllDeductions(deductions)
          .claimedTotal(total).claimedGrade(centralGrade(total))
          .addAllStatedFigures(Figures.figures(budget).generate(source));
      if (source.nextBoolean()) {
        evaluation.title(year + "年" + kind.label() + "绩效自评报告");
      }
      narrative(source, evaluation, budget, table, entries);
      return evaluation.build();
    };
  }

  /**
   * The grade of {@code total} on the central standard (财预〔2020〕10号): 优 from 90, 良 from 80,
   * 中 from 60, 差 below.
   */
  public static Grade centralGrade(BigDecimal total) {
    if (total.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return Grade.EXCELLENT;
    }
    if (total.compareTo(BigDecimal.valueOf(80)) >= 0) {
      return Grade.GOOD;
    }
    return total.compareTo(BigDecimal.valueOf(60)) >= 0 ? Grade.FAIR : Grade.POOR;
  }

  private static void narrative(Source source, SelfEvaluation.Builder evaluation, Budget budget,
      List<Indicator> table, List<IndicatorEntry> entries) {
    Map<String, Indicator> byCode = table.stream()
        .collect(Collectors.toMap(Indicator::getCode, Function.identity()));
    List<String> lostPoints = entries.stream()
        .filter(e -> e.getClaimedScore().orElseThrow()
            .compareTo(byCode.get(e.getIndicatorCode()).getWeight()) < 0)
        .map(IndicatorEntry::getIndicatorCode).toList();
    boolean lowExecution = Percentage.ofRatio(budget.getExecuted(), budget.getFullYear(), 2)
        .filter(rate -> rate.value().compareTo(EXPLAINED_BELOW) < 0).isPresent();
    if (lowExecution) {
      evaluation.addProblem(Problem.builder().text(Words.LOW_EXECUTION).addArea(Words.EXECUTION_AREA).build());
    }
    int problems = source.intBetween(0, MAX_PROBLEMS);
    for (int p = 0; p < problems; p++) {
      Problem.Builder problem = Problem.builder().text(source.choose(Words.PROBLEMS))
          .addArea(source.choose(Words.AREAS));
      // A problem names only indicators that lost points: naming one at full marks is a finding.
      if (!lostPoints.isEmpty() && source.nextBoolean()) {
        problem.addIndicatorCode(source.choose(lostPoints));
      }
      evaluation.addProblem(problem.build());
    }
    int improvements = source.intBetween(0, MAX_IMPROVEMENTS);
    for (int i = 0; i < improvements; i++) {
      evaluation.addImprovement(Improvement.builder().text(source.choose(Words.IMPROVEMENTS))
          .addArea(source.choose(Words.AREAS)).build());
    }
    // "Every target met" must hold of the budget too: a reviewer reads 预算完成率 below 100 % as a
    // missed target.
    boolean allMet = budget.getExecuted().compareTo(budget.getFullYear()) >= 0
        && entries.stream().allMatch(e -> Entries.metTarget(byCode.get(e.getIndicatorCode()), e));
    if (source.nextBoolean()) {
      evaluation.addNarrativeClaim(allMet && source.nextBoolean()
          ? NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
              .quote("均达到了年初设定的各项绩效目标").section("部门整体绩效管理情况").build()
          : NarrativeClaim.builder().kind(ClaimKind.OTHER)
              .quote("绩效管理情况较为理想，保重点、保运转，多办事少花钱").build());
    }
  }
}
