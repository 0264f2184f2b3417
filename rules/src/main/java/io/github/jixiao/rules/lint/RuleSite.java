package io.github.jixiao.rules.lint;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.DefaultRule;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One place a rulebook names a rule (评分方法所在): a leaf's rule or a default rule, with its JSON
 * path, its spec, the leaf's weight (absent for a default rule and for a weight each evaluation
 * sets), the values it can be given and how a message names it. Only the specs of the built-in
 * rules, as registered in the scorer and passing {@code Scorer.verify}, are {@linkplain
 * #analysed() analysed}: what a user's rule makes of its parameters is its own business, and a
 * refused spec is reported by the verification already.
 *
 * @param path the rule's JSON path, e.g. {@code $.indicators[3].rule}
 * @param spec the rule's spec
 * @param weight the leaf's weight, when the rulebook fixes it
 * @param target the leaf's own target (年度指标值), when it has one
 * @param range the values the rule can be given
 * @param what the leaf ({@code rules.where.indicator}) or default rule it is, as a message
 * @param rounding how the rulebook rounds points
 * @param analysed whether the lint reads its spec: a built-in rule, verified
 */
record RuleSite(String path, RuleSpec spec, Optional<BigDecimal> weight,
    Optional<BigDecimal> target, ValueRange range,
    Message what, RoundingPolicy rounding, boolean analysed) {

  /** The path of {@code part} of the rule, e.g. {@code bands[1]} or {@code params.step}. */
  String at(String part) {
    return path + "." + part;
  }

  /** The path of the leaf's own {@code property}, e.g. {@code $.indicators[3].target}. */
  String leaf(String property) {
    return path.substring(0, path.lastIndexOf('.')) + "." + property;
  }

  /** Whether the rule is of the built-in {@code type}, analysed. */
  boolean is(String type) {
    return analysed && spec.getType().equals(type);
  }

  /** The numeric parameter {@code name}; present on every analysed spec that needs it. */
  BigDecimal param(String name) {
    return spec.param(name).orElse(BigDecimal.ZERO);
  }

  /** Whether {@code points}, rounded as the card shows them, fall short of the weight. */
  boolean belowWeight(BigDecimal points) {
    return weight.isPresent() && rounding.round(points).compareTo(weight.get()) < 0;
  }

  /** Whether {@code points}, rounded as the card shows them, stay above 0. */
  boolean aboveZero(BigDecimal points) {
    return rounding.round(points).signum() > 0;
  }

  /** Every rule {@code rulebook} names, leaves' first, in order; {@code verified} its problems. */
  static List<RuleSite> of(Rulebook rulebook, ScoringRules rules, List<Violation> verified) {
    List<RuleSite> sites = new ArrayList<>();
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    for (int i = 0; i < nodes.size(); i++) {
      RulebookIndicator node = nodes.get(i);
      if (node.getRule().isPresent()) {
        String path = "$.indicators[" + i + "].rule";
        sites.add(new RuleSite(path, node.getRule().get(), node.getWeight(), node.getTarget(),
            ValueRange.of(node), Message.of("rules.where.indicator",
                Argument.text("code", Echo.text(node.getCode())),
                Argument.text("name", Echo.phrase(node.getName()))),
            rulebook.getRounding(), analysed(node.getRule().get(), path, rules, verified)));
      }
    }
    List<DefaultRule> defaults = rulebook.getDefaultRules();
    for (int i = 0; i < defaults.size(); i++) {
      String path = "$.defaultRules[" + i + "].rule";
      RuleSpec spec = defaults.get(i).getRule();
      sites.add(new RuleSite(path, spec, Optional.empty(), Optional.empty(),
          ValueRange.NOT_NEGATIVE,
          Message.of("rules.where.default-rule", Argument.text("index", String.valueOf(i))),
          rulebook.getRounding(), analysed(spec, path, rules, verified)));
    }
    return sites;
  }

  // The built-in rule (its final class; each registry built with the built-ins has its own
  // instances), not a user's registered under a built-in id in a registry built without them;
  // and no problem of verification under its path.
  private static boolean analysed(RuleSpec spec, String path, ScoringRules rules,
      List<Violation> verified) {
    Optional<ScoringRule> registered = rules.find(spec.getType());
    Optional<ScoringRule> builtIn = ScoringRules.standard().find(spec.getType());
    if (registered.isEmpty() || builtIn.isEmpty()
        || registered.get().getClass() != builtIn.get().getClass()) {
      return false;
    }
    String under = path + ".";
    return verified.stream().noneMatch(v -> v.path().equals(path) || v.path().startsWith(under));
  }
}
