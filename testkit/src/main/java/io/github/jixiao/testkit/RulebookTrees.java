package io.github.jixiao.testkit;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.GradeBand;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.RuleSpec;
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
 * Rulebooks (评分规则表) whose trees are valid — weights adding up to 100, children to their
 * parent — with a built-in rule of sensible parameters on each leaf (or none: the default for its
 * kind and direction), a grade scale covering 0–100 and a rounding policy; and self-evaluations
 * scored under them whose claims are what the scorer gives.
 */
final class RulebookTrees {

  private RulebookTrees() {}

  private static final List<String> RATE_RULES = List.of(BuiltInRules.PROPORTIONAL,
      BuiltInRules.REVERSE_RATIO, BuiltInRules.REVERSE_LINEAR, BuiltInRules.EQUAL);
  private static final List<String> VALUE_RULES = List.of(BuiltInRules.BANDS,
      BuiltInRules.THRESHOLD, BuiltInRules.CHECKLIST, BuiltInRules.DEDUCTION,
      BuiltInRules.MILESTONES);

  /** Complete rulebooks: every indicator and weight fixed. */
  public static Gen<Rulebook> complete() {
    return source -> {
      List<Indicator> table = IndicatorTables.complete().generate(source);
      List<Indicator> leaves = IndicatorTables.leaves(table);
      Rulebook.Builder book = header(source, table);
      for (Indicator indicator : table) {
        book.addIndicator(node(source, indicator, leaves.contains(indicator)));
      }
      return book.build();
    };
  }

  /**
   * Open rulebooks (开放): level-1 groups fixed with their weights, each either closed with fixed
   * leaves or open, its leaves supplied by each evaluation's own table.
   */
  public static Gen<Rulebook> open() {
    return source -> {
      List<Indicator> table = IndicatorTables.complete().generate(source);
      Rulebook.Builder book = header(source, table);
      List<Indicator> leaves = IndicatorTables.leaves(table);
      for (Indicator indicator : table) {
        if (indicator.getLevel() == 1 && leaves.contains(indicator)) {
          book.addIndicator(base(indicator).open(true).build()); // leaves come from the table
        } else {
          book.addIndicator(node(source, indicator, leaves.contains(indicator)));
        }
      }
      return book.build();
    };
  }

  /**
   * Self-evaluations scored under {@code rulebook}: the table has the rulebook's indicators and,
   * under each open one, leaves of the evaluation's own; every leaf has an entry with the inputs its
   * rule consumes; deductions never exceed a leaf's weight; each claimed score, the claimed total
   * and grade are what the scorer gives.
   */
  public static Gen<SelfEvaluation> evaluationsUnder(Rulebook rulebook) {
    return source -> {
      List<Indicator> table = table(source, rulebook);
      Map<String, RulebookIndicator> nodes = new HashMap<>();
      rulebook.getIndicators().forEach(n -> nodes.put(n.getCode(), n));
      List<Deduction> deductions = Entries.deductions(table).generate(source);
      List<IndicatorEntry> entries = new ArrayList<>();
      for (Indicator leaf : IndicatorTables.leaves(table)) {
        entries.add(entry(source, leaf, Optional.ofNullable(nodes.get(leaf.getCode()))));
      }
      Department department = Departments.departments().generate(source);
      SelfEvaluation.Builder first = SelfEvaluation.builder()
          .kind(source.choose(List.of(EvaluationKind.values())))
          .fiscalYear((int) source.between(2000, 2100, 2021)).rulebook(rulebook.getId())
          .department(department).budget(Budgets.budgets().generate(source))
          .addAllIndicators(table).addAllEntries(entries).addAllDeductions(deductions);
      SelfEvaluation unclaimed = first.build();
      return Claims.claimed(unclaimed, Scorer.standard().score(unclaimed, rulebook),
          rulebook.getGradeScale());
    };
  }

  private static List<Indicator> table(Source source, Rulebook rulebook) {
    List<Indicator> groups = new ArrayList<>();
    for (RulebookIndicator node : rulebook.getIndicators()) {
      Indicator.Builder indicator = Indicator.builder().code(node.getCode()).name(node.getName())
          .level(node.getLevel()).weight(node.getWeight().orElseThrow())
          .kind(node.getKind().orElse(IndicatorKind.QUALITATIVE));
      node.getParentCode().ifPresent(indicator::parentCode);
      node.getDirection().ifPresent(indicator::direction);
      node.getTarget().ifPresent(indicator::target);
      node.getUnit().ifPresent(indicator::unit);
      groups.add(indicator.build());
    }
    List<Indicator> table = new ArrayList<>(groups);
    for (RulebookIndicator node : rulebook.getIndicators()) {
      if (node.isOpen()) {
        Indicator group = groups.stream().filter(g -> g.getCode().equals(node.getCode()))
            .findFirst().orElseThrow();
        List<Indicator> filled = IndicatorTables.open(List.of(group)).generate(source);
        table.addAll(filled.subList(1, filled.size()));
      }
    }
    return List.copyOf(table);
  }

