package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Aggregation and grading (汇总与定级) of one scoring: the card's indicator and group rows in
 * the order they are walked, the weight that did not apply, and at the end the total — rescaled
 * to the full score when part of it did not apply (按百分制折算) — with its grade (等级).
 */
final class Aggregation {

  private final SelfEvaluation evaluation;
  private final Rulebook rulebook;
  private final RoundingPolicy rounding;
  private final List<Message> notes;
  private final List<IndicatorScore> scores;
  private final List<GroupScore> groups = new ArrayList<>();
  private BigDecimal notApplicableWeight = BigDecimal.ZERO;
  private BigDecimal emptyGroupWeight = BigDecimal.ZERO;

  Aggregation(SelfEvaluation evaluation, Rulebook rulebook, List<Message> notes) {
    this.evaluation = evaluation;
    this.rulebook = rulebook;
    this.rounding = rulebook.getRounding();
    this.notes = notes;
    this.scores = new ArrayList<>(evaluation.getIndicators().size());
  }

  /** Adds a leaf's row; a leaf that did not apply takes its weight out of the applicable one. */
  void leaf(IndicatorScore score, boolean applicable, BigDecimal weight) {
    scores.add(score);
    if (!applicable) {
      notApplicableWeight = notApplicableWeight.add(weight);
    }
  }

  /** Keeps a group's place before its children are walked; {@link #finishGroup} fills it. */
  int reserveGroup() {
    groups.add(null);
    return groups.size() - 1;
  }

  void finishGroup(int at, RulebookIndicator node, BigDecimal weight, Subtotal sub) {
    finishGroup(at, node.getCode(), node.getName(), node.getLevel(), node.getParentCode(), weight,
        sub);
  }

  void finishGroup(int at, Indicator table, BigDecimal weight, Subtotal sub) {
    finishGroup(at, table.getCode(), table.getName(), table.getLevel(), table.getParentCode(),
        weight, sub);
  }

  private void finishGroup(int at, String code, String name, int level,
      Optional<String> parentCode, BigDecimal weight, Subtotal sub) {
    if (sub.leafWeight.compareTo(weight) != 0) {
      notes.add(Message.of("note.weight-mismatch", Argument.text("name", Echo.phrase(name)),
          Argument.number("sum", sub.leafWeight), Argument.number("weight", weight)));
    }
    groups.set(at, GroupScore.of(code, name, level, parentCode, weight,
        sub.anyApplicable ? ScoreStatus.SCORED : ScoreStatus.NOT_APPLICABLE, sub.points,
        sub.allClaimed ? Optional.of(sub.claimed) : Optional.empty(),
        sub.allClaimed ? Optional.of(sub.points.subtract(sub.claimed)) : Optional.empty()));
  }

  /**
   * An open group the table gives nothing under: not applicable; its weight counts toward the
   * maximum unless it was moved to other groups ({@code moved}).
   */
  Subtotal emptyGroup(RulebookIndicator node, BigDecimal weight, boolean moved) {
    if (!moved) {
      emptyGroupWeight = emptyGroupWeight.add(weight);
      notes.add(Message.of("note.group-not-applicable",
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.number("weight", weight)));
    }
    groups.add(GroupScore.of(node.getCode(), node.getName(), node.getLevel(),
        node.getParentCode(), moved ? BigDecimal.ZERO : weight, ScoreStatus.NOT_APPLICABLE,
        BigDecimal.ZERO, Optional.empty(), Optional.empty()));
    return new Subtotal();
  }

  /**
   * The card. {@code all} sums every root's subtotal: the points and weights of every scored
   * indicator, added up once during the walk (exact sums, so the order does not matter).
   */
  ScoreCard card(Subtotal all) {
    BigDecimal sum = all.points;
    BigDecimal leafWeights = all.leafWeight;
    BigDecimal maximum = leafWeights.add(emptyGroupWeight);
    BigDecimal applicable = maximum.subtract(notApplicableWeight).subtract(emptyGroupWeight);
    boolean rescaled = applicable.compareTo(maximum) < 0 && applicable.signum() > 0;
    BigDecimal total = rescaled
        ? rounding.round(Decimals.divide(sum.multiply(maximum), applicable))
        : rounding.round(sum);
    if (rescaled) {
      notes.add(Message.of("note.rescaled", Argument.number("applicable", applicable),
          Argument.number("sum", sum), Argument.number("maximum", maximum),
          Argument.number("total", total)));
    }
    Optional<BigDecimal> claimed = evaluation.getClaimedTotal();
    return ScoreCard.of(rulebook.getId(), rulebook.getTitle(),
        evaluation.getFiscalYear(), evaluation.getDepartment().getName(), scores, groups, sum,
        maximum, applicable, rescaled, total, rulebook.getGradeScale().gradeOf(total), claimed,
        claimed.isPresent() ? Optional.of(total.subtract(claimed.get())) : Optional.empty(),
        evaluation.getClaimedGrade(), notes);
  }
}
