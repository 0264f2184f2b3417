package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One scoring of one evaluation under one rulebook: indexes once, then walks the tree once. */
final class ScoringRun {

  private final ScoringRules rules;
  private final Formulas formulas;
  private final SelfEvaluation evaluation;
  private final Rulebook rulebook;
  private final RoundingPolicy rounding;
  private final BookIndex book;

  // One row per code of the evaluation: its indicator, children, entry and deductions, and what
  // the walk has used. One map instead of five, so indexing an evaluation costs one hash entry per
  // code.
  private final Map<String, Row> rows;
  // Only when a rulebook node is not found by code: the table's indicators by name, and what
  // each such node matched (null when nothing, or nothing unambiguous, did).
  private Map<String, List<Indicator>> tableByName;
  private final Map<String, Indicator> matchedByName = new HashMap<>();
  private final Map<String, BigDecimal> movedWeight = new HashMap<>();
  private final Set<String> movedFrom = new HashSet<>();
  // Target groups whose table leaves already carry the moved weight (the unit moved it itself).
  private final Set<String> carriedByTable = new HashSet<>();
  // The scaling of the open target group being walked, if its leaves are scaled; else null.
  private Scaling scaling;

  private final List<IndicatorScore> scores;
  private final List<GroupScore> groups = new ArrayList<>();
  private final List<Message> notes = new ArrayList<>();
  private final RuleInvocation invocation;
  // Scratch lists for one leaf's inputs and assumptions: ImmutableIndicatorScore.of copies them.
  private final List<Argument> inputs = new ArrayList<>(5);
  private final List<String> assumptions = new ArrayList<>(3);
  private BigDecimal notApplicableWeight = BigDecimal.ZERO;
  private BigDecimal emptyGroupWeight = BigDecimal.ZERO;

  /** What the run knows of one code of the evaluation. */
  private static final class Row {
    Indicator indicator;
    List<Indicator> children;
    int childCount;
    IndicatorEntry entry;
    List<Deduction> deductions;
    boolean used;
    boolean entryScored;
  }

  ScoringRun(ScoringRules rules, Formulas formulas, SelfEvaluation evaluation, Rulebook rulebook,
      Optional<Message> kindNote, FailurePolicy failurePolicy) {
    this.rules = rules;
    this.formulas = formulas;
    this.evaluation = evaluation;
    this.rulebook = rulebook;
    this.rounding = rulebook.getRounding();
    this.book = new BookIndex(rulebook);
    int size = evaluation.getIndicators().size();
    this.rows = new HashMap<>(size + size / 3 + 1);
    this.scores = new ArrayList<>(size);
    this.invocation = new RuleInvocation(new RuleGuard(rulebook.getId(), rounding.getScale(),
        notes), failurePolicy, notes);
    kindNote.ifPresent(notes::add);
  }

  ScoreCard run() {
    index();
    if (!rulebook.appliesTo(evaluation.getFiscalYear())) {
      notes.add(Message.of("note.rulebook-year",
          Argument.text("rulebook", Echo.text(rulebook.getId())),
          Argument.number("year", evaluation.getFiscalYear())));
    }
    moveWeightOfEmptyGroups();
    Subtotal all = new Subtotal();
    for (RulebookIndicator root : book.children.getOrDefault(null, List.of())) {
      all.add(walkBook(root));
    }
    noteWhatWasNotScored();
    return card(all);
  }

  private Row row(String code) {
    Row row = rows.get(code);
    if (row == null) {
      row = new Row();
      rows.put(code, row);
    }
    return row;
  }