  private static IndicatorEntry entry(Source source, Indicator leaf,
      Optional<RulebookIndicator> node) {
    String type = node.flatMap(RulebookIndicator::getRule).map(RuleSpec::getType).orElse("");
    IndicatorEntry.Builder entry = IndicatorEntry.builder().indicatorCode(leaf.getCode());
    if (leaf.getKind() == IndicatorKind.QUALITATIVE && !VALUE_RULES.contains(type)) {
      // A level of the scale its rule scores: a five-step level under a three-step rule is not
      // scored at all (the default rule is three-step).
      QualitativeScale scale = node.flatMap(RulebookIndicator::getRule)
          .map(Rules::scale).orElse(QualitativeScale.THREE_STEP);
      entry.level(source.choose(QualitativeLevel.of(scale)));
      return entry.build();
    }
    long actual = switch (type) {
      case BuiltInRules.CHECKLIST -> 100 * source.between(0, node.get().getRule().get()
          .param(BuiltInRules.ITEMS).orElse(BigDecimal.ONE).longValue());
      case BuiltInRules.MILESTONES -> 100 * source.between(0, 5);
      default -> leaf.getTarget().map(t -> Decimals.toHundredths(t.setScale(2,
          RoundingMode.HALF_UP))).map(t -> source.between(0, Math.max(1, 2 * t), t))
          .orElseGet(() -> source.between(0, 300_00, 100_00));
    };
    return entry.actual(Decimals.hundredths(actual)).build();
  }

  private static RulebookIndicator node(Source source, Indicator indicator, boolean leaf) {
    RulebookIndicator.Builder node = base(indicator);
    if (!leaf) {
      return node.build();
    }
    node.kind(indicator.getKind());
    indicator.getDirection().ifPresent(node::direction);
    indicator.getTarget().ifPresent(node::target);
    indicator.getUnit().ifPresent(node::unit);
    Optional<String> type = ruleType(source, indicator);
    type.ifPresent(t -> node.rule(Rules.spec(t, indicator.getWeight()).generate(source)));
    return node.build();
  }

  /** A rule fitting the leaf, or none (the rulebook's default); none is the simplest. */
  private static Optional<String> ruleType(Source source, Indicator leaf) {
    if (!source.nextBoolean()) {
      return Optional.empty();
    }
    if (leaf.getKind() == IndicatorKind.QUALITATIVE) {
      return Optional.of(source.choose(List.of(BuiltInRules.QUALITATIVE, BuiltInRules.CHECKLIST,
          BuiltInRules.DEDUCTION, BuiltInRules.MILESTONES)));
    }
    Direction direction = leaf.getDirection().orElseThrow();
    List<String> fitting = new ArrayList<>(VALUE_RULES);
    boolean positiveTarget = leaf.getTarget().filter(t -> t.signum() > 0).isPresent();
    for (String rate : RATE_RULES) {
      boolean needsPositive = rate.equals(BuiltInRules.PROPORTIONAL)
          || rate.equals(BuiltInRules.REVERSE_LINEAR);
      boolean sameWay = switch (rate) {
        case BuiltInRules.PROPORTIONAL -> direction == Direction.AT_LEAST;
        case BuiltInRules.EQUAL -> direction == Direction.EQUAL;
        default -> direction == Direction.AT_MOST;
      };
      if (sameWay && (positiveTarget || !needsPositive)) {
        fitting.add(0, rate);
      }
    }
    return Optional.of(source.choose(fitting));
  }

  private static RulebookIndicator.Builder base(Indicator indicator) {
    RulebookIndicator.Builder node = RulebookIndicator.builder().code(indicator.getCode())
        .name(indicator.getName()).level(indicator.getLevel()).weight(indicator.getWeight());
    indicator.getParentCode().ifPresent(node::parentCode);
    return node;
  }

  private static Rulebook.Builder header(Source source, List<Indicator> table) {
    Rulebook.Builder book = Rulebook.builder().id("rulebook-" + source.between(1, 999))
        .title("部门整体支出绩效评价表").source("财预〔2020〕10号");
    book.provenance(source.nextBoolean()
        ? Provenance.reconstructed("自评报告", "分值按报告推定")
        : Provenance.confirmed("财预〔2020〕10号"));
    if (source.nextBoolean()) {
      book.gradeScale(gradeScale(source));
    }
    if (source.nextBoolean()) {
      // Never fewer decimals than the weights have: 16.5 points rounded to whole points is 17,
      // above the weight.
      int decimals = table.stream().mapToInt(i -> Math.max(0, i.getWeight().stripTrailingZeros()
          .scale())).max().orElse(0);
      book.rounding(RoundingPolicy.builder().scale(source.intBetween(decimals, 2))
          .mode(source.choose(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
              RoundingMode.DOWN))).build());
    }
    return book;
  }

  /** A scale from 0 with 1 to 3 higher cut-offs, each a better grade (一些省份: 80/70/60). */
  private static GradeScale gradeScale(Source source) {
    List<Grade> better = List.of(Grade.FAIR, Grade.GOOD, Grade.EXCELLENT);
    GradeScale.Builder scale = GradeScale.builder().addBand(GradeBand.of(BigDecimal.ZERO, Grade.POOR));
    int cuts = source.intBetween(1, 3);
    long from = 0;
    for (int c = 0; c < cuts; c++) {
      from = source.between(from + 1, 100 - (cuts - c - 1), from + 1);
      scale.addBand(GradeBand.of(BigDecimal.valueOf(from), better.get(c + 3 - cuts)));
    }
    return scale.build();
  }
}
