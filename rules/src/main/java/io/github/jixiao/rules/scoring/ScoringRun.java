package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.EvaluationIndex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scoring (评分) of one evaluation under one rulebook: indexes the table once ({@link
 * EvaluationRows}, over the evaluation's shared {@link EvaluationIndex}), plans the moves of weight ({@link WeightPlan}), then walks the rulebook's tree
 * once — a node bound to the table's indicator ({@link TableBinding}), a group reserved and summed
 * ({@link Aggregation}), a leaf scored ({@link LeafScorer}), an open group's leaves taken from the
 * table, and a group that received moved weight raised ({@link GroupRaise}) — and makes the card.
 */
final class ScoringRun {

  private final SelfEvaluation evaluation;
  private final Rulebook rulebook;
  private final BookIndex book;
  private final EvaluationRows rows;
  private final TableBinding binding;
  private final Aggregation aggregation;
  private final LeafScorer leaves;
  private final List<Message> notes = new ArrayList<>();
  private WeightPlan plan;

  ScoringRun(ScoringRules rules, Formulas formulas, EvaluationIndex index, Rulebook rulebook,
      BookIndex book, Optional<Message> kindNote, FailurePolicy failurePolicy) {
    SelfEvaluation evaluation = index.evaluation();
    this.evaluation = evaluation;
    this.rulebook = rulebook;
    this.book = book;
    this.rows = new EvaluationRows(index);
    this.binding = new TableBinding(rows, evaluation.getIndicators(), rulebook, notes);
    this.aggregation = new Aggregation(evaluation, rulebook, notes);
    RuleInvocation invocation = new RuleInvocation(new RuleGuard(rulebook.getId(),
        rulebook.getRounding().getScale(), notes), failurePolicy, notes);
    this.leaves = new LeafScorer(rules, rulebook, evaluation,
        new LeafResolution(book, rows, formulas, evaluation, notes), invocation, aggregation);
    kindNote.ifPresent(notes::add);
  }

  ScoreCard run() {
    if (!rulebook.appliesTo(evaluation.getFiscalYear())) {
      notes.add(Message.of("note.rulebook-year",
          Argument.text("rulebook", Echo.text(rulebook.getId())),
          Argument.number("year", evaluation.getFiscalYear())));
    }
    plan = new WeightPlan(book.redistributing, rulebook, rows, binding, notes);
    Subtotal all = new Subtotal();
    for (RulebookIndicator root : book.children.getOrDefault(null, List.of())) {
      all.add(walkBook(root));
    }
    rows.noteWhatWasNotScored(rulebook.getId(), notes);
    return aggregation.card(all, plan.moves());
  }

  /** Walks a rulebook node. */
  private Subtotal walkBook(RulebookIndicator node) {
    Indicator match = binding.match(node);
    if (match != null) {
      rows.markUsed(rows.get(match.getCode()));
    }
    BigDecimal weight = TableBinding.weightOrNull(node, match);
    if (weight == null) {
      return new Subtotal(); // a framework indicator the evaluation's table does not use
    }
    List<RulebookIndicator> kids = book.children.getOrDefault(node.getCode(), List.of());
    if (binding.isEmptyOpen(node, match)) {
      boolean moved = plan.movedFrom(node.getCode());
      if (!moved) {
        plan.leftOut(node, weight);
      }
      return aggregation.emptyGroup(node, weight, moved);
    }
    if (node.isOpen() || !kids.isEmpty()) {
      int at = aggregation.reserveGroup();
      Subtotal sub = new Subtotal();
      BigDecimal groupWeight = plan.groupWeight(node, match, weight);
      if (node.isOpen()) {
        for (Indicator child : rows.children(match.getCode())) {
          sub.add(walkTable(child));
        }
      } else {
        for (RulebookIndicator kid : kids) {
          sub.add(walkBook(kid));
        }
      }
      GroupRaise raise = plan.raise(node, sub.leafWeight, groupWeight);
      Message explanation = null;
      if (raise != null) {
        BigDecimal sum = sub.points;
        sub.points = raise.points(sum);
        sub.leafWeight = raise.raised();
        // A leaf that does not apply leaves out its raised weight, so a perfect project is 100.
        sub.notApplicableWeight = raise.weight(sub.notApplicableWeight);
        // The unit's claims are at the table's weights: raised as its points are, they compare.
        sub.claimed = sub.allClaimed ? raise.points(sub.claimed) : sub.claimed;
        explanation = raise.explanation(sum, sub.points);
      }
      aggregation.finishGroup(at, node, groupWeight, sub, explanation);
      return sub;
    }
    Optional<BigDecimal> own = node.getWeight();
    if (match != null && own.isPresent() && match.getWeight().compareTo(own.get()) != 0) {
      notes.add(Message.of("note.table-weight-differs",
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.number("tableWeight", match.getWeight()),
          Argument.number("weight", own.get())));
    }
    return leaves.score(node, match, weight);
  }

  /** Walks an indicator of an open group's table. */
  private Subtotal walkTable(Indicator indicator) {
    EvaluationIndex.Row row = rows.get(indicator.getCode());
    rows.markUsed(row);
    if (!row.hasChildren()) {
      return leaves.score(null, indicator, indicator.getWeight());
    }
    int at = aggregation.reserveGroup();
    Subtotal sub = new Subtotal();
    for (Indicator kid : row.children()) {
      sub.add(walkTable(kid));
    }
    aggregation.finishGroup(at, indicator, indicator.getWeight(), sub, null);
    return sub;
  }
}
