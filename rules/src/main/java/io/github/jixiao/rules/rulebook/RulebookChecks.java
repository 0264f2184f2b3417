package io.github.jixiao.rules.rulebook;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.internal.Echo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The invariants of a rulebook's (评分办法) tree, weights and rules; every problem is recorded, as a
 * message of jixiao-rules' bundle ({@code rules.rulebook.*}).
 */
public final class RulebookChecks {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The first year a rulebook may name: the first fiscal year an evaluation can have. */
  public static final int FIRST_YEAR = 2000;

  /** The last year a rulebook may name: the last fiscal year an evaluation can have. */
  public static final int LAST_YEAR = 2100;

  /**
   * The id of the execution line's formula, {@code Formulas.EXECUTION_RATE}: named here because
   * the formulas depend on the rulebook's types, not the other way round.
   */
  static final String EXECUTION_RATE = "execution-rate";

  private RulebookChecks() {}

  /** Records every problem of {@code rulebook} into {@code v}. */
  public static void check(Rulebook rulebook, Validation.Invariants v) {
    checkYears(rulebook, v);
    checkOverAchievementRatio(rulebook, v);
    rulebook.getDefaultCostCap().ifPresent(cap -> v.require(cap.signum() >= 0
        && cap.compareTo(BigDecimal.valueOf(100)) <= 0 && cap.stripTrailingZeros().scale() <= 2,
        "defaultCostCap", () -> Message.of("rules.rulebook.default-cost-cap",
            Argument.number("cap", cap))));
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    v.require(!nodes.isEmpty(), "indicators", () -> Message.of("rules.rulebook.no-indicators"));
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String code = nodes.get(i).getCode();
      if (indexOf.putIfAbsent(code, i) != null) {
        v.add(path(i, "code"), Message.of("rules.rulebook.duplicate-code", code(code)));
      }
    }
    Map<String, List<Integer>> children = new HashMap<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      RulebookIndicator node = nodes.get(i);
      if (node.getParentCode().isEmpty()) {
        roots.add(i);
        continue;
      }
      String parentCode = node.getParentCode().get();
      Integer parent = indexOf.get(parentCode);
      if (parent == null) {
        v.add(path(i, "parentCode"), Message.of("rules.rulebook.no-parent", code(parentCode)));
        continue;
      }
      children.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(i);
      if (nodes.get(parent).getLevel() != node.getLevel() - 1) {
        v.add(path(i, "level"), Message.of("rules.rulebook.parent-level",
            Argument.number("level", node.getLevel()),
            Argument.text("parent", Echo.text(parentCode)),
            Argument.number("parentLevel", node.getLevel() - 1)));
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      checkNode(nodes, i, children.getOrDefault(nodes.get(i).getCode(), List.of()), indexOf, v);
    }
    checkSum(nodes, roots, Optional.of(HUNDRED), "indicators",
        Message.of("rules.rulebook.level-one"), v);
    checkDefaults(rulebook.getDefaultRules(), v);
    checkRoundingKeepsWeights(rulebook, v);
    checkUncappedLine(rulebook, v);
  }

  // An uncapped execution line scored by another rule than proportional would keep its cap
  // without a word: the setting would say one thing and the card another.
  private static void checkUncappedLine(Rulebook rulebook, Validation.Invariants v) {
    if (rulebook.getExecution().isCapped()) {
      return;
    }
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    for (int i = 0; i < nodes.size(); i++) {
      RulebookIndicator node = nodes.get(i);
      Optional<RuleSpec> rule = node.getRule();
      if (node.getFormula().equals(Optional.of(EXECUTION_RATE)) && rule.isPresent()
          && !rule.get().getType().equals(BuiltInRules.PROPORTIONAL)) {
        v.add("execution.capped", Message.of("rules.rulebook.uncapped-rule", code(node.getCode()),
            Argument.text("type", Echo.text(rule.get().getType())),
            Argument.text("proportional", BuiltInRules.PROPORTIONAL)));
      }
    }
  }

  private static Argument code(String code) {
    return Argument.text("code", Echo.text(code));
  }

  // Rounding to fewer decimals than a weight has could lift full points above it (16.50 → 17).
  private static void checkRoundingKeepsWeights(Rulebook rulebook, Validation.Invariants v) {
    int scale = rulebook.getRounding().getScale();
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    for (int i = 0; i < nodes.size(); i++) {
      Optional<BigDecimal> weight = nodes.get(i).getWeight();
      if (weight.isPresent() && weight.get().stripTrailingZeros().scale() > scale) {
        v.add("rounding.scale", Message.of("rules.rulebook.rounding",
            Argument.number("scale", scale), Argument.number("weight", weight.get()),
            code(nodes.get(i).getCode())));
        return;
      }
    }
  }

  // Above 1 (an actual at its target is no over-achievement), at most 10, at most 2 decimals.
  private static void checkOverAchievementRatio(Rulebook rulebook, Validation.Invariants v) {
    BigDecimal ratio = rulebook.getOverAchievementRatio();
    v.require(ratio.compareTo(BigDecimal.ONE) > 0 && ratio.compareTo(BigDecimal.TEN) <= 0
        && ratio.stripTrailingZeros().scale() <= 2, "overAchievementRatio",
        () -> Message.of("rules.rulebook.over-achievement-ratio", Argument.number("ratio", ratio)));
  }

  private static void checkYears(Rulebook rulebook, Validation.Invariants v) {
    rulebook.getFirstYear().ifPresent(year -> checkYear(year, "firstYear", v));
    rulebook.getLastYear().ifPresent(year -> checkYear(year, "lastYear", v));
    if (rulebook.getFirstYear().isPresent() && rulebook.getLastYear().isPresent()) {
      int first = rulebook.getFirstYear().get();
      int last = rulebook.getLastYear().get();
      v.require(first <= last, "lastYear", () -> Message.of("rules.rulebook.last-before-first",
          Argument.number("last", last), Argument.number("first", first)));
    }
  }

  private static void checkYear(int year, String path, Validation.Invariants v) {
    v.require(year >= FIRST_YEAR && year <= LAST_YEAR, path, () -> Message.of(
        "rules.rulebook.year-range", Argument.number("year", year),
        Argument.number("from", FIRST_YEAR), Argument.number("to", LAST_YEAR)));
  }

  private static void checkNode(List<RulebookIndicator> nodes, int i, List<Integer> kids,
      Map<String, Integer> indexOf, Validation.Invariants v) {
    RulebookIndicator node = nodes.get(i);
    if (node.isOpen()) {
      v.require(kids.isEmpty(), path(i, "open"), () -> Message.of(
          "rules.rulebook.open-with-children", Argument.number("count", kids.size())));
    } else if (!kids.isEmpty()) {
      v.require(node.getRule().isEmpty(), path(i, "rule"),
          () -> Message.of("rules.rulebook.group-with-rule"));
      checkSum(nodes, kids, node.getWeight(), path(i, "weight"),
          Message.of("rules.rulebook.children-of", code(node.getCode())), v);
    } else {
      v.require(node.getRule().isPresent() || node.getKind().isPresent(), path(i, "rule"),
          () -> Message.of("rules.rulebook.leaf-without-rule"));
    }
    for (int r = 0; r < node.getRedistributeTo().size(); r++) {
      String target = node.getRedistributeTo().get(r);
      Integer t = indexOf.get(target);
      v.require(t != null && t != i
          && nodes.get(t).getParentCode().equals(node.getParentCode()),
          path(i, "redistributeTo[" + r + "]"), () -> Message.of("rules.rulebook.not-sibling",
              Argument.text("target", Echo.text(target)), code(node.getCode())));
    }
    node.getDeductionCap().filter(cap -> cap.signum() <= 0).ifPresent(cap -> v.add(
        path(i, "deductionCap"), Message.of("rules.rulebook.cap-not-positive",
            Argument.number("cap", cap))));
    if (node.getDeductionCap().isPresent() && node.getWeight().isPresent()) {
      BigDecimal cap = node.getDeductionCap().get();
      BigDecimal weight = node.getWeight().get();
      v.require(cap.compareTo(weight) <= 0, path(i, "deductionCap"), () -> Message.of(
          "rules.rulebook.cap-above-weight", Argument.number("cap", cap),
          Argument.number("weight", weight)));
    }
    // What a rule's parameters mean is the rule's own business: the registry that scores checks
    // them (RulebookVerifier), whether the rule is built in or a user's. Its band table is here.
    node.getRule().ifPresent(rule -> checkBands(rule.getBands(), node.getWeight(),
        path(i, "rule"), v));
  }

  private static void checkSum(List<RulebookIndicator> nodes, List<Integer> members,
      Optional<BigDecimal> expected, String where, Message what, Validation.Invariants v) {
    if (expected.isEmpty() || members.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int m : members) {
      Optional<BigDecimal> weight = nodes.get(m).getWeight();
      if (weight.isEmpty()) {
        return; // weights set by each evaluation's table are checked there
      }
      sum = sum.add(weight.get());
    }
    BigDecimal total = sum;
    v.require(sum.compareTo(expected.get()) == 0, where, () -> Message.of("rules.rulebook.sum",
        Argument.message("what", what), Argument.number("sum", total),
        Argument.number("expected", expected.get())));
  }

  private static void checkDefaults(List<DefaultRule> defaults, Validation.Invariants v) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < defaults.size(); i++) {
      DefaultRule rule = defaults.get(i);
      String key = rule.getKind() + "/" + rule.getDirection().map(Enum::name).orElse("*");
      v.require(seen.add(key), "defaultRules[" + i + "]", () -> Message.of(
          "rules.rulebook.default-twice", Argument.message("kind", Message.label(rule.getKind())),
          Argument.message("direction", rule.getDirection().map(Message::label)
              .orElse(Message.of("rules.rulebook.any-direction")))));
      checkBands(rule.getRule().getBands(), Optional.empty(), "defaultRules[" + i + "].rule", v);
    }
  }

  private static void checkBands(List<Band> bands, Optional<BigDecimal> weight, String where,
      Validation.Invariants v) {
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      String at = where + ".bands[" + b + "]";
      if (band.getFrom().isPresent() && band.getTo().isPresent()) {
        int c = band.getFrom().get().compareTo(band.getTo().get());
        v.require(c < 0 || (c == 0 && band.isFromInclusive() && band.isToInclusive()), at,
            () -> Message.of("rules.rulebook.band-empty"));
      }
      v.require(band.getPoints().signum() >= 0
          && weight.map(w -> band.getPoints().compareTo(w) <= 0).orElse(true), at + ".points",
          () -> Message.of("rules.rulebook.band-points",
              Argument.number("points", band.getPoints())));
      if (b > 0) {
        checkJoin(bands.get(b - 1), band, at, v);
      }
    }
  }

  private static void checkJoin(Band previous, Band band, String at, Validation.Invariants v) {
    if (previous.getTo().isEmpty() || band.getFrom().isEmpty()) {
      v.add(at, Message.of("rules.rulebook.band-unbounded"));
      return;
    }
    int c = previous.getTo().get().compareTo(band.getFrom().get());
    boolean shared = previous.isToInclusive() ^ band.isFromInclusive();
    Argument end = Argument.number("end", previous.getTo().get());
    Argument start = Argument.number("start", band.getFrom().get());
    if (c < 0 || (c == 0 && !previous.isToInclusive() && !band.isFromInclusive())) {
      v.add(at, Message.of("rules.rulebook.band-gap", end, start));
    } else if (c > 0 || !shared) {
      v.add(at, Message.of("rules.rulebook.band-overlap", end, start));
    }
  }

  private static String path(int i, String property) {
    return "indicators[" + i + "]." + property;
  }
}
