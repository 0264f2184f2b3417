package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.RateSource;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.EvaluationIndex;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Leaf resolution (末级指标取值): what a leaf is scored from — the rulebook's node first, then
 * the table's indicator, for its kind, direction, rule, target, unit and formula; its entry; and
 * its actual value (实际完成值), computed by its formula when it has one, else typed by the unit.
 * An execution line's rate is computed against the rulebook's execution base, and a computed rate
 * is scored as stated (two decimals of percent) when the rulebook's rounding says so.
 *
 * <p>One instance per scoring, holding the leaf being scored: {@link #resolve} overwrites every
 * field, so scoring a leaf allocates no holder of its own.
 */
final class LeafResolution {

  private final BookIndex book;
  private final EvaluationRows rows;
  private final Formulas formulas;
  private final SelfEvaluation evaluation;
  private final List<Message> notes;
  private ExecutionSettings execution = ExecutionSettings.standard();
  private RoundingPolicy rounding = RoundingPolicy.standard();

  String code;
  String name;
  Optional<Direction> direction;
  RuleSpec spec;
  Optional<BigDecimal> target;
  Optional<String> unit;
  /**
   * The id of the formula the leaf's actual is computed by, or null when it has none: for an
   * execution line, the one of the rulebook's execution base ({@link ExecutionLine#formulaId}).
   */
  String formulaId;
  /** Whether the leaf is an execution line: its formula is {@code execution-rate}. */
  boolean executionLine;
  /** The evaluation's row of the leaf's entry, or null. */
  EvaluationIndex.Row row;
  /** The leaf's entry, or null. */
  IndicatorEntry entry;
  Optional<BigDecimal> actual;
  /** The formula's result, or null when the leaf has no formula. */
  FormulaResult formula;
  /** Why the leaf's formula could not be computed (unknown, threw, answered wrongly), or null. */
  ScoringException formulaFailure;

  LeafResolution(BookIndex book, EvaluationRows rows, Formulas formulas,
      SelfEvaluation evaluation, List<Message> notes) {
    this.book = book;
    this.rows = rows;
    this.formulas = formulas;
    this.evaluation = evaluation;
    this.notes = notes;
  }

  /**
   * Takes the rulebook's execution settings and rounding for every leaf resolved from now on:
   * what base an execution line is computed against, and whether a rate is scored as stated.
   */
  LeafResolution under(ExecutionSettings execution, RoundingPolicy rounding) {
    this.execution = execution;
    this.rounding = rounding;
    return this;
  }

  /** The card's notes, which resolving adds to. */
  List<Message> notes() {
    return notes;
  }

  /** Resolves the leaf of {@code node} (may be null) matched to {@code table} (may be null). */
  LeafResolution resolve(RulebookIndicator node, Indicator table) {
    code = node != null ? node.getCode() : table.getCode();
    String entryCode = table != null ? table.getCode() : code;
    name = node != null ? node.getName() : table.getName();
    // The rulebook's node first, then the table's indicator; each getter makes a new Optional,
    // so every one is asked once.
    Optional<IndicatorKind> kind = node == null ? Optional.empty() : node.getKind();
    if (kind.isEmpty() && table != null) {
      kind = Optional.of(table.getKind());
    }
    direction = first(node == null ? Optional.empty() : node.getDirection(), table);
    Optional<RuleSpec> own = node == null ? Optional.empty() : node.getRule();
    spec = own.isPresent() ? own.get()
        : book.defaultRule(kind.orElse(null), direction.orElse(null));
    target = node == null ? Optional.empty() : node.getTarget();
    if (target.isEmpty() && table != null) {
      target = table.getTarget();
    }
    unit = node == null ? Optional.empty() : node.getUnit();
    if (unit.isEmpty() && table != null) {
      unit = table.getUnit();
    }
    Optional<String> formulaOf = node == null ? Optional.empty() : node.getFormula();
    if (formulaOf.isEmpty() && table != null) {
      formulaOf = table.getFormula();
    }
    formulaId = formulaOf.isPresent() ? formulaOf.get() : null;
    executionLine = Formulas.EXECUTION_RATE.equals(formulaId);
    if (executionLine) {
      formulaId = ExecutionLine.formulaId(execution);
    }
    row = rows.get(entryCode);
    entry = row == null ? null : row.entry().orElse(null);
    if (row != null) {
      rows.markEntryScored(row);
    }
    actual = entry == null ? Optional.empty() : entry.getActual();
    formula = null;
    formulaFailure = null;
    if (formulaId != null) {
      computeActual();
    }
    return this;
  }

  private void computeActual() {
    try {
      formula = FormulaGuard.compute(formulas, formulaId, evaluation, spec.getType(), code,
          name);
    } catch (ScoringException e) {
      formulaFailure = e; // the failure policy decides: the indicator fails, or the card aborts
      return;
    }
    if (executionLine && execution.getBase() != ExecutionBase.FULL_YEAR) {
      ExecutionLine.noteBase(code, name, execution.getBase(), formula, notes);
    }
    if (formula.getStatus() == FormulaStatus.COMPUTED) {
      actual = formula.getValue();
      if (rounding.getRateSource() == RateSource.STATED && "%".equals(formula.getUnit())) {
        actual = actual.map(rounding::rateScored);
      }
    } else if (formula.getStatus() == FormulaStatus.MISSING_DATA && actual.isPresent()) {
      // Rates are computed, not typed: the typed actual is used only because the data are
      // missing, and the card says so.
      notes.add(Message.of("note.typed-actual", Argument.text("code", Echo.text(code)),
          Argument.text("name", Echo.phrase(name)),
          Argument.text("formula", Echo.text(formulaId)),
          Argument.number("actual", actual.get())));
    }
  }

  /** Whether the leaf's formula found it not applicable (so its rule is not asked). */
  boolean formulaNotApplicable() {
    return formula != null && formula.getStatus() == FormulaStatus.NOT_APPLICABLE;
  }

  /** The node's direction, else the table's; the table's getter is asked only when needed. */
  private static Optional<Direction> first(Optional<Direction> preferred, Indicator table) {
    return preferred.isPresent() || table == null ? preferred : table.getDirection();
  }
}
