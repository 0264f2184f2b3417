package io.github.jixiao.testkit;

import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.testkit.quicktheories.QuickTheoriesLaws;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every built-in rule of the methodology keeps the laws of {@link ScoringRuleLaws}. */
class BuiltInRulesKeepTheLawsTest {

  static Stream<String> builtInTypes() {
    return BuiltInRules.ids().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInTypes")
  void aBuiltInRuleKeepsEveryLaw(String type) {
    ScoringRule rule = ScoringRules.standard().find(type).orElseThrow();
    QuickTheoriesLaws.check(ScoringRuleLaws.of(rule, RuleGens.inputs(type)), 500);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInTypes")
  void aBuiltInRuleKeepsEveryLawWhenItsInputsAreMissingOrMeantForAnotherRule(String type) {
    ScoringRule rule = ScoringRules.standard().find(type).orElseThrow();
    QuickTheoriesLaws.check(ScoringRuleLaws.of(rule, RuleGens.unshapedInputs(type)), 300);
  }
}
