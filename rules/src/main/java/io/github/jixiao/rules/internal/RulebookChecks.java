package io.github.jixiao.rules.internal;

import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Band;
import io.github.jixiao.rules.scoring.RuleProblems;
import io.github.jixiao.rules.scoring.RuleSpec;
import io.github.jixiao.rules.scoring.ScoringRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The invariants of a rulebook's (评分办法) tree, weights and rules; every problem is recorded. */
public final class RulebookChecks {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The first year a rulebook may name: the first fiscal year an evaluation can have. */
  public static final int FIRST_YEAR = 2000;

  /** The last year a rulebook may name: the last fiscal year an evaluation can have. */
  public static final int LAST_YEAR = 2100;

  private RulebookChecks() {}

  /** Records every problem of {@code rulebook} into {@code v}. */
  public static void check(Rulebook rulebook, Validation.Invariants v) {
    checkYears(rulebook, v);
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    Invariants.require(v, !nodes.isEmpty(), "indicators", "the rulebook has no indicators, so it"
        + " would score every evaluation 0: list its indicator tree", "规则表没有评价指标，无法评分");
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      String code = nodes.get(i).getCode();
      if (indexOf.putIfAbsent(code, i) != null) {
        Invariants.add(v, path(i, "code"), "duplicate code '" + code + "': each indicator's code"
            + " must be unique within the rulebook", "指标编码 '" + code + "' 重复");
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
        Invariants.add(v, path(i, "parentCode"), "no indicator has code '" + parentCode
            + "': a parent code must name another indicator of the rulebook",
            "上级指标 '" + parentCode + "' 不存在");
        continue;
      }
      children.computeIfAbsent(parentCode, k -> new ArrayList<>()).add(i);
      if (nodes.get(parent).getLevel() != node.getLevel() - 1) {
        Invariants.add(v, path(i, "level"), "a level-" + node.getLevel() + " indicator's parent '"
            + parentCode + "' must be of level " + (node.getLevel() - 1),
            "下级指标的级次须比上级指标低一级");
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      checkNode(rulebook, nodes, i, children.getOrDefault(nodes.get(i).getCode(), List.of()),
          indexOf, v);
    }
    checkSum(nodes, roots, Optional.of(HUNDRED), "indicators", "the level-1 indicators", v);
    checkDefaults(rulebook.getDefaultRules(), v);
    checkRoundingKeepsWeights(rulebook, v);
  }

  // Rounding to fewer decimals than a weight has could lift full points above it (16.50 → 17).
  private static void checkRoundingKeepsWeights(Rulebook rulebook, Validation.Invariants v) {
    int scale = rulebook.getRounding().getScale();
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    for (int i = 0; i < nodes.size(); i++) {
      Optional<BigDecimal> weight = nodes.get(i).getWeight();
      if (weight.isPresent() && weight.get().stripTrailingZeros().scale() > scale) {
        String code = Echo.text(nodes.get(i).getCode());
        Invariants.add(v, "rounding.scale", "rounding keeps " + scale + " decimals but the weight "
            + weight.get().toPlainString() + " of '" + code + "' has more:"
            + " keep at least as many decimals as the weights have",
            "得分保留 " + scale + " 位小数，少于指标 '" + code + "' 的分值 "
            + weight.get().toPlainString() + " 的小数位数");
        return;
      }
    }
  }

  private static void checkYears(Rulebook rulebook, Validation.Invariants v) {
    rulebook.getFirstYear().ifPresent(year -> checkYear(year, "firstYear", v));
    rulebook.getLastYear().ifPresent(year -> checkYear(year, "lastYear", v));
    if (rulebook.getFirstYear().isPresent() && rulebook.getLastYear().isPresent()) {
      Invariants.require(v, rulebook.getFirstYear().get() <= rulebook.getLastYear().get(),
          "lastYear", "the last year " + rulebook.getLastYear().get() + " is before the first year "
              + rulebook.getFirstYear().get(), "适用年度的截止年早于起始年");
    }
  }

  private static void checkYear(int year, String path, Validation.Invariants v) {
    Invariants.require(v, year >= FIRST_YEAR && year <= LAST_YEAR, path, "the year " + year
        + " is outside " + FIRST_YEAR + "–" + LAST_YEAR + ", the fiscal years an evaluation can"
        + " have", "适用年度 " + year + " 不在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之内");
  }

