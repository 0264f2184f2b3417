package io.github.jixiao.rules.words;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.WeightSplit;
import io.github.jixiao.rules.rulebook.Region;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.DefaultRules;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Says what a rulebook holds (评分办法的文字说明): the engine of {@code jixiao rulebook show}. Each
 * leaf's rule — its own, else the default the scorer would give it for its kind and direction
 * ({@link DefaultRules}) — is described by the rule registered for its type in the registry given
 * ({@code ScoringRule.describe}); a rule that says nothing, is not registered or fails is shown by
 * its type id and parameters, so a rulebook can be read before it is checked.
 *
 * <pre>{@code
 * RulebookDescription gz = RulebookWords.using(ScoringRules.standard())
 *     .describe(Rulebooks.guangzhouDepartment2021());
 * gz.indicator("2.1.2").flatMap(IndicatorWords::getRule).get().getWords()
 *     .render(Locale.SIMPLIFIED_CHINESE);
 * // ≤100% → 5；每超 1 个百分点扣 1（不足 1 个百分点的按比例扣），扣完为止
 * }</pre>
 *
 * <p>Immutable and thread-safe; describing changes nothing and scores nothing.
 */
public final class RulebookWords {

  private final RuleDescriber rules;

  private RulebookWords(ScoringRules rules) {
    this.rules = new RuleDescriber(rules);
  }

  /** Describes with the rules of {@code rules}, a user's own among them. */
  public static RulebookWords using(ScoringRules rules) {
    return new RulebookWords(Objects.requireNonNull(rules, "rules"));
  }

  /** Describes with the built-in rules only ({@link ScoringRules#standard()}). */
  public static RulebookWords standard() {
    return using(ScoringRules.standard());
  }

  /** {@code book} in words. */
  public RulebookDescription describe(Rulebook book) {
    Provenance provenance = book.getProvenance();
    return RulebookDescription.builder().id(book.getId()).title(book.getTitle())
        .source(book.getSource()).evaluationKind(book.getEvaluationKind())
        .kindWords(SettingsWords.kinds(book)).firstYear(book.getFirstYear())
        .lastYear(book.getLastYear()).yearsWords(SettingsWords.years(book))
        .treeKind(book.treeKind())
        .provenance(ProvenanceWords.builder().status(provenance.getStatus())
            .statusWords(Message.label(provenance.getStatus())).basis(provenance.getBasis())
            .assumptions(provenance.getAssumptions()).issuer(provenance.getIssuer())
            .documentNumber(provenance.getDocumentNumber()).notice(provenance.getNotice())
            .build())
        .regionWords(book.getRegion().map(Region::describe)
            .orElse(Message.of("rules.words.region-none")))
        .splits(book.getSplits().stream().map(RulebookWords::split).toList())
        .indicators(indicators(book))
        .gradeScale(SettingsWords.gradeScale(book.getGradeScale()))
        .settings(SettingsWords.settings(book))
        .defaultRules(defaultRules(book))
        .build();
  }

  /** A weight split: its codes with their weights, why, and the other known advice. */
  private static Message split(WeightSplit split) {
    return Message.of("rules.words.split", Argument.text("id", split.getId()),
        Argument.text("name", split.getName()), Argument.list("codes", split.getCodes()),
        Argument.text("basis", split.getBasis()),
        Argument.list("alternatives", split.getAlternatives()));
  }

  /** The tree, each parent before its children, siblings in the rulebook's order. */
  private List<IndicatorWords> indicators(Rulebook book) {
    Map<String, List<RulebookIndicator>> children = new LinkedHashMap<>();
    for (RulebookIndicator node : book.getIndicators()) {
      children.computeIfAbsent(node.getParentCode().orElse(null), k -> new ArrayList<>())
          .add(node);
    }
    List<IndicatorWords> out = new ArrayList<>(book.getIndicators().size());
    walk(book, children, children.getOrDefault(null, List.of()), out);
    return out;
  }

  private void walk(Rulebook book, Map<String, List<RulebookIndicator>> children,
      List<RulebookIndicator> nodes, List<IndicatorWords> out) {
    for (RulebookIndicator node : nodes) {
      List<RulebookIndicator> below = children.getOrDefault(node.getCode(), List.of());
      out.add(indicator(book, node, below.isEmpty() && !node.isOpen()));
      walk(book, children, below, out);
    }
  }

