package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.formula.FormulaResult;
import io.github.jixiao.rules.formula.FormulaStatus;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
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

  private static final RuleSpec PROPORTIONAL = BuiltInRules.proportional();
  private static final RuleSpec REVERSE_RATIO = BuiltInRules.reverseRatio();
  private static final RuleSpec EQUAL = BuiltInRules.equal();
  private static final RuleSpec QUALITATIVE = BuiltInRules.qualitative();

  private final ScoringRules rules;
  private final SelfEvaluation evaluation;
  private final Rulebook rulebook;
  private final RoundingPolicy rounding;

  private final Map<String, Indicator> tableByCode = new HashMap<>();
  private final Map<String, Indicator> tableByName = new HashMap<>();
  private final Map<String, List<Indicator>> tableChildren = new HashMap<>();
  private final Map<String, IndicatorEntry> entries = new HashMap<>();
  private final Map<String, List<Deduction>> deductions = new HashMap<>();
  private final Map<String, List<RulebookIndicator>> bookChildren = new HashMap<>();
  private final Map<String, BigDecimal> movedWeight = new HashMap<>();
  private final Set<String> movedFrom = new HashSet<>();
  private final Set<String> usedTableCodes = new HashSet<>();
  private final Set<String> scoredEntryCodes = new HashSet<>();

  private final List<IndicatorScore> scores = new ArrayList<>();
  private final List<GroupScore> groups = new ArrayList<>();
  private final List<Explanation> notes = new ArrayList<>();
  private BigDecimal notApplicableWeight = BigDecimal.ZERO;
  private BigDecimal emptyGroupWeight = BigDecimal.ZERO;

  ScoringRun(ScoringRules rules, SelfEvaluation evaluation, Rulebook rulebook) {
    this.rules = rules;
    this.evaluation = evaluation;
    this.rulebook = rulebook;
    this.rounding = rulebook.getRounding();
  }

  ScoreCard run() {
    index();
    if (!rulebook.appliesTo(evaluation.getFiscalYear())) {
      notes.add(Explanation.of("note.rulebook-year", Argument.text("rulebook", rulebook.getId()),
          Argument.number("year", BigDecimal.valueOf(evaluation.getFiscalYear()))));
    }
    moveWeightOfEmptyGroups();
    for (RulebookIndicator root : bookChildren.getOrDefault(null, List.of())) {
      walkBook(root);
    }
    noteWhatWasNotScored();
    return card();
  }

  private void index() {
    for (Indicator i : evaluation.getIndicators()) {
      tableByCode.put(i.getCode(), i);
      tableByName.putIfAbsent(i.getName(), i);
      tableChildren.computeIfAbsent(i.getParentCode().orElse(null), k -> new ArrayList<>()).add(i);
    }
    for (IndicatorEntry e : evaluation.getEntries()) {
      entries.put(e.getIndicatorCode(), e);
    }
    for (Deduction d : evaluation.getDeductions()) {
      deductions.computeIfAbsent(d.getIndicatorCode(), k -> new ArrayList<>()).add(d);
    }
    for (RulebookIndicator n : rulebook.getIndicators()) {
      bookChildren.computeIfAbsent(n.getParentCode().orElse(null), k -> new ArrayList<>()).add(n);
    }
  }

  /** The evaluation's indicator for a rulebook node: same code, else same name or alias. */
  private Indicator match(RulebookIndicator node) {
    Indicator byCode = tableByCode.get(node.getCode());
    if (byCode != null) {
      return byCode;
    }
    Indicator byName = tableByName.get(node.getName());
    for (int a = 0; byName == null && a < node.getAliases().size(); a++) {
      byName = tableByName.get(node.getAliases().get(a));
    }
    return byName;
  }

  private Optional<BigDecimal> weightOf(RulebookIndicator node, Indicator match) {
    return node.getWeight().isPresent() ? node.getWeight()
        : Optional.ofNullable(match).map(Indicator::getWeight);
  }

  private boolean isEmptyOpen(RulebookIndicator node, Indicator match) {
    return node.isOpen() && (match == null || !tableChildren.containsKey(match.getCode()));
  }

  private void moveWeightOfEmptyGroups() {
    for (RulebookIndicator node : rulebook.getIndicators()) {
      Indicator match = match(node);
      Optional<BigDecimal> weight = weightOf(node, match);
      if (node.getRedistributeTo().isEmpty() || !isEmptyOpen(node, match) || weight.isEmpty()) {
        continue;
      }
      BigDecimal targets = BigDecimal.ZERO;
      for (String code : node.getRedistributeTo()) {
        targets = targets.add(rulebook.indicator(code).flatMap(t -> weightOf(t, match(t)))
            .orElse(BigDecimal.ZERO));
      }
      if (targets.signum() == 0) {
        continue;
      }
      for (String code : node.getRedistributeTo()) {
        BigDecimal own = rulebook.indicator(code).flatMap(t -> weightOf(t, match(t)))
            .orElse(BigDecimal.ZERO);
        movedWeight.merge(code, rounding.round(Decimals.divide(weight.get().multiply(own),
            targets)), BigDecimal::add);
      }
      movedFrom.add(node.getCode());
      notes.add(Explanation.of("note.redistributed", Argument.text("name", node.getName()),
          Argument.number("weight", weight.get()),
          Argument.text("targets", String.join("、", node.getRedistributeTo()))));
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
      points = points.add(other.points);
      leafWeight = leafWeight.add(other.leafWeight);
      allClaimed &= other.allClaimed;
      claimed = claimed.add(other.claimed);
      anyApplicable |= other.anyApplicable;
    }
  }

  private Subtotal walkBook(RulebookIndicator node) {
    Indicator match = match(node);
    if (match != null) {
      usedTableCodes.add(match.getCode());
    }
    Optional<BigDecimal> weight = weightOf(node, match);
    if (weight.isEmpty()) {
      return new Subtotal(); // a framework indicator the evaluation's table does not use
    }
    List<RulebookIndicator> kids = bookChildren.getOrDefault(node.getCode(), List.of());
    if (isEmptyOpen(node, match)) {
      return emptyGroup(node, weight.get());
    }
    if (node.isOpen() || !kids.isEmpty()) {
      int at = reserveGroup();
      Subtotal sub = new Subtotal();
      if (node.isOpen()) {
        tableChildren.get(match.getCode()).forEach(child -> sub.add(walkTable(child)));
      } else {
        kids.forEach(kid -> sub.add(walkBook(kid)));
      }
      finishGroup(at, node.getCode(), node.getName(), node.getLevel(), node.getParentCode(),
          weight.get().add(movedWeight.getOrDefault(node.getCode(), BigDecimal.ZERO)), sub);
      return sub;
    }
    if (match != null && node.getWeight().isPresent()
        && match.getWeight().compareTo(node.getWeight().get()) != 0) {
      notes.add(Explanation.of("note.table-weight-differs", Argument.text("name", node.getName()),
          Argument.number("tableWeight", match.getWeight()),
          Argument.number("weight", node.getWeight().get())));
    }
    return scoreLeaf(node, match, weight.get());
  }

  private Subtotal walkTable(Indicator indicator) {
    usedTableCodes.add(indicator.getCode());
    List<Indicator> kids = tableChildren.get(indicator.getCode());
    if (kids == null) {
      return scoreLeaf(null, indicator, indicator.getWeight());
    }
    int at = reserveGroup();
    Subtotal sub = new Subtotal();
    kids.forEach(kid -> sub.add(walkTable(kid)));
    finishGroup(at, indicator.getCode(), indicator.getName(), indicator.getLevel(),
        indicator.getParentCode(), indicator.getWeight(), sub);
    return sub;
  }

  private Subtotal emptyGroup(RulebookIndicator node, BigDecimal weight) {
    boolean moved = movedFrom.contains(node.getCode());
    if (!moved) {
      emptyGroupWeight = emptyGroupWeight.add(weight);
      notes.add(Explanation.of("note.group-not-applicable", Argument.text("name", node.getName()),
          Argument.number("weight", weight)));
    }
    groups.add(ImmutableGroupScore.builder().code(node.getCode()).name(node.getName())
        .level(node.getLevel()).parentCode(node.getParentCode())
        .weight(moved ? BigDecimal.ZERO : weight).status(ScoreStatus.NOT_APPLICABLE)
        .points(BigDecimal.ZERO).build());
    return new Subtotal();
  }

  private int reserveGroup() {
    groups.add(null);
    return groups.size() - 1;
  }

  private void finishGroup(int at, String code, String name, int level,
      Optional<String> parentCode, BigDecimal weight, Subtotal sub) {
    if (sub.leafWeight.compareTo(weight) != 0) {
      notes.add(Explanation.of("note.weight-mismatch", Argument.text("name", name),
          Argument.number("sum", sub.leafWeight), Argument.number("weight", weight)));
    }
    Optional<BigDecimal> claimed = sub.allClaimed ? Optional.of(sub.claimed) : Optional.empty();
    groups.set(at, ImmutableGroupScore.builder().code(code).name(name).level(level)
        .parentCode(parentCode).weight(weight)
        .status(sub.anyApplicable ? ScoreStatus.SCORED : ScoreStatus.NOT_APPLICABLE)
        .points(sub.points).claimed(claimed).difference(claimed.map(sub.points::subtract))
        .build());
  }

  private Subtotal scoreLeaf(RulebookIndicator node, Indicator table, BigDecimal weight) {
    String code = node != null ? node.getCode() : table.getCode();
    String entryCode = table != null ? table.getCode() : code;
    String name = node != null ? node.getName() : table.getName();
    Optional<IndicatorKind> kind = first(node == null ? Optional.empty() : node.getKind(),
        table == null ? Optional.empty() : Optional.of(table.getKind()));
    Optional<Direction> direction = first(node == null ? Optional.empty() : node.getDirection(),
        table == null ? Optional.empty() : table.getDirection());
    RuleSpec spec = node != null && node.getRule().isPresent() ? node.getRule().get()
        : defaultRule(kind, direction);
    Optional<BigDecimal> target = first(node == null ? Optional.empty() : node.getTarget(),
        table == null ? Optional.empty() : table.getTarget());
    Optional<String> unit = first(node == null ? Optional.empty() : node.getUnit(),
        table == null ? Optional.empty() : table.getUnit());
    Optional<String> formulaId = first(node == null ? Optional.empty() : node.getFormula(),
        table == null ? Optional.empty() : table.getFormula());
    IndicatorEntry entry = entries.get(entryCode);
    scoredEntryCodes.add(entryCode);

    Optional<BigDecimal> actual = entry == null ? Optional.empty() : entry.getActual();
    FormulaResult formula = null;
    if (formulaId.isPresent()) {
      if (!Formulas.isKnown(formulaId.get())) {
        throw new ScoringException(spec.getType(), code, "indicator '" + code + "' (" + name
            + ") names the formula '" + formulaId.get() + "', which does not exist; use one of "
            + Formulas.ids(), null);
      }
      formula = Formulas.compute(formulaId.get(), evaluation);
      if (formula.getStatus() == FormulaStatus.COMPUTED) {
        actual = formula.getValue();
      }
    }
    ScoringRule rule = rules.find(spec.getType()).orElseThrow(() -> new ScoringException(
        spec.getType(), code, "no scoring rule is registered under type '" + spec.getType()
            + "' (indicator '" + code + "' " + name + " of rulebook '" + rulebook.getId()
            + "'); register it with ScoringRules.builder().register(\"" + spec.getType()
            + "\", rule) or through a ScoringRuleProvider, or correct the type", null));
    RuleInput input = RuleInput.builder().indicatorCode(code).indicatorName(name).weight(weight)
        .spec(spec).target(target).direction(direction).unit(unit).actual(actual)
        .level(entry == null ? Optional.empty() : entry.getLevel())
        .chosenPoints(entry == null ? Optional.empty() : entry.getClaimedScore())
        .rounding(rounding).evaluation(evaluation).build();
    RuleOutcome outcome = formula != null && formula.getStatus() == FormulaStatus.NOT_APPLICABLE
        ? RuleOutcome.notApplicable(Explanation.of("not-applicable.formula",
            Argument.text("name", name), Argument.text("formula", formulaId.get())))
        : guarded(rule, spec.getType(), input);
    return record(node, table, code, name, weight, spec, input, formula, entry, entryCode,
        outcome);
  }

  private RuleOutcome guarded(ScoringRule rule, String type, RuleInput input) {
    RuleOutcome outcome;
    try {
      outcome = rule.score(input);
    } catch (RuntimeException e) {
      throw new ScoringException(type, input.getIndicatorCode(), "scoring rule '" + type + "' ("
          + rule.getClass().getName() + ") failed on indicator '" + input.getIndicatorCode()
          + "' (" + input.getIndicatorName() + "): " + e + "; fix the rule, or its parameters in"
          + " rulebook '" + rulebook.getId() + "'", e);
    }
    if (outcome == null) {
      throw new ScoringException(type, input.getIndicatorCode(), "scoring rule '" + type
          + "' returned no outcome for indicator '" + input.getIndicatorCode() + "'; a rule must"
          + " return a RuleOutcome", null);
    }
    BigDecimal points = outcome.points();
    if (points.signum() < 0 || points.compareTo(input.getWeight()) > 0) {
      throw new ScoringException(type, input.getIndicatorCode(), "scoring rule '" + type
          + "' gave " + points.toPlainString() + " points for indicator '"
          + input.getIndicatorCode() + "' of weight " + input.getWeight().toPlainString()
          + "; a rule must give points within [0, weight]", null);
    }
    return outcome;
  }

  private Subtotal record(RulebookIndicator node, Indicator table, String code, String name,
      BigDecimal weight, RuleSpec spec, RuleInput input, FormulaResult formula,
      IndicatorEntry entry, String entryCode, RuleOutcome outcome) {
    boolean applicable = outcome.status() != ScoreStatus.NOT_APPLICABLE;
    List<Deduction> listed = deductions.getOrDefault(entryCode, List.of());
    BigDecimal taken = BigDecimal.ZERO;
    if (applicable) {
      for (Deduction d : listed) {
        taken = taken.add(d.getPoints());
      }
      if (node != null && node.getDeductionCap().isPresent()) {
        taken = Decimals.min(taken, node.getDeductionCap().get());
      }
      taken = Decimals.min(taken, outcome.points());
    }
    // A table's weight may have more decimals than the rounding keeps (16.50 at scale 0 would
    // round up to 17): the weight caps the rounded points, so no indicator exceeds its weight.
    BigDecimal points = Decimals.min(rounding.round(outcome.points().subtract(taken)), weight);
    Optional<BigDecimal> claimed = entry == null ? Optional.empty() : entry.getClaimedScore();
    List<String> assumptions = new ArrayList<>(3);
    if (node != null) {
      node.getAssumption().ifPresent(assumptions::add);
    }
    if (table != null) {
      table.getAssumption().ifPresent(assumptions::add);
    }
    if (entry != null) {
      entry.getAssumption().ifPresent(assumptions::add);
    }
    scores.add(ImmutableIndicatorScore.builder().code(code).name(name)
        .level(node != null ? node.getLevel() : table.getLevel())
        .parentCode(node != null ? node.getParentCode() : table.getParentCode())
        .weight(weight).status(outcome.status()).points(points).rulePoints(outcome.points())
        .rule(spec).addAllInputs(inputs(input)).formula(Optional.ofNullable(formula))
        .addAllDeductions(listed).deductionsTaken(taken).explanation(outcome.explanation())
        .claimed(claimed).difference(claimed.map(points::subtract)).addAllAssumptions(assumptions)
        .build());
    Subtotal sub = new Subtotal();
    sub.points = points;
    sub.leafWeight = weight;
    sub.anyApplicable = applicable;
    sub.allClaimed = claimed.isPresent();
    sub.claimed = claimed.orElse(BigDecimal.ZERO);
    if (!applicable) {
      notApplicableWeight = notApplicableWeight.add(weight);
    }
    return sub;
  }

  private static List<Argument> inputs(RuleInput input) {
    List<Argument> inputs = new ArrayList<>(5);
    input.getActual().ifPresent(a -> inputs.add(Argument.number("actual", a)));
    input.getTarget().ifPresent(t -> inputs.add(Argument.number("target", t)));
    input.getUnit().ifPresent(u -> inputs.add(Argument.text("unit", u)));
    input.getLevel().ifPresent(l -> inputs.add(Argument.text("level", l.label(), l.name())));
    input.getChosenPoints().ifPresent(c -> inputs.add(Argument.number("chosen", c)));
    return inputs;
  }

  private RuleSpec defaultRule(Optional<IndicatorKind> kind, Optional<Direction> direction) {
    RuleSpec anyDirection = null;
    for (DefaultRule d : rulebook.getDefaultRules()) {
      if (kind.isPresent() && d.getKind() == kind.get()) {
        if (d.getDirection().isPresent() && d.getDirection().equals(direction)) {
          return d.getRule();
        }
        if (d.getDirection().isEmpty()) {
          anyDirection = d.getRule();
        }
      }
    }
    if (anyDirection != null) {
      return anyDirection;
    }
    if (kind.orElse(IndicatorKind.QUALITATIVE) == IndicatorKind.QUALITATIVE) {
      return QUALITATIVE;
    }
    return switch (direction.orElse(Direction.AT_LEAST)) {
      case AT_MOST -> REVERSE_RATIO;
      case EQUAL -> EQUAL;
      default -> PROPORTIONAL;
    };
  }

  private void noteWhatWasNotScored() {
    for (Indicator i : evaluation.getIndicators()) {
      if (!usedTableCodes.contains(i.getCode())) {
        notes.add(Explanation.of("note.unscored-indicator", Argument.text("code", i.getCode()),
            Argument.text("name", i.getName()), Argument.text("rulebook", rulebook.getId())));
      }
    }
    for (Deduction d : evaluation.getDeductions()) {
      if (!scoredEntryCodes.contains(d.getIndicatorCode())) {
        notes.add(Explanation.of("note.unscored-deduction",
            Argument.text("code", d.getIndicatorCode()), Argument.number("points", d.getPoints()),
            Argument.text("reason", d.getReason())));
      }
    }
  }

  private ScoreCard card() {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal leafWeights = BigDecimal.ZERO;
    for (IndicatorScore s : scores) {
      sum = sum.add(s.getPoints());
      leafWeights = leafWeights.add(s.getWeight());
    }
    BigDecimal maximum = leafWeights.add(emptyGroupWeight);
    BigDecimal applicable = maximum.subtract(notApplicableWeight).subtract(emptyGroupWeight);
    boolean rescaled = applicable.compareTo(maximum) < 0 && applicable.signum() > 0;
    BigDecimal total = rescaled
        ? rounding.round(Decimals.divide(sum.multiply(maximum), applicable))
        : rounding.round(sum);
    if (rescaled) {
      notes.add(Explanation.of("note.rescaled", Argument.number("applicable", applicable),
          Argument.number("sum", sum), Argument.number("maximum", maximum),
          Argument.number("total", total)));
    }
    Optional<BigDecimal> claimed = evaluation.getClaimedTotal();
    return ImmutableScoreCard.builder().rulebook(rulebook.getId())
        .rulebookTitle(rulebook.getTitle()).fiscalYear(evaluation.getFiscalYear())
        .department(evaluation.getDepartment().getName()).addAllIndicators(scores)
        .addAllGroups(groups).pointsSum(sum).maximum(maximum).applicableWeight(applicable)
        .rescaled(rescaled).total(total).grade(rulebook.getGradeScale().gradeOf(total))
        .claimedTotal(claimed).difference(claimed.map(total::subtract))
        .claimedGrade(evaluation.getClaimedGrade()).addAllNotes(notes).build();
  }

  private static <T> Optional<T> first(Optional<T> preferred, Optional<T> fallback) {
    return preferred.isPresent() ? preferred : fallback;
  }
}
