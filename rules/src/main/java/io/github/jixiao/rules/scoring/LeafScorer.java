package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The scoring of one leaf (末级指标评分): its values resolved ({@link LeafResolution}), its rule
 * asked under the failure policy ({@link RuleInvocation}) unless its formula found it not
 * applicable, its deductions, its deductions column (扣减分数) and rounding applied ({@link
 * LeafPoints}, explained by {@link DeductionsExplanation} when the card cannot compose it) — and
 * its row added to the card ({@link Aggregation}). An execution line its rulebook does not cap is scored by {@link
 * UncappedExecution}, the one rule allowed points above the weight; the rulebook's settings that
 * change numbers are noted on the card once ({@link SettingsNotes}).
 */
final class LeafScorer {

  private final ScoringRules rules;
  private final Rulebook rulebook;
  private final RoundingPolicy rounding;
  private final SelfEvaluation evaluation;
  private final LeafResolution leaf;
  private final RuleInvocation invocation;
  private final Aggregation aggregation;
  // Scratch lists for one leaf's inputs and assumptions: the row's builder copies them.
  private final List<Argument> inputs = new ArrayList<>(5);
  private final List<String> assumptions = new ArrayList<>(3);
  private final ExecutionSettings execution;
  private final List<Message> notes;
  /** Whether the rulebook's settings were noted on the card, as its first leaf is scored. */
  private boolean settingsNoted;
  /** Whether the leaf being scored is an execution line its rulebook does not cap. */
  private boolean uncapped;

  LeafScorer(ScoringRules rules, Rulebook rulebook, SelfEvaluation evaluation,
      LeafResolution leaf, RuleInvocation invocation, Aggregation aggregation) {
    this.rules = rules;
    this.rulebook = rulebook;
    this.rounding = rulebook.getRounding();
    this.execution = rulebook.getExecution();
    this.evaluation = evaluation;
    this.leaf = leaf.under(execution, rounding);
    this.notes = leaf.notes();
    this.invocation = invocation;
    this.aggregation = aggregation;
  }

  /**
   * Scores the leaf of {@code node} (may be null: a leaf of an open group's table) matched to
   * {@code table} (may be null) at {@code weight}.
   */
  Subtotal score(RulebookIndicator node, Indicator table, BigDecimal weight) {
    if (!settingsNoted) {
      settingsNoted = true;
      SettingsNotes.add(rulebook, notes);
    }
    LeafResolution l = leaf.resolve(node, table);
    ScoringRule rule = rules.get(l.spec.getType());
    if (rule == null) {
      throw RulebookVerifier.unregistered(rules, l.spec.getType(), l.code, l.name,
          rulebook.getId());
    }
    uncapped = ExecutionLine.uncapped(l, execution);
    Message ignored = ExecutionLine.uncappedIgnored(l, execution);
    if (ignored != null) {
      notes.add(ignored);
    }
    IndicatorEntry entry = l.entry;
    Optional<QualitativeLevel> level = entry == null ? Optional.empty() : entry.getLevel();
    Optional<BigDecimal> chosen = entry == null ? Optional.empty() : entry.getClaimedScore();
    RuleInput input = RuleInput.builder().indicatorCode(l.code).indicatorName(l.name)
        .weight(weight).spec(l.spec).target(l.target).direction(l.direction).unit(l.unit)
        .actual(l.actual).level(level).chosenPoints(chosen).rounding(rounding)
        .evaluation(evaluation)
        // the coefficient form's 得分系数
        .coefficient(entry == null ? Optional.empty() : entry.getCoefficient()).build();
    RuleInvocation.Verdict outcome = l.formulaFailure != null
        ? invocation.formulaFailed(l.formulaFailure, l.code, l.name, l.formulaId, weight)
        : l.formulaNotApplicable()
        ? RuleInvocation.Verdict.of(RuleOutcome.notApplicable(Message.of("not-applicable.formula",
            Argument.text("name", Echo.phrase(l.name)),
            Argument.text("formula", Echo.text(l.formulaId)))))
        : uncapped ? invocation.invoke(new UncappedExecution(rule), l.spec.getType(), input,
            UncappedExecution.ceiling(input))
        : invocation.invoke(rule, l.spec.getType(), input);
    // The built-in rules' explanations usually hold these very arguments (a two-decimal actual,
    // a whole target, the unit): an equal one is shared instead of made again.
    List<Argument> explained = outcome.explanation().getArguments();
    inputs.clear();
    if (l.actual.isPresent()) {
      inputs.add(number(explained, "actual", l.actual.get()));
    }
    if (l.target.isPresent()) {
      inputs.add(number(explained, "target", l.target.get()));
    }
    if (l.unit.isPresent()) {
      inputs.add(text(explained, "unit", l.unit.get()));
    }
    if (level.isPresent()) {
      inputs.add(Argument.message("level", Message.label(level.get())));
    }
    if (chosen.isPresent()) {
      inputs.add(Argument.number("chosen", chosen.get()));
    }
    return record(node, table, weight, outcome);
  }

