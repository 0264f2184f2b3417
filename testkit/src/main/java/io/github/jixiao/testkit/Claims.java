package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The unit's claims (自评得分) as the rules give them: an evaluation is scored by
 * {@link Scorer#standard()} and every claim — each indicator's score, the total, the grade — is
 * taken from the score card, never worked out here. A table of the evaluation's own is scored
 * under {@link #ownTable(List)}.
 */
final class Claims {

  private Claims() {}

  /**
   * A rulebook that scores {@code table} as it stands (自评表即评分表): one node per indicator
   * with its weight, kind, direction, target and unit, no rule named (the default for the kind and
   * direction applies), the central grade scale, rounding half up to two decimals.
   */
  public static Rulebook ownTable(List<Indicator> table) {
    Rulebook.Builder book = Rulebook.builder().id("own-table").title("自评表").source("自评表")
        .provenance(Provenance.confirmed("自评表"));
    for (Indicator indicator : table) {
      RulebookIndicator.Builder node = RulebookIndicator.builder().code(indicator.getCode())
          .name(indicator.getName()).level(indicator.getLevel()).weight(indicator.getWeight())
          .kind(indicator.getKind());
      indicator.getParentCode().ifPresent(node::parentCode);
      indicator.getDirection().ifPresent(node::direction);
      indicator.getTarget().ifPresent(node::target);
      indicator.getUnit().ifPresent(node::unit);
      book.addIndicator(node.build());
    }
    return book.build();
  }

  /** {@code entries} of {@code table}, less {@code deductions}, scored under the table itself. */
  static ScoreCard score(List<Indicator> table, List<IndicatorEntry> entries,
      List<Deduction> deductions) {
    SelfEvaluation bare = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2021).department(BARE_DEPARTMENT).budget(BARE_BUDGET)
        .addAllIndicators(table).addAllEntries(entries).addAllDeductions(deductions).build();
    return Scorer.standard().score(bare, ownTable(table));
  }

  /**
   * {@code evaluation} claiming exactly what {@code card} gives it: each entry the points of its
   * indicator, the total the card's total, the grade that total's grade on {@code scale}.
   */
  static SelfEvaluation claimed(SelfEvaluation evaluation, ScoreCard card, GradeScale scale) {
    return claiming(SelfEvaluation.builder().from(evaluation), evaluation.getEntries(), card,
        scale).build();
  }

  /**
   * {@code evaluation} set to claim what {@code card} gives an evaluation with {@code entries}:
   * those entries with their claimed points, the total and its grade on {@code scale} (when the card
   * has a total).
   */
  static SelfEvaluation.Builder claiming(SelfEvaluation.Builder evaluation,
      List<IndicatorEntry> entries, ScoreCard card, GradeScale scale) {
    evaluation.entries(claimed(entries, card));
    if (card.getTotal().isEmpty()) {
      return evaluation; // nothing scored: nothing to claim a total of
    }
    BigDecimal total = twoDecimals(card.getTotal().get());
    return evaluation.claimedTotal(total).claimedGrade(scale.gradeOf(total));
  }

  /** Each of {@code entries} claiming the points {@code card} gives its indicator, if scored. */
  static List<IndicatorEntry> claimed(List<IndicatorEntry> entries, ScoreCard card) {
    Map<String, BigDecimal> points = new HashMap<>();
    for (IndicatorScore score : card.getIndicators()) {
      points.put(score.getCode(), twoDecimals(score.getPoints()));
    }
    List<IndicatorEntry> claimed = new ArrayList<>(entries.size());
    for (IndicatorEntry entry : entries) {
      claimed.add(entry.withClaimedScore(
          Optional.ofNullable(points.get(entry.getIndicatorCode()))));
    }
    return List.copyOf(claimed);
  }

  /** Points at two decimals, as a unit writes them: exact, since no policy keeps more than two. */
  private static BigDecimal twoDecimals(BigDecimal points) {
    return points.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static final Department BARE_DEPARTMENT = Department.builder().code("testkit")
      .name("自评表").level(GovernmentLevel.COUNTY).region("—")
      .kind(DepartmentKind.ADMINISTRATIVE).build();

  private static final Budget BARE_BUDGET = Budget.builder().fullYear(BigDecimal.ZERO)
      .executed(BigDecimal.ZERO).build();
}
