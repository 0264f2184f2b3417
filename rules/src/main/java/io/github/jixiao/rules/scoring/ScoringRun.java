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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scoring (评分) of one evaluation under one rulebook: indexes the table once ({@link
 * EvaluationRows}), plans the moves of weight ({@link WeightPlan}), then walks the rulebook's tree
 * once — a node bound to the table's indicator ({@link TableBinding}), a group reserved and summed
 * ({@link Aggregation}), a leaf scored ({@link LeafScorer}), an open group's leaves taken from the
 * table and scaled when its weight was raised ({@link LeafScaling}) — and makes the card.
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

  ScoringRun(ScoringRules rules, Formulas formulas, SelfEvaluation evaluation, Rulebook rulebook,
      Optional<Message> kindNote, FailurePolicy failurePolicy) {
    this.evaluation = evaluation;
    this.rulebook = rulebook;
    this.book = new BookIndex(rulebook);
    this.rows = new EvaluationRows(evaluation);
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
      all.add(walkBook(root, null));
    }
    rows.noteWhatWasNotScored(rulebook.getId(), notes);
    return aggregation.card(all);
  }

  /** Walks a rulebook node; {@code scaling} (may be null) scales the leaves of its open group. */
  private Subtotal walkBook(RulebookIndicator node, LeafScaling scaling) {
    Indicator match = binding.match(node);
    if (match != null) {
      rows.get(match.getCode()).used = true;
    }
    BigDecimal weight = TableBinding.weightOrNull(node, match);
    if (weight == null) {
      return new Subtotal(); // a framework indicator the evaluation's table does not use
    }
    List<RulebookIndicator> kids = book.children.getOrDefault(node.getCode(), List.of());
    if (binding.isEmptyOpen(node, match)) {
      return aggregation.emptyGroup(node, weight, plan.movedFrom(node.getCode()));
    }
    if (node.isOpen() || !kids.isEmpty()) {
      int at = aggregation.reserveGroup();
      Subtotal sub = new Subtotal();
      BigDecimal groupWeight = plan.groupWeight(node, match, weight);
      LeafScaling own = plan.scaling(node, match, groupWeight);
      LeafScaling inner = own != null ? own : scaling;
      if (node.isOpen()) {
        for (Indicator child : rows.children(match.getCode())) {
          sub.add(walkTable(child, inner));
        }
      } else {
        for (RulebookIndicator kid : kids) {
          sub.add(walkBook(kid, inner));
        }
      }
      aggregation.finishGroup(at, node, groupWeight, sub);
      return sub;
    }
    Optional<BigDecimal> own = node.getWeight();
    if (match != null && own.isPresent() && match.getWeight().compareTo(own.get()) != 0) {
      notes.add(Message.of("note.table-weight-differs",
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.number("tableWeight", match.getWeight()),
          Argument.number("weight", own.get())));
    }
    return leaves.score(node, match, weight, scaling);
  }

  /** Walks an indicator of an open group's table; {@code scaling} may be null. */
  private Subtotal walkTable(Indicator indicator, LeafScaling scaling) {
    EvaluationRows.Row row = rows.get(indicator.getCode());
    row.used = true;
    List<Indicator> kids = row.children;
    if (kids == null) {
      return leaves.score(null, indicator, indicator.getWeight(), scaling);
    }
    int at = aggregation.reserveGroup();
    Subtotal sub = new Subtotal();
    for (Indicator kid : kids) {
      sub.add(walkTable(kid, scaling));
    }
    BigDecimal weight = indicator.getWeight();
    if (scaling != null) {
      // A consistent table group keeps its consistency scaled: its weight is its scaled leaves'.
      weight = scaling.groupWeight(weight, rows.leafSum(indicator.getCode()), sub.leafWeight);
    }
    aggregation.finishGroup(at, indicator, weight, sub);
    return sub;
  }
}