  /** The argument of {@code explained} equal to a number argument, else a new one. */
  private static Argument number(List<Argument> explained, String name, BigDecimal value) {
    for (int i = 0; i < explained.size(); i++) {
      Argument a = explained.get(i);
      if (a.getName().equals(name) && value.equals(a.getNumber().orElse(null))) {
        return a;
      }
    }
    return Argument.number(name, value);
  }

  /** The argument of {@code explained} equal to a text argument, else a new one. */
  private static Argument text(List<Argument> explained, String name, String value) {
    for (int i = 0; i < explained.size(); i++) {
      Argument a = explained.get(i);
      if (a.getName().equals(name) && value.equals(a.getText().orElse(null))) {
        return a;
      }
    }
    return Argument.text(name, value);
  }

  private Subtotal record(RulebookIndicator node, Indicator table, BigDecimal weight,
      RuleInvocation.Verdict outcome) {
    LeafResolution l = leaf;
    IndicatorEntry entry = l.entry;
    boolean applicable = outcome.status() != ScoreStatus.NOT_APPLICABLE;
    List<Deduction> listed = l.row == null ? List.of() : l.row.deductions();
    BigDecimal rulePoints = outcome.points();
    BigDecimal taken = applicable && !listed.isEmpty()
        ? LeafPoints.taken(listed, node, rulePoints) : BigDecimal.ZERO;
    BigDecimal column = entry == null ? null : entry.getDeduction().orElse(null);
    BigDecimal columnTaken = BigDecimal.ZERO;
    if (column != null && !rulebook.isDeductionsColumn()) {
      notes.add(SettingsNotes.columnNotTaken(l.code, l.name, column, rulebook.getId()));
      column = null;
    } else if (column != null) {
      columnTaken = applicable
          ? LeafPoints.columnTaken(listed, taken, column, node, rulePoints) : BigDecimal.ZERO;
    }
    BigDecimal all = columnTaken.signum() == 0 ? taken : taken.add(columnTaken);
    // Rounding sets the scale, so leaving out a subtraction of zero changes nothing.
    BigDecimal before = all.signum() == 0 ? rulePoints : rulePoints.subtract(all);
    BigDecimal points = LeafPoints.rounded(before, weight, rounding, !uncapped);
    Optional<BigDecimal> claimed = entry == null ? Optional.empty()
        : rulebook.isDeductionsColumn() ? rulebook.netClaim(entry) : entry.getClaimedScore();
    assumptions.clear();
    if (node != null) {
      node.getAssumption().ifPresent(assumptions::add);
    }
    if (table != null) {
      table.getAssumption().ifPresent(assumptions::add);
    }
    if (entry != null) {
      entry.getAssumption().ifPresent(assumptions::add);
    }
    IndicatorScore.Builder row = IndicatorScore.builder().code(l.code).name(l.name)
        .level(node != null ? node.getLevel() : table.getLevel())
        .parentCode(node != null ? node.getParentCode() : table.getParentCode())
        .weight(weight).status(outcome.status()).points(points).rulePoints(rulePoints)
        .rule(l.spec).inputs(inputs).formula(Optional.ofNullable(l.formula)).deductions(listed)
        .deductionsTaken(taken).explanation(outcome.explanation()).claimed(claimed)
        .assumptions(assumptions);
    claimed.ifPresent(c -> row.difference(points.subtract(c)));
    IndicatorScore score = row.build();
    // Listed deductions alone, whose points before them are exactly points + taken (the usual
    // case), read as the card composes them.
    if (applicable && (column != null || !listed.isEmpty()
        && rulePoints.compareTo(points.add(taken)) != 0)) {
      BigDecimal held = weight;
      UnaryOperator<BigDecimal> finish = p -> LeafPoints.rounded(p, held, rounding, !uncapped);
      score = explained(score, listed, taken, column, columnTaken, rulePoints, points, finish);
    }
    if (uncapped && rulePoints.compareTo(weight) > 0) {
      notes.add(ExecutionLine.uncappedNote(l.code, l.name, points, weight));
    }
    aggregation.leaf(score);
    Subtotal sub = new Subtotal();
    sub.points = points;
    sub.leafWeight = weight;
    sub.anyApplicable = applicable;
    sub.notApplicableWeight = applicable ? BigDecimal.ZERO : weight;
    sub.allClaimed = claimed.isPresent();
    sub.claimed = claimed.isPresent() ? claimed.get() : BigDecimal.ZERO;
    return sub;
  }

  /** {@code score} with its deductions column and the scorer's explanation of its deductions. */
  private IndicatorScore explained(IndicatorScore score, List<Deduction> listed,
      BigDecimal taken, BigDecimal column, BigDecimal columnTaken, BigDecimal rulePoints,
      BigDecimal points, UnaryOperator<BigDecimal> finish) {
    Message why = DeductionsExplanation.of(listed, taken, column, columnTaken, rulePoints, points,
        rounding.getScale(), finish);
    IndicatorScore explained = why == null ? score : score.withDeductionsExplanation(why);
    return column == null ? explained : explained.withDeductionColumn(columnTaken);
  }
}