  private IndicatorWords indicator(Rulebook book, RulebookIndicator node, boolean leaf) {
    IndicatorWords.Builder words = IndicatorWords.builder().code(node.getCode())
        .name(node.getName()).level(node.getLevel()).parentCode(node.getParentCode())
        .weight(node.getWeight()).weightWords(weight(node.getWeight())).open(node.isOpen())
        .leaf(leaf).kind(node.getKind()).direction(node.getDirection())
        .target(node.getTarget()).unit(node.getUnit()).targetWords(IndicatorNotes.target(node))
        .formula(node.getFormula()).aliases(node.getAliases())
        .redistributeTo(node.getRedistributeTo()).deductionCap(node.getDeductionCap())
        .description(node.getDescription()).assumption(node.getAssumption())
        .notes(IndicatorNotes.of(book, node));
    if (leaf) {
      words.rule(rule(book, node));
      if (node.getRule().isEmpty() && node.getKind().orElse(null) == IndicatorKind.QUANTITATIVE
          && node.getDirection().isEmpty()) {
        words.addNote(Message.of("rules.words.direction-from-table"));
      }
    }
    return words.build();
  }

  /** The leaf's own rule, else the default the scorer would give it. */
  private RuleWords rule(Rulebook book, RulebookIndicator node) {
    if (node.getRule().isPresent()) {
      return rules.describe(node.getRule().get(), node.getWeight(), RuleOrigin.OWN);
    }
    Optional<RuleSpec> listed = DefaultRules.listed(book, node.getKind(), node.getDirection());
    return listed.isPresent()
        ? rules.describe(listed.get(), node.getWeight(), RuleOrigin.RULEBOOK_DEFAULT)
        : rules.describe(DefaultRules.builtIn(node.getKind(), node.getDirection()),
            node.getWeight(), RuleOrigin.BUILT_IN_DEFAULT);
  }

  private static Message weight(Optional<BigDecimal> weight) {
    return weight.map(w -> Message.of("rules.words.weight.points",
            Argument.number("weight", SettingsWords.plain(w))))
        .orElseGet(() -> Message.of("rules.words.weight.from-table"));
  }

  /**
   * The default rule of each kind and direction a leaf can have: 定量 正向, 反向 and 等于, and 定性
   * (in any direction) — the rulebook's, else the built-in one, saying which.
   */
  private List<Message> defaultRules(Rulebook book) {
    List<Message> lines = new ArrayList<>(4);
    for (Direction direction : List.of(Direction.AT_LEAST, Direction.AT_MOST, Direction.EQUAL)) {
      lines.add(defaultRule(book, IndicatorKind.QUANTITATIVE, Optional.of(direction)));
    }
    lines.add(defaultRule(book, IndicatorKind.QUALITATIVE, Optional.empty()));
    return lines;
  }

  private Message defaultRule(Rulebook book, IndicatorKind kind, Optional<Direction> direction) {
    Optional<RuleSpec> listed = DefaultRules.listed(book, Optional.of(kind), direction);
    RuleSpec spec = listed.orElseGet(() -> DefaultRules.builtIn(Optional.of(kind), direction));
    RuleWords words = rules.describe(spec, Optional.empty(), listed.isPresent()
        ? RuleOrigin.RULEBOOK_DEFAULT : RuleOrigin.BUILT_IN_DEFAULT);
    String key;
    if (direction.isPresent()) {
      key = listed.isPresent() ? "rules.words.default-rule" : "rules.words.default-rule.built-in";
    } else {
      key = listed.isPresent() ? "rules.words.default-rule.any-direction"
          : "rules.words.default-rule.built-in.any-direction";
    }
    List<Argument> arguments = new ArrayList<>(3);
    arguments.add(Argument.message("kind", Message.label(kind)));
    direction.ifPresent(d -> arguments.add(Argument.message("direction", Message.label(d))));
    arguments.add(Argument.message("rule", words.getWords()));
    return Message.of(key, arguments.toArray(Argument[]::new));
  }

  @Override
  public String toString() {
    return "RulebookWords";
  }
}