  private static void checkNode(Rulebook rulebook, List<RulebookIndicator> nodes, int i,
      List<Integer> kids, Map<String, Integer> indexOf, Validation.Invariants v) {
    RulebookIndicator node = nodes.get(i);
    if (node.isOpen()) {
      Invariants.require(v, kids.isEmpty(), path(i, "open"), "an open indicator's children come"
          + " from the evaluation's table; remove its " + kids.size() + " children from the"
          + " rulebook or close it", "开放指标的下级指标来自自评表，规则表中不应再列下级指标");
    } else if (!kids.isEmpty()) {
      Invariants.require(v, node.getRule().isEmpty(), path(i, "rule"), "a group with children"
          + " is not scored by a rule of its own; move the rule to a leaf",
          "有下级指标的指标不单独设评分方法");
      checkSum(nodes, kids, node.getWeight(), path(i, "weight"),
          "the children of '" + Echo.text(node.getCode()) + "'", v);
    } else {
      Invariants.require(v, node.getRule().isPresent() || node.getKind().isPresent(),
          path(i, "rule"), "a leaf needs a rule, or a kind (and direction) for the rulebook's"
              + " default rule", "末级指标须设评分方法，或写明指标类型以使用默认评分方法");
    }
    for (int r = 0; r < node.getRedistributeTo().size(); r++) {
      String target = node.getRedistributeTo().get(r);
      Integer t = indexOf.get(target);
      Invariants.require(v, t != null && t != i
          && nodes.get(t).getParentCode().equals(node.getParentCode()),
          path(i, "redistributeTo[" + r + "]"), "'" + target + "' is not a sibling of '"
              + node.getCode() + "': weight moves only to other indicators under the same parent",
          "分值只能转移到同级指标");
    }
    node.getDeductionCap().filter(cap -> cap.signum() <= 0).ifPresent(cap -> Invariants.add(v,
        path(i, "deductionCap"), "the deduction cap " + Echo.number(cap) + " is not above 0:"
            + " a cap of 0 would ignore every deduction and a negative one would add points;"
            + " give the most points deductions may take, or remove the cap",
        "扣分上限须大于 0（为 " + Echo.number(cap) + "）；不设上限时请删除此项"));
    if (node.getDeductionCap().isPresent() && node.getWeight().isPresent()) {
      BigDecimal cap = node.getDeductionCap().get();
      Invariants.require(v, cap.compareTo(node.getWeight().get()) <= 0,
          path(i, "deductionCap"), "the deduction cap " + cap.toPlainString() + " is above the"
              + " weight " + node.getWeight().get().toPlainString() + ": deductions never take"
              + " more than the weight (扣完为止); lower the cap", "扣分上限超过了分值");
    }
    node.getRule().ifPresent(rule -> checkRule(rule, node.getWeight(), path(i, "rule"), v));
  }

  private static void checkSum(List<RulebookIndicator> nodes, List<Integer> members,
      Optional<BigDecimal> expected, String where, String what, Validation.Invariants v) {
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
    Invariants.require(v, sum.compareTo(expected.get()) == 0, where, "the weights of " + what
        + " add up to " + sum.toPlainString() + ", not " + expected.get().toPlainString()
        + ": correct the weights so that they add up", "下级指标分值合计 " + sum.toPlainString()
        + " 不等于 " + expected.get().toPlainString());
  }

  private static void checkDefaults(List<DefaultRule> defaults, Validation.Invariants v) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < defaults.size(); i++) {
      DefaultRule rule = defaults.get(i);
      String key = rule.getKind() + "/" + rule.getDirection().map(Enum::name).orElse("*");
      Invariants.require(v, seen.add(key), "defaultRules[" + i + "]", "a second default rule for "
          + key + ": keep one per kind and direction", "同一指标类型和方向的默认评分方法重复");
      checkRule(rule.getRule(), Optional.empty(), "defaultRules[" + i + "].rule", v);
    }
  }

  /**
   * Checks the band table of any rule, then a built-in rule's spec: only what it declares it
   * takes, and its own check.
   */
  private static void checkRule(RuleSpec rule, Optional<BigDecimal> weight, String where,
      Validation.Invariants v) {
    checkBands(rule.getBands(), weight, where, v);
    ScoringRules.standard().find(rule.getType()).ifPresent(r -> {
      RuleProblems problems = (param, en, zh) -> Invariants.add(v, where + "." + param, en, zh);
      r.parameters().ifPresent(declared -> ParameterChecks.check(rule, declared, problems));
      r.check(rule, weight, problems);
    });
  }

  private static void checkBands(List<Band> bands, Optional<BigDecimal> weight, String where,
      Validation.Invariants v) {
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      String at = where + ".bands[" + b + "]";
      if (band.getFrom().isPresent() && band.getTo().isPresent()) {
        int c = band.getFrom().get().compareTo(band.getTo().get());
        Invariants.require(v, c < 0 || (c == 0 && band.isFromInclusive() && band.isToInclusive()),
            at, "the band is empty: its lower bound must be below its upper bound, or equal to it"
                + " with both bounds included", "档次为空：下限须低于上限");
      }
      Invariants.require(v, band.getPoints().signum() >= 0
          && weight.map(w -> band.getPoints().compareTo(w) <= 0).orElse(true), at + ".points",
          "a band's points must lie in [0, weight]; was " + band.getPoints().toPlainString(),
          "档次得分须在 0 与分值之间");
      if (b > 0) {
        checkJoin(bands.get(b - 1), band, at, v);
      }
    }
  }

  private static void checkJoin(Band previous, Band band, String at, Validation.Invariants v) {
    if (previous.getTo().isEmpty() || band.getFrom().isEmpty()) {
      Invariants.add(v, at, "bands overlap: only the first band may be unbounded below and only"
          + " the last unbounded above", "档次重叠：只有第一档可无下限、最后一档可无上限");
      return;
    }
    int c = previous.getTo().get().compareTo(band.getFrom().get());
    boolean shared = previous.isToInclusive() ^ band.isFromInclusive();
    if (c < 0 || (c == 0 && !previous.isToInclusive() && !band.isFromInclusive())) {
      Invariants.add(v, at, "gap between bands: the previous band ends at "
          + previous.getTo().get().toPlainString() + " and this one starts at "
          + band.getFrom().get().toPlainString() + "; each band must start where the previous"
          + " ends, with exactly one of them including the bound", "档次之间有空档");
    } else if (c > 0 || !shared) {
      Invariants.add(v, at, "bands overlap: the previous band ends at "
          + previous.getTo().get().toPlainString() + " and this one starts at "
          + band.getFrom().get().toPlainString() + "; each band must start where the previous"
          + " ends, with exactly one of them including the bound", "档次之间有重叠");
    }
  }

  private static String path(int i, String property) {
    return "indicators[" + i + "]." + property;
  }
}
