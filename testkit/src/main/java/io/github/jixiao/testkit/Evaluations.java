package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whole self-evaluations (绩效自评) that are well-formed and consistent: the parts above put
 * together; each claimed score, the claimed total and the claimed grade what the scorer gives the
 * evaluation under its own table (the total the sum of the scores, graded on the central
 * standard); and a narrative that claims every target met only when every target was.
 */
final class Evaluations {

  private Evaluations() {}

  static final int MAX_PROBLEMS = 2;
  static final int MAX_IMPROVEMENTS = 2;

  /** Execution below this rate (预算完成率) comes with a problem that explains it. */
  private static final BigDecimal EXPLAINED_BELOW = new BigDecimal("90.00");

  /**
   * Self-evaluations whose indicator table is drawn from {@code tables}. The claims are not worked
   * out here: the evaluation is scored by the {@link io.github.jixiao.rules.scoring.Scorer} under
   * its own table ({@link Claims#ownTable(List)}), and claims what the card gives, graded on
   * {@link GradeScale#central()}.
   */
  public static Gen<SelfEvaluation> selfEvaluations(Gen<List<Indicator>> tables) {
    return source -> {
      EvaluationKind kind = source.choose(List.of(EvaluationKind.values()));
      int year = (int) source.between(2000, 2100, 2021);
      Department department = Departments.departments().generate(source);
      Budget budget = Budgets.budgets().generate(source);
      List<Indicator> table = tables.generate(source);
      List<Deduction> deductions = Entries.deductions(table).generate(source);
      List<IndicatorEntry> drawn = Entries.unclaimed(table).generate(source);
      SelfEvaluation.Builder unclaimed = SelfEvaluation.builder().kind(kind).fiscalYear(year)
          .department(department).budget(budget)
          .addAllTasks(Departments.tasks(department).generate(source))
          .addAllProjects(Departments.projects(budget).generate(source))
          .addAllIndicators(table).addAllEntries(drawn).addAllDeductions(deductions)
          .addAllStatedFigures(Figures.figures(budget).generate(source));
      if (source.nextBoolean()) {
        unclaimed.title(year + "年" + kind.label() + "绩效自评报告");
      }
      SelfEvaluation bare = unclaimed.build();
      ScoreCard card = Scorer.standard().score(bare, Claims.ownTable(table));
      SelfEvaluation.Builder evaluation = Claims.claiming(SelfEvaluation.builder().from(bare),
          drawn, card, GradeScale.central());
      narrative(source, evaluation, budget, table, Claims.claimed(drawn, card));
      return evaluation.build();
    };
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
      evaluation.addProblem(problem(lostPoints).generate(source));
    }
    int improvements = source.intBetween(0, MAX_IMPROVEMENTS);
    for (int i = 0; i < improvements; i++) {
      evaluation.addImprovement(improvement().generate(source));
    }
    // "Every target met" must hold of the budget too: a reviewer reads 预算完成率 below 100 % as a
    // missed target.
    boolean allMet = budget.getExecuted().compareTo(budget.getFullYear()) >= 0
        && entries.stream().allMatch(e -> Entries.metTarget(byCode.get(e.getIndicatorCode()), e));
    if (source.nextBoolean()) {
      evaluation.addNarrativeClaim(narrativeClaim(allMet).generate(source));
    }
  }

  /**
   * Problems (存在的问题) in an area, naming maybe one of {@code lostPoints}: a problem names only
   * indicators that lost points, since naming one at full marks is a finding.
   */
  public static Gen<Problem> problem(List<String> lostPoints) {
    List<String> named = List.copyOf(lostPoints);
    return source -> {
      Problem.Builder problem = Problem.builder().text(source.choose(Words.PROBLEMS))
          .addArea(source.choose(Words.AREAS));
      if (!named.isEmpty() && source.nextBoolean()) {
        problem.addIndicatorCode(source.choose(named));
      }
      return problem.build();
    };
  }

  /** Improvement measures (改进措施) in an area. */
  public static Gen<Improvement> improvement() {
    return source -> Improvement.builder().text(source.choose(Words.IMPROVEMENTS))
        .addArea(source.choose(Words.AREAS)).build();
  }

  /**
   * Claims the narrative makes (报告表述): "every target met" (均达到了年初设定的各项绩效目标) only
   * when {@code allMet}, otherwise a claim of another kind.
   */
  public static Gen<NarrativeClaim> narrativeClaim(boolean allMet) {
    return source -> allMet && source.nextBoolean()
        ? NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
            .quote("均达到了年初设定的各项绩效目标").section("部门整体绩效管理情况").build()
        : NarrativeClaim.builder().kind(ClaimKind.OTHER)
            .quote("绩效管理情况较为理想，保重点、保运转，多办事少花钱").build();
  }
}
