package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.internal.Listing;
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
   * a default rule); {@code unregistered} when the rule type is not registered at all; what the
   * rule's check threw, if it threw.
   */
  record Problem(Violation violation, String ruleType, String indicatorCode,
      String indicatorName, boolean unregistered, Throwable cause) {

    Problem(Violation violation, String ruleType, String indicatorCode, String indicatorName,
        boolean unregistered) {
      this(violation, ruleType, indicatorCode, indicatorName, unregistered, null);
    }
  }

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
    Message what = code == null
        ? Message.of("rules.where.default-rule", Argument.text("index", defaultIndex(where)))
        : indicator(code, name);
    if (rule.isEmpty()) {
      problems.add(new Problem(new Violation(where + ".type", notRegistered(rules, type, what)),
          type, code, name, true));
      return;
    }
    Argument shownType = Argument.text("type", Echo.text(type));
    RuleProblems declared = (param, message) -> problems.add(new Problem(
        new Violation(where + "." + param, message), type, code, name, false));
    RuleProblems checked = (param, message) -> problems.add(new Problem(
        new Violation(where + "." + param, Message.of("rules.verify.rule-problem", shownType,
            Argument.message("what", what), Argument.message("problem", message))),
        type, code, name, false));
    try {
      rule.get().parameters().ifPresent(p -> ParameterChecks.check(spec, p, declared));
      rule.get().check(spec, weight, checked);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      problems.add(new Problem(new Violation(where, Message.of("rules.verify.check-failed",
          shownType, Argument.text("class", rule.get().getClass().getName()),
          Argument.message("what", what), Argument.text("exception", e.getClass().getName()))),
          type, code, name, false, e));
    }
  }

  /** An indicator as a message names it: {@code indicator '2.1.1' (预算完成率)}. */
  static Message indicator(String code, String name) {
    return Message.of("rules.where.indicator", Argument.text("code", Echo.text(code)),
        Argument.text("name", Echo.phrase(name)));
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
    Violation v = first.violation();
    Argument id = Argument.text("rulebook", Echo.text(rulebook.getId()));
    Argument path = Argument.text("path", v.path());
    Argument problem = Argument.message("problem", v.message());
    Message refusal = more == 0 ? Message.of("rules.verify.refusal", id, path, problem)
        : Message.of("rules.verify.refusal.more", id, path, problem,
            Argument.number("more", more), Argument.text("verify", "Scorer.verify"));
    return new ScoringException(first.ruleType(), first.indicatorCode(), refusal, first.cause());
  }

  /** What scoring says when {@code type} is not registered, naming the indicator. */
  static ScoringException unregistered(ScoringRules rules, String type, String code, String name,
      String rulebookId) {
    Message what = Message.of("rules.where.in-rulebook",
        Argument.message("what", code == null ? Message.of("rules.where.a-default-rule")
            : indicator(code, name)),
        Argument.text("rulebook", Echo.text(rulebookId)));
    return new ScoringException(type, code, Message.of("rules.verify.unregistered",
        Argument.message("problem", notRegistered(rules, type, what)),
        Argument.text("with", "ScoringRules.standard().with(rule)"),
        Argument.text("provider", "ScoringRuleProvider")), null);
  }

  private static Message notRegistered(ScoringRules rules, String type, Message what) {
    return Message.of("rules.verify.not-registered", Argument.text("type", Echo.text(type)),
        Argument.message("what", what), Argument.message("hint", Suggestions.hint(type,
            rules.ids())), Argument.text("registered", Listing.ids(rules.ids())));
  }
}
