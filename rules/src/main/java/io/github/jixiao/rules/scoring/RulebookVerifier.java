package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Suggestions;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.internal.ParameterChecks;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a rulebook against a registry of rules (规则表核验): every rule it names is registered,
 * and every spec gives its rule only what the rule declares it takes and passes the rule's own
 * {@link ScoringRule#check check} — every rule's, built in or not. {@link Scorer#verify} lists the
 * problems; {@link Scorer#score} stops at them.
 */
final class RulebookVerifier {

  /**
   * One problem: where and what, and the rule and indicator it concerns (the indicator is null for
   * a default rule); {@code unregistered} when the rule type is not registered at all.
   */
  record Problem(Violation violation, String ruleType, String indicatorCode,
      String indicatorName, boolean unregistered) {}

  private RulebookVerifier() {}

  static List<Violation> verify(ScoringRules rules, Rulebook rulebook) {
    return problems(rules, rulebook).stream().map(Problem::violation).toList();
  }

  static List<Problem> problems(ScoringRules rules, Rulebook rulebook) {
    List<Problem> problems = new ArrayList<>();
    List<RulebookIndicator> nodes = rulebook.getIndicators();
    for (int i = 0; i < nodes.size(); i++) {
      RulebookIndicator node = nodes.get(i);
      if (node.getRule().isPresent()) {
        verify(rules, node.getRule().get(), node.getWeight(), "$.indicators[" + i + "].rule",
            node.getCode(), node.getName(), problems);
      }
    }
    for (int i = 0; i < rulebook.getDefaultRules().size(); i++) {
      verify(rules, rulebook.getDefaultRules().get(i).getRule(), Optional.empty(),
          "$.defaultRules[" + i + "].rule", null, null, problems);
    }
    return List.copyOf(problems);
  }

  private static void verify(ScoringRules rules, RuleSpec spec, Optional<BigDecimal> weight,
      String where, String code, String name, List<Problem> problems) {
    String type = spec.getType();
    Optional<ScoringRule> rule = rules.find(type);
    if (rule.isEmpty()) {
      problems.add(new Problem(new Violation(where + ".type",
          notRegistered(rules, type, what(code, name, where)),
          notRegisteredZh(rules, type, whatZh(code, name, where))), type, code, name, true));
      return;
    }
    String of = "the rule '" + Echo.text(type) + "' of " + what(code, name, where) + ": ";
    String ofZh = whatZh(code, name, where) + "的评分方法 '" + Echo.text(type) + "'：";
    RuleProblems declared = (param, en, zh) -> problems.add(new Problem(
        new Violation(where + "." + param, en, zh), type, code, name, false));
    RuleProblems checked = (param, en, zh) -> problems.add(new Problem(
        new Violation(where + "." + param, of + en, ofZh + zh), type, code, name, false));
    try {
      rule.get().parameters().ifPresent(p -> ParameterChecks.check(spec, p, declared));
      rule.get().check(spec, weight, checked);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      problems.add(new Problem(new Violation(where, "the check of scoring rule '"
          + Echo.text(type) + "' (" + rule.get().getClass().getName() + ") of "
          + what(code, name, where) + " failed: " + Echo.text(e.toString(), 200),
          ofZh + "参数检查出错（" + rule.get().getClass().getName() + "）：" + Echo.text(e.toString(), 200)),
          type, code, name, false));
    }
  }

  private static String what(String code, String name, String where) {
    return code == null ? "default rule " + defaultIndex(where)
        : "indicator '" + Echo.text(code) + "' (" + Echo.text(name) + ")";
  }

  private static String whatZh(String code, String name, String where) {
    return code == null ? "默认规则 " + defaultIndex(where)
        : "指标“" + Echo.text(code) + "”（" + Echo.text(name) + "）";
  }

  // "defaultRules[3].rule" → "3"
  private static String defaultIndex(String where) {
    return where.substring(where.indexOf('[') + 1, where.indexOf(']'));
  }

  /**
   * What scoring says when the rulebook cannot be scored with these rules: the first problem,
   * naming the rule and the indicator, and how many more there are.
   */
  static ScoringException refusal(ScoringRules rules, Rulebook rulebook, List<Problem> problems) {
    Problem first = problems.get(0);
    if (first.unregistered()) {
      return unregistered(rules, first.ruleType(), first.indicatorCode(), first.indicatorName(),
          rulebook.getId());
    }
    int more = problems.size() - 1;
    String id = Echo.text(rulebook.getId());
    Violation v = first.violation();
    return new ScoringException(first.ruleType(), first.indicatorCode(), "the rulebook '" + id
        + "' cannot be scored: " + v.path() + ": " + v.message()
        + (more > 0 ? " (and " + more + " more; Scorer.verify lists them all)" : "")
        + "; correct the rulebook", "评分办法“" + id + "”无法评分：" + v.path() + "："
        + v.message(java.util.Locale.SIMPLIFIED_CHINESE)
        + (more > 0 ? "（另有 " + more + " 处问题，Scorer.verify 可全部列出）" : "") + "；请更正评分办法", null);
  }

  /** What scoring says when {@code type} is not registered, naming the indicator. */
  static ScoringException unregistered(ScoringRules rules, String type, String code, String name,
      String rulebookId) {
    String what = (code == null ? "a default rule" : "indicator '" + Echo.text(code) + "' ("
        + Echo.text(name) + ")") + " of rulebook '" + Echo.text(rulebookId) + "'";
    String whatZh = "评分办法“" + Echo.text(rulebookId) + "”的" + (code == null ? "默认规则"
        : "指标“" + Echo.text(code) + "”（" + Echo.text(name) + "）");
    return new ScoringException(type, code, notRegistered(rules, type, what)
        + "; register it with ScoringRules.standard().with(rule)"
        + " or through a ScoringRuleProvider, or correct the type",
        notRegisteredZh(rules, type, whatZh)
            + "；请注册该评分方法（ScoringRules.standard().with 或 ScoringRuleProvider）或更正类型", null);
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
