package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.ParameterChecks;
import io.github.jixiao.rules.internal.Suggestions;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a rulebook against a registry of rules (规则表核验): every rule it names is registered,
 * and every spec gives its rule only what the rule declares it takes and passes the rule's own
 * check. Built-in rules are checked when a rulebook is built; a user's rule only here.
 */
final class RulebookVerifier {

  private RulebookVerifier() {}

  static List<Violation> verify(ScoringRules rules, Rulebook rulebook) {
    List<Violation> problems = new ArrayList<>();
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    for (int i = 0; i < nodes.size(); i++) {
      RulebookIndicator node = nodes.get(i);
      if (node.getRule().isPresent()) {
        verify(rules, node.getRule().get(), node.getWeight(), "$.indicators[" + i + "].rule",
            "indicator '" + Echo.text(node.getCode()) + "' (" + Echo.text(node.getName()) + ")",
            "指标“" + Echo.text(node.getCode()) + "”（" + Echo.text(node.getName()) + "）", problems);
      }
    }
    for (int i = 0; i < rulebook.getDefaultRules().size(); i++) {
      verify(rules, rulebook.getDefaultRules().get(i).getRule(), Optional.empty(),
          "$.defaultRules[" + i + "].rule", "default rule " + i, "默认规则 " + i, problems);
    }
    return List.copyOf(problems);
  }

  private static void verify(ScoringRules rules, RuleSpec spec, Optional<BigDecimal> weight,
      String where, String what, String whatZh, List<Violation> problems) {
    Optional<ScoringRule> rule = rules.find(spec.getType());
    if (rule.isEmpty()) {
      problems.add(new Violation(where + ".type", notRegistered(rules, spec.getType(), what),
          notRegisteredZh(rules, spec.getType(), whatZh)));
      return;
    }
    RuleProblems report = (param, en, zh) -> problems.add(new Violation(where + "." + param, en,
        zh));
    try {
      rule.get().parameters().ifPresent(p -> ParameterChecks.check(spec, p, report));
      rule.get().check(spec, weight, report);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      problems.add(new Violation(where, "the check of scoring rule '" + Echo.text(spec.getType())
          + "' (" + rule.get().getClass().getName() + ") failed: " + Echo.text(e.toString(), 200),
          "评分方法 '" + Echo.text(spec.getType()) + "' 的参数检查出错"));
    }
  }

  /** What scoring says when {@code type} is not registered, naming the indicator. */
  static ScoringException unregistered(ScoringRules rules, String type, String code, String name,
      String rulebookId) {
    String what = "indicator '" + Echo.text(code) + "' (" + Echo.text(name) + ") of rulebook '"
        + Echo.text(rulebookId) + "'";
    String whatZh = "评分办法“" + Echo.text(rulebookId) + "”的指标“" + Echo.text(code) + "”（"
        + Echo.text(name) + "）";
    return new ScoringException(type, code, notRegistered(rules, type, what)
        + "; register it with ScoringRules.builder().register(\"" + Echo.text(type) + "\", rule)"
        + " or through a ScoringRuleProvider, or correct the type",
        notRegisteredZh(rules, type, whatZh)
            + "；请注册该评分方法（ScoringRules.builder().register 或 ScoringRuleProvider）或更正类型", null);
  }

  private static String notRegistered(ScoringRules rules, String type, String what) {
    return "no scoring rule is registered under type '" + Echo.text(type) + "' (" + what + ")"
        + Suggestions.hint(type, rules.ids()) + "; registered: " + String.join(", ", rules.ids());
  }

  private static String notRegisteredZh(ScoringRules rules, String type, String whatZh) {
    return "评分方法类型 '" + Echo.text(type) + "' 未注册（" + whatZh + "）"
        + Suggestions.hintZh(type, rules.ids()) + "；已注册：" + String.join("、", rules.ids());
  }
}