  private void index() {
    List<Indicator> indicators = evaluation.getIndicators();
    Row[] parents = new Row[indicators.size()];
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      row(indicator.getCode()).indicator = indicator;
      Optional<String> parent = indicator.getParentCode();
      if (parent.isPresent()) {
        parents[i] = row(parent.get());
        parents[i].childCount++;
      }
    }
    // Children lists sized exactly: an open group may hold hundreds of the table's indicators.
    for (int i = 0; i < indicators.size(); i++) {
      Row p = parents[i];
      if (p != null) {
        if (p.children == null) {
          p.children = new ArrayList<>(p.childCount);
        }
        p.children.add(indicators.get(i));
      }
    }
    List<IndicatorEntry> entries = evaluation.getEntries();
    for (int e = 0; e < entries.size(); e++) {
      row(entries.get(e).getIndicatorCode()).entry = entries.get(e);
    }
    for (Deduction d : evaluation.getDeductions()) {
      Row r = row(d.getIndicatorCode());
      if (r.deductions == null) {
        r.deductions = new ArrayList<>(2);
      }
      r.deductions.add(d);
    }
  }

  private Indicator byCode(String code) {
    Row row = rows.get(code);
    return row == null ? null : row.indicator;
  }

  private List<Indicator> tableChildren(String code) {
    Row row = rows.get(code);
    return row == null ? null : row.children;
  }

  /**
   * The evaluation's indicator for a rulebook node: the one with its code; else the one at its
   * level named by its name or any of its aliases (all alike), under the table's indicator of its
   * parent when the parent has one. Two candidates are ambiguous: the card says so and neither
   * is taken. Decided once per node.
   */
  private Indicator match(RulebookIndicator node) {
    Indicator byCode = byCode(node.getCode());
    if (byCode != null) {
      return byCode;
    }
    if (matchedByName.containsKey(node.getCode())) {
      return matchedByName.get(node.getCode());
    }
    matchedByName.put(node.getCode(), null); // a cycle of parents ends here
    Indicator found = byName(node);
    matchedByName.put(node.getCode(), found);
    return found;
  }

  private Indicator byName(RulebookIndicator node) {
    if (tableByName == null) {
      tableByName = new HashMap<>();
      for (Indicator i : evaluation.getIndicators()) {
        tableByName.computeIfAbsent(i.getName(), k -> new ArrayList<>(1)).add(i);
      }
    }
    Indicator parent = null;
    Optional<String> parentCode = node.getParentCode();
    if (parentCode.isPresent()) {
      Optional<RulebookIndicator> parentNode = rulebook.indicator(parentCode.get());
      parent = parentNode.isPresent() ? match(parentNode.get()) : null;
    }
    List<Indicator> candidates = new ArrayList<>(1);
    addCandidates(node.getName(), node.getLevel(), parent, candidates);
    for (String alias : node.getAliases()) {
      addCandidates(alias, node.getLevel(), parent, candidates);
    }
    if (candidates.size() > 1) {
      List<String> codes = new ArrayList<>(candidates.size());
      for (Indicator c : candidates) {
        codes.add(Echo.text(c.getCode()) + " " + Echo.phrase(c.getName()));
      }
      notes.add(Message.of("note.ambiguous-match",
          Argument.text("code", Echo.text(node.getCode())),
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.list("candidates", codes)));
      return null;
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  private void addCandidates(String name, int level, Indicator parent, List<Indicator> into) {
    for (Indicator i : tableByName.getOrDefault(name, List.of())) {
      if (i.getLevel() == level && !into.contains(i) && (parent == null
          || parent.getCode().equals(i.getParentCode().orElse(null)))) {
        into.add(i);
      }
    }
  }

  private Optional<BigDecimal> weightOf(RulebookIndicator node, Indicator match) {
    return node.getWeight().isPresent() ? node.getWeight()
        : Optional.ofNullable(match).map(Indicator::getWeight);
  }

  /** The node's weight, else its table indicator's; null when neither has one. */
  private static BigDecimal weightOrNull(RulebookIndicator node, Indicator match) {
    Optional<BigDecimal> own = node.getWeight();
    return own.isPresent() ? own.get() : match == null ? null : match.getWeight();
  }

  private boolean isEmptyOpen(RulebookIndicator node, Indicator match) {
    return node.isOpen() && (match == null || tableChildren(match.getCode()) == null);
  }

  /**
   * Moves the weight of an empty group (满意度 without an indicator) to its targets (产出, 效益).
   * When the targets are open groups whose table leaves together already weigh their own weights
   * plus the moved one (the unit moved the weight itself, e.g. 55 and 35), the table's split is
   * used as it is. Otherwise the weight is split in proportion to the targets' weights, and each
   * open target's leaves are scaled to its raised weight while it is walked ({@link Scaling}).
   * Either way the card says what was done. A target that is itself an empty group receives
   * nothing; when no target is left the group does not apply, and the total is rescaled to the
   * full score (按百分制折算).
   */
  private void moveWeightOfEmptyGroups() {
    for (RulebookIndicator node : book.redistributing) {
      Indicator match = match(node);
      Optional<BigDecimal> weight = weightOf(node, match);
      if (!isEmptyOpen(node, match) || weight.isEmpty()) {
        continue;
      }
      List<RulebookIndicator> targets = new ArrayList<>();
      BigDecimal base = BigDecimal.ZERO;
      BigDecimal tableLeaves = BigDecimal.ZERO;
      boolean allOpenInTable = true;
      for (String code : node.getRedistributeTo()) {
        Optional<RulebookIndicator> target = rulebook.indicator(code);
        if (target.isEmpty()) {
          continue;
        }
        RulebookIndicator t = target.get();
        Indicator tableMatch = match(t);
        if (isEmptyOpen(t, tableMatch)) {
          continue; // dropped itself: weight moved there would leave the total short of 100
        }
        targets.add(t);
        base = base.add(weightOf(t, tableMatch).orElse(BigDecimal.ZERO));
        if (t.isOpen() && !isEmptyOpen(t, tableMatch)) {
          tableLeaves = tableLeaves.add(leafSum(tableMatch.getCode()));
        } else {
          allOpenInTable = false;
        }
      }
      if (base.signum() == 0) {
        continue;
      }
      movedFrom.add(node.getCode());
      if (allOpenInTable && tableLeaves.compareTo(base.add(weight.get())) == 0) {
        List<String> split = new ArrayList<>(targets.size());
        for (RulebookIndicator t : targets) {
          carriedByTable.add(t.getCode());
          split.add(Echo.phrase(t.getName()) + " " + leafSum(match(t).getCode()).toPlainString());
        }
        notes.add(Message.of("note.redistributed-by-table",
            Argument.text("name", Echo.phrase(node.getName())),
            Argument.number("weight", weight.get()), Argument.list("targets", split)));
        continue;
      }
      List<String> names = new ArrayList<>(targets.size());
      for (RulebookIndicator t : targets) {
        BigDecimal own = weightOf(t, match(t)).orElse(BigDecimal.ZERO);
        movedWeight.merge(t.getCode(), rounding.round(Decimals.divide(
            weight.get().multiply(own), base)), BigDecimal::add);
        names.add(Echo.phrase(t.getName()));
      }
      notes.add(Message.of("note.redistributed",
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.number("weight", weight.get()), Argument.list("targets", names)));
    }
  }

  /** The sum of the weights of the table's leaves under {@code code} (its own, if a leaf). */
  private BigDecimal leafSum(String code) {
    Row row = rows.get(code);
    if (row.children == null) {
      return row.indicator.getWeight();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator child : row.children) {
      sum = sum.add(leafSum(child.getCode()));
    }
    return sum;
  }

  /**
   * The scaling of an open group that received moved weight while its table leaves weigh less (or
   * more): every leaf's weight and points are multiplied by {@code raised ÷ leaves}. The scaled
   * weights are split by largest remainder at the rounding's scale, so they add up to the raised
   * weight exactly and a perfect project scores the full 100.
   */
  private final class Scaling {
    final BigDecimal raised;
    final BigDecimal leaves;
    final Map<String, BigDecimal> weights = new HashMap<>();

    Scaling(Indicator group, BigDecimal raised, BigDecimal leaves) {
      this.raised = raised;
      this.leaves = leaves;
      List<Indicator> leafList = new ArrayList<>();
      collectLeaves(group.getCode(), leafList);
      int scale = Math.max(rounding.getScale(), raised.stripTrailingZeros().scale());
      BigDecimal[] exact = new BigDecimal[leafList.size()];
      BigDecimal[] floor = new BigDecimal[leafList.size()];
      BigDecimal left = raised;
      for (int i = 0; i < exact.length; i++) {
        exact[i] = Decimals.divide(leafList.get(i).getWeight().multiply(raised), leaves);
        floor[i] = exact[i].setScale(scale, java.math.RoundingMode.DOWN);
        left = left.subtract(floor[i]);
      }
      BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
      while (left.compareTo(unit) >= 0) {
        int best = -1;
        for (int i = 0; i < exact.length; i++) {
          BigDecimal rest = exact[i].subtract(floor[i]);
          if (rest.signum() > 0 && (best < 0
              || rest.compareTo(exact[best].subtract(floor[best])) > 0)) {
            best = i;
          }
        }
        if (best < 0) {
          break;
        }
        floor[best] = floor[best].add(unit);
        exact[best] = floor[best];
        left = left.subtract(unit);
      }
      for (int i = 0; i < exact.length; i++) {
        weights.put(leafList.get(i).getCode(), floor[i]);
      }
    }

    private void collectLeaves(String code, List<Indicator> into) {
      for (Indicator child : rows.get(code).children) {
        if (rows.get(child.getCode()).children == null) {
          into.add(child);
        } else {
          collectLeaves(child.getCode(), into);
        }
      }
    }

    /** The scaled weight of a leaf of the group, or null if {@code code} is not one. */
    BigDecimal weight(String code) {
      return weights.get(code);
    }

    /** {@code points} of a leaf scaled, rounded, and held to its scaled weight. */
    BigDecimal points(BigDecimal points, BigDecimal scaledWeight) {
      return Decimals.min(rounding.round(Decimals.divide(points.multiply(raised), leaves)),
          scaledWeight);
    }
  }

  /** Subtotal of a subtree. */
  private static final class Subtotal {
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal claimed = BigDecimal.ZERO;
    BigDecimal leafWeight = BigDecimal.ZERO;
    boolean allClaimed = true;
    boolean anyApplicable;

    void add(Subtotal other) {
      points = sum(points, other.points);
      leafWeight = sum(leafWeight, other.leafWeight);
      allClaimed &= other.allClaimed;
      claimed = sum(claimed, other.claimed);
      anyApplicable |= other.anyApplicable;
    }

    /**
     * {@code a + b}, without a new decimal when one side is a zero of no larger scale: the sum's
     * value and scale (the larger one) are then exactly the other side's. A group's first child
     * is added to a zero, and unclaimed leaves add zeros.
     */
    private static BigDecimal sum(BigDecimal a, BigDecimal b) {
      if (b.signum() == 0 && b.scale() <= a.scale()) {
        return a;
      }
      if (a.signum() == 0 && a.scale() <= b.scale()) {
        return b;
      }
      return a.add(b);
    }
  }

  private Subtotal walkBook(RulebookIndicator node) {
    Indicator match = match(node);
    if (match != null) {
      rows.get(match.getCode()).used = true;
    }
    BigDecimal weight = weightOrNull(node, match);
    if (weight == null) {
      return new Subtotal(); // a framework indicator the evaluation's table does not use
    }
    List<RulebookIndicator> kids = book.children.getOrDefault(node.getCode(), List.of());
    if (isEmptyOpen(node, match)) {
      return emptyGroup(node, weight);
    }
    if (node.isOpen() || !kids.isEmpty()) {
      int at = reserveGroup();
      Subtotal sub = new Subtotal();
      BigDecimal moved = movedWeight.get(node.getCode());
      BigDecimal groupWeight = moved == null ? weight : weight.add(moved);
      Scaling outer = scaling;
      if (node.isOpen() && carriedByTable.contains(node.getCode())) {
        groupWeight = leafSum(match.getCode());
      } else if (node.isOpen() && moved != null) {
        BigDecimal leaves = leafSum(match.getCode());
        if (leaves.signum() > 0 && leaves.compareTo(groupWeight) != 0) {
          scaling = new Scaling(match, groupWeight, leaves);
          notes.add(Message.of("note.scaled",
              Argument.text("name", Echo.phrase(node.getName())),
              Argument.number("sum", leaves), Argument.number("weight", groupWeight),
              Argument.number("factor", Decimals.divide(groupWeight, leaves)
                  .stripTrailingZeros())));
        }
      }
      if (node.isOpen()) {
        for (Indicator child : tableChildren(match.getCode())) {
          sub.add(walkTable(child));
        }
      } else {
        for (RulebookIndicator kid : kids) {
          sub.add(walkBook(kid));
        }
      }
      scaling = outer;
      finishGroup(at, node.getCode(), node.getName(), node.getLevel(), node.getParentCode(),
          groupWeight, sub);
      return sub;
    }
    Optional<BigDecimal> own = node.getWeight();
    if (match != null && own.isPresent() && match.getWeight().compareTo(own.get()) != 0) {
      notes.add(Message.of("note.table-weight-differs",
          Argument.text("name", Echo.phrase(node.getName())),
          Argument.number("tableWeight", match.getWeight()),
          Argument.number("weight", own.get())));
    }
    return scoreLeaf(node, match, weight);
  }

  private Subtotal walkTable(Indicator indicator) {
    Row row = rows.get(indicator.getCode());
    row.used = true;
    List<Indicator> kids = row.children;
    if (kids == null) {
      return scoreLeaf(null, indicator, indicator.getWeight());
    }
    int at = reserveGroup();
    Subtotal sub = new Subtotal();
    for (Indicator kid : kids) {
      sub.add(walkTable(kid));
    }
    BigDecimal weight = indicator.getWeight();
    if (scaling != null) {
      // A consistent table group keeps its consistency scaled: its weight is its scaled leaves'.
      weight = leafSum(indicator.getCode()).compareTo(weight) == 0 ? sub.leafWeight
          : rounding.round(Decimals.divide(weight.multiply(scaling.raised), scaling.leaves));
    }
    finishGroup(at, indicator.getCode(), indicator.getName(), indicator.getLevel(),
        indicator.getParentCode(), weight, sub);
    return sub;
  }

  private Subtotal emptyGroup(RulebookIndicator node, BigDecimal weight) {
    boolean moved = movedFrom.contains(node.getCode());
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

  private int reserveGroup() {
    groups.add(null);
    return groups.size() - 1;
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

  private Subtotal scoreLeaf(RulebookIndicator node, Indicator table, BigDecimal weight) {
    String code = node != null ? node.getCode() : table.getCode();
    String entryCode = table != null ? table.getCode() : code;
    String name = node != null ? node.getName() : table.getName();
    // The rulebook's node first, then the table's indicator; each getter makes a new Optional,
    // so every one is asked once.
    Optional<IndicatorKind> kind = node == null ? Optional.empty() : node.getKind();
    if (kind.isEmpty() && table != null) {
      kind = Optional.of(table.getKind());
    }
    Optional<Direction> direction = first(node == null ? Optional.empty() : node.getDirection(),
        table);
    Optional<RuleSpec> own = node == null ? Optional.empty() : node.getRule();
    RuleSpec spec = own.isPresent() ? own.get()
        : book.defaultRule(kind.orElse(null), direction.orElse(null));
    Optional<BigDecimal> target = node == null ? Optional.empty() : node.getTarget();
    if (target.isEmpty() && table != null) {
      target = table.getTarget();
    }
    Optional<String> unit = node == null ? Optional.empty() : node.getUnit();
    if (unit.isEmpty() && table != null) {
      unit = table.getUnit();
    }
    Optional<String> formulaId = node == null ? Optional.empty() : node.getFormula();
    if (formulaId.isEmpty() && table != null) {
      formulaId = table.getFormula();
    }
    Row row = rows.get(entryCode);
    IndicatorEntry entry = row == null ? null : row.entry;
    if (row != null) {
      row.entryScored = true;
    }

    Optional<BigDecimal> actual = entry == null ? Optional.empty() : entry.getActual();
    FormulaResult formula = null;
    if (formulaId.isPresent()) {
      formula = FormulaGuard.compute(formulas, formulaId.get(), evaluation, spec.getType(), code,
          name);
      if (formula.getStatus() == FormulaStatus.COMPUTED) {
        actual = formula.getValue();
      } else if (formula.getStatus() == FormulaStatus.MISSING_DATA && actual.isPresent()) {
        // Rates are computed, not typed: the typed actual is used only because the data are
        // missing, and the card says so.
        notes.add(Message.of("note.typed-actual", Argument.text("code", Echo.text(code)),
            Argument.text("name", Echo.phrase(name)),
            Argument.text("formula", Echo.text(formulaId.get())),
            Argument.number("actual", actual.get())));
      }
    }
    ScoringRule rule = rules.get(spec.getType());
    if (rule == null) {
      throw RulebookVerifier.unregistered(rules, spec.getType(), code, name, rulebook.getId());
    }
    Optional<QualitativeLevel> level = entry == null ? Optional.empty() : entry.getLevel();
    Optional<BigDecimal> chosen = entry == null ? Optional.empty() : entry.getClaimedScore();
    RuleInput input = RuleInput.of(code, name, weight, spec, target, direction, unit,
        actual, level, chosen, rounding, Optional.of(evaluation));
    RuleInvocation.Verdict outcome = formula != null
        && formula.getStatus() == FormulaStatus.NOT_APPLICABLE
        ? RuleInvocation.Verdict.of(RuleOutcome.notApplicable(Message.of("not-applicable.formula",
            Argument.text("name", Echo.phrase(name)),
            Argument.text("formula", Echo.text(formulaId.get())))))
        : invocation.invoke(rule, spec.getType(), input);
    // The built-in rules' explanations usually hold these very arguments (a two-decimal actual,
    // a whole target, the unit): an equal one is shared instead of made again.
    List<Argument> explained = outcome.explanation().getArguments();
    inputs.clear();
    if (actual.isPresent()) {
      inputs.add(number(explained, "actual", actual.get()));
    }
    if (target.isPresent()) {
      inputs.add(number(explained, "target", target.get()));
    }
    if (unit.isPresent()) {
      inputs.add(text(explained, "unit", unit.get()));
    }
    if (level.isPresent()) {
      inputs.add(Argument.message("level", Message.label(level.get())));
    }
    if (chosen.isPresent()) {
      inputs.add(Argument.number("chosen", chosen.get()));
    }
    return record(node, table, code, name, weight, spec, formula, entry, row, outcome);
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

  /** The node's direction, else the table's; the table's getter is asked only when needed. */
  private static Optional<Direction> first(Optional<Direction> preferred, Indicator table) {
    return preferred.isPresent() || table == null ? preferred : table.getDirection();
  }

  private Subtotal record(RulebookIndicator node, Indicator table, String code, String name,
      BigDecimal weight, RuleSpec spec, FormulaResult formula, IndicatorEntry entry, Row row,
      RuleInvocation.Verdict outcome) {
    boolean applicable = outcome.status() != ScoreStatus.NOT_APPLICABLE;
    List<Deduction> listed = row == null || row.deductions == null ? List.of() : row.deductions;
    BigDecimal taken = BigDecimal.ZERO;
    if (applicable && !listed.isEmpty()) {
      for (Deduction d : listed) {
        taken = taken.add(d.getPoints());
      }
      if (node != null) {
        Optional<BigDecimal> cap = node.getDeductionCap();
        if (cap.isPresent()) {
          taken = Decimals.min(taken, cap.get());
        }
      }
      taken = Decimals.min(taken, outcome.points());
    }
    // Rounding sets the scale, so leaving out a subtraction of zero changes nothing.
    BigDecimal before = taken.signum() == 0 ? outcome.points()
        : outcome.points().subtract(taken);
    // A table's weight may have more decimals than the rounding keeps (16.50 at scale 0 would
    // round up to 17): the weight caps the rounded points, so no indicator exceeds its weight.
    BigDecimal scaledWeight = scaling == null || node != null ? null : scaling.weight(code);
    BigDecimal points;
    if (scaledWeight != null) {
      weight = scaledWeight;
      points = scaling.points(before, scaledWeight);
    } else {
      points = Decimals.min(rounding.round(before), weight);
    }
    Optional<BigDecimal> claimed = entry == null ? Optional.empty() : entry.getClaimedScore();
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
    // In one step: a builder would copy every list twice.
    scores.add(IndicatorScore.of(code, name,
        node != null ? node.getLevel() : table.getLevel(),
        node != null ? node.getParentCode() : table.getParentCode(), weight, outcome.status(),
        points, outcome.points(), spec, inputs, Optional.ofNullable(formula), listed, taken,
        outcome.explanation(), claimed,
        claimed.isPresent() ? Optional.of(points.subtract(claimed.get())) : Optional.empty(),
        assumptions));
    Subtotal sub = new Subtotal();
    sub.points = points;
    sub.leafWeight = weight;
    sub.anyApplicable = applicable;
    sub.allClaimed = claimed.isPresent();
    sub.claimed = claimed.isPresent() ? claimed.get() : BigDecimal.ZERO;
    if (!applicable) {
      notApplicableWeight = notApplicableWeight.add(weight);
    }
    return sub;
  }

  private void noteWhatWasNotScored() {
    for (Indicator i : evaluation.getIndicators()) {
      if (!rows.get(i.getCode()).used) {
        notes.add(Message.of("note.unscored-indicator",
            Argument.text("code", Echo.text(i.getCode())),
            Argument.text("name", Echo.phrase(i.getName())),
            Argument.text("rulebook", Echo.text(rulebook.getId()))));
      }
    }
    for (Deduction d : evaluation.getDeductions()) {
      if (!rows.get(d.getIndicatorCode()).entryScored) {
        notes.add(Message.of("note.unscored-deduction",
            Argument.text("code", Echo.text(d.getIndicatorCode())),
            Argument.number("points", d.getPoints()),
            Argument.text("reason", Echo.phrase(d.getReason()))));
      }
    }
  }

  /**
   * The card. {@code all} sums every root's subtotal: the points and weights of every scored
   * indicator, added up once during the walk (exact sums, so the order does not matter).
   */
  private ScoreCard card(Subtotal all) {
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
