package io.github.jixiao.rules.rollup;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.result.ScoreCard;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One project of a roll-up (汇总的项目): its self-evaluation and, where it was scored, its score
 * card. Its score and grade are the rules' where the card has them, else the unit's own (自评);
 * {@link #scoredByRules()} says which.
 *
 * @param evaluation the project's self-evaluation
 * @param card its score card, if it was scored
 */
public record RolledProject(SelfEvaluation evaluation, Optional<ScoreCard> card) {

  /** Checks both are given. */
  public RolledProject {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(card, "card");
  }

  /** A project scored under a rulebook. */
  public static RolledProject scored(SelfEvaluation evaluation, ScoreCard card) {
    return new RolledProject(evaluation, Optional.of(card));
  }

  /** A project taken at its own claims (自评). */
  public static RolledProject claimed(SelfEvaluation evaluation) {
    return new RolledProject(evaluation, Optional.empty());
  }

  /** Whether {@link #score()} and {@link #grade()} are the rules' rather than the unit's. */
  public boolean scoredByRules() {
    return card.flatMap(ScoreCard::getTotal).isPresent();
  }

  /** The rules' total where scored, else the claimed total (自评总分), if any. */
  public Optional<BigDecimal> score() {
    return scoredByRules() ? card.flatMap(ScoreCard::getTotal) : evaluation.getClaimedTotal();
  }

  /** The rules' grade where scored, else the claimed grade, if any. */
  public Optional<Grade> grade() {
    return scoredByRules() ? card.flatMap(ScoreCard::getGrade) : evaluation.getClaimedGrade();
  }

  /** 全年预算数 in 万元, exactly, without trailing zeros. */
  public BigDecimal budgetWan() {
    return wan(evaluation.getBudget().getFullYear());
  }

  /** 执行数 in 万元, exactly. */
  public BigDecimal executedWan() {
    return wan(evaluation.getBudget().getExecuted());
  }

  /** 预算执行率 in % at 2 decimals, half up; empty for a budget of 0 (not applicable). */
  public Optional<BigDecimal> executionRate() {
    BigDecimal budget = evaluation.getBudget().getFullYear();
    return budget.signum() == 0 ? Optional.empty() : Optional.of(evaluation.getBudget()
        .getExecuted().multiply(Decimals.HUNDRED).divide(budget, 2, RoundingMode.HALF_UP));
  }

  /** Whether execution is below {@code percent} of the budget, compared exactly. */
  boolean executionBelow(BigDecimal percent) {
    BigDecimal budget = evaluation.getBudget().getFullYear();
    return budget.signum() > 0 && evaluation.getBudget().getExecuted().multiply(Decimals.HUNDRED)
        .compareTo(percent.multiply(budget)) < 0;
  }

  private BigDecimal wan(BigDecimal amount) {
    return wan(amount, evaluation.getBudget().getUnit());
  }

  /** {@code amount} of {@code unit} in 万元, exactly, without trailing zeros (5 000 000 元: 500). */
  static BigDecimal wan(BigDecimal amount, MoneyUnit unit) {
    return Decimals.plain(MoneyUnit.WAN_YUAN.fromYuan(unit.toYuan(amount)));
  }
}
