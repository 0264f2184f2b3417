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
import io.github.jixiao.rules.result.WeightMove;
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
  private BigDecimal emptyGroupWeight = BigDecimal.ZERO;

  Aggregation(SelfEvaluation evaluation, Rulebook rulebook, List<Message> notes) {
    this.evaluation = evaluation;
    this.rulebook = rulebook;
    this.rounding = rulebook.getRounding();
    this.notes = notes;
    this.scores = new ArrayList<>(evaluation.getIndicators().size());
  }

  /** Adds a leaf's row. */
  void leaf(IndicatorScore score) {
    scores.add(score);
  }

  /** Keeps a group's place before its children are walked; {@link #finishGroup} fills it. */
  int reserveGroup() {
    groups.add(null);
    return groups.size() - 1;
  }

  /** Fills a group's place; {@code explanation} (may be null) says how its points were made. */
  void finishGroup(int at, RulebookIndicator node, BigDecimal weight, Subtotal sub,
      Message explanation) {
    finishGroup(at, GroupScore.builder().code(node.getCode()).name(node.getName())
        .level(node.getLevel()).parentCode(node.getParentCode()), weight, sub, explanation);
  }

  /** Fills a group's place; {@code explanation} (may be null) says how its points were made. */
  void finishGroup(int at, Indicator table, BigDecimal weight, Subtotal sub,
      Message explanation) {
    finishGroup(at, GroupScore.builder().code(table.getCode()).name(table.getName())
        .level(table.getLevel()).parentCode(table.getParentCode()), weight, sub, explanation);
  }

  private void finishGroup(int at, GroupScore.Builder group, BigDecimal weight, Subtotal sub,
      Message explanation) {
    GroupScore.Builder g = group.weight(weight)
        .status(sub.anyApplicable ? ScoreStatus.SCORED : ScoreStatus.NOT_APPLICABLE)
        .points(sub.points).explanation(Optional.ofNullable(explanation));
    if (sub.allClaimed) {
      g.claimed(sub.claimed).difference(sub.points.subtract(sub.claimed));
    }
    GroupScore built = g.build();
    if (sub.leafWeight.compareTo(weight) != 0) {
      notes.add(Message.of("note.weight-mismatch",
          Argument.text("name", Echo.phrase(built.getName())),
          Argument.number("sum", sub.leafWeight), Argument.number("weight", weight)));
    }
    groups.set(at, built);
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
    groups.add(GroupScore.builder().code(node.getCode()).name(node.getName())
        .level(node.getLevel()).parentCode(node.getParentCode())
        .weight(moved ? BigDecimal.ZERO : weight).status(ScoreStatus.NOT_APPLICABLE)
        .points(BigDecimal.ZERO).build());
    return new Subtotal();
  }

  /**
   * The card. {@code all} sums every root's subtotal: the points and weights of every scored
   * indicator, added up once during the walk (exact sums, so the order does not matter). With
   * nothing scored from its inputs there is no total and no grade, and a note says why.
   */
  ScoreCard card(Subtotal all, List<WeightMove> moves) {
    BigDecimal sum = all.points;
    BigDecimal leafWeights = all.leafWeight;
    BigDecimal maximum = leafWeights.add(emptyGroupWeight);
    BigDecimal applicable = maximum.subtract(all.notApplicableWeight).subtract(emptyGroupWeight);
    ScoreCard.Builder card = ScoreCard.builder().rulebook(rulebook.getId())
        .rulebookTitle(rulebook.getTitle())
        .rulebookStatus(rulebook.getProvenance().getStatus())
        .rulebookNotice(rulebook.getProvenance().getNotice())
        .fiscalYear(evaluation.getFiscalYear())
        .department(evaluation.getDepartment().getName()).indicators(scores).groups(groups)
        .pointsSum(sum).maximum(maximum).applicableWeight(applicable)
        .claimedTotal(evaluation.getClaimedTotal()).claimedGrade(evaluation.getClaimedGrade())
        .weightMoves(moves);
    if (!anyScored()) {
      notes.add(Message.of("note.nothing-scored",
          Argument.text("rulebook", Echo.text(rulebook.getId())),
          Argument.number("count", scores.size())));
      return card.notes(notes).build();
    }
    boolean rescaled = applicable.compareTo(maximum) < 0 && applicable.signum() > 0;
    BigDecimal total = rescaled
        ? rounding.round(Decimals.divide(sum.multiply(maximum), applicable))
        : rounding.round(sum);
    if (rescaled) {
      notes.add(Message.of("note.rescaled", Argument.number("applicable", applicable),
          Argument.number("sum", sum), Argument.number("maximum", maximum),
          Argument.number("total", total)));
    }
    card.rescaled(rescaled).total(total).grade(rulebook.getGradeScale().gradeOf(total));
    evaluation.getClaimedTotal().ifPresent(claimed -> card.difference(total.subtract(claimed)));
    return card.notes(notes).build();
  }

  /** Whether any indicator was scored from its inputs (by its rule, or refused and given points). */
  private boolean anyScored() {
    for (IndicatorScore s : scores) {
      if (s.getStatus() == ScoreStatus.SCORED || s.getStatus() == ScoreStatus.REFUSED) {
        return true;
      }
    }
    return false;
  }
}
