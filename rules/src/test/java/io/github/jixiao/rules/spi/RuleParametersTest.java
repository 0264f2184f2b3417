package io.github.jixiao.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.rules.scoring.ScoringRules;

import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rule spec gives its rule only what the rule declares; anything else is refused with a "did you
 * mean" (issue 11, D9), and a rule type the registry lacks is named before scoring.
 */
class RuleParametersTest {

  private static Rulebook.Builder book(RuleSpec rule) {
    return Rulebook.builder().id("params").title("参数").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicators(RulebookIndicator.builder().code("1").name("指标").level(1)
            .weight(new BigDecimal("100")).rule(rule).build());
  }

  // A rule's parameters are the rule's business: the registry that scores verifies them (a
  // rulebook names a user's rule as readily as a built-in one), not the rulebook's own build.
  private static List<Violation> refused(RuleSpec rule) {
    List<Violation> problems = Scorer.standard().verify(book(rule).build());
    if (problems.isEmpty()) {
      throw new AssertionError("accepted: " + rule);
    }
    return problems;
  }

  private static RuleSpec.Builder threshold() {
    return RuleSpec.builder().type(BuiltInRules.THRESHOLD).putParam("standard", BigDecimal.TEN)
        .putParam("step", BigDecimal.ONE);
  }

  @Test
  void aMisspeltOptionIsRefusedWithTheNearestName() {
    assertThat(refused(threshold().putOption("fracton", "whole-points").build()))
        .singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$.indicators[0].rule.options.fracton");
          assertThat(v.message(Locale.ENGLISH)).isEqualTo("the rule 'threshold' has no option 'fracton'; did you"
              + " mean 'fraction'? (it takes direction, fraction)");
          assertThat(v.message(Locale.SIMPLIFIED_CHINESE))
              .isEqualTo("评分方法“threshold”没有选项“fracton”；是否应为“fraction”？"
                  + "（可用选项：direction, fraction）");
        });
  }

  @Test
  void aMisspeltParameterIsRefusedWithTheNearestName() {
    assertThat(refused(RuleSpec.builder().type(BuiltInRules.PROPORTIONAL)
        .putParam("taget", new BigDecimal("50")).build())).singleElement().satisfies(v -> {
          assertThat(v.path()).isEqualTo("$.indicators[0].rule.params.taget");
          assertThat(v.message(Locale.ENGLISH)).isEqualTo("the rule 'proportional' has no parameter 'taget'; did"
              + " you mean 'target'? (it takes target)");
        });
    assertThat(refused(RuleSpec.builder().type(BuiltInRules.THRESHOLD)
        .putParam("standard", BigDecimal.TEN).putParam("stpe", BigDecimal.ONE).build()))
        .extracting(Violation::path).containsExactlyInAnyOrder(
            "$.indicators[0].rule.params.stpe", "$.indicators[0].rule.params.step");
  }

  @Test
  void aRuleThatTakesNothingRefusesEverything() {
    assertThat(refused(RuleSpec.builder().type(BuiltInRules.DEDUCTION)
        .putParam("anything", new BigDecimal("5")).build())).singleElement().satisfies(v ->
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("the rule 'deduction' has no parameter 'anything'"
            + " (it takes none)"));
    assertThat(refused(RuleSpec.builder().type(BuiltInRules.PROPORTIONAL)
        .addBand(Band.of(null, null, BigDecimal.ONE)).build()))
        .extracting(Violation::path).containsExactly("$.indicators[0].rule.bands");
  }

  @Test
  void anOptionValueNotAllowedIsRefusedWithTheNearestValue() {
    assertThat(refused(threshold().putOption("fraction", "whole-point").build()))
        .singleElement().satisfies(v -> assertThat(v.message(Locale.ENGLISH)).isEqualTo("option 'fraction' is"
            + " 'whole-point'; did you mean 'whole-points'?; use one of proportional,"
            + " whole-points"));
  }

  /** A user's rule that declares a parameter {@code level} and an option {@code source}. */
  static final class Declared implements ScoringRule {
    @Override
    public String type() {
      return "declared";
    }

    @Override
    public RuleOutcome score(RuleInput input) {
      return RuleOutcome.scored(input.getWeight(), Message.custom("ok", "满分", "full"));
    }

    @Override
    public Optional<RuleParameters> parameters() {
      return Optional.of(RuleParameters.builder().param("level").option("source", "table", "report")
          .build());
    }
  }

  private static final ScoringRules USER = ScoringRules.builder().withBuiltIns()
      .register(new Declared())
      .register(ScoringRule.of("undeclared", in -> RuleOutcome.scored(in.getWeight(),
          Message.custom("ok", "满分", "full"))))
      .build();

  @Test
  void aDeclaredUserRuleIsVerifiedTheSameWayAndAnUndeclaredOneIsNot() {
    Rulebook declared = book(RuleSpec.builder().type("declared").putParam("levle", BigDecimal.ONE)
        .putOption("source", "tabel").build()).build();
    assertThat(Scorer.using(USER).verify(declared)).extracting(Violation::toString)
        .containsExactly(
            "$.indicators[0].rule.params.levle: the rule 'declared' has no parameter 'levle'; did"
                + " you mean 'level'? (it takes level)",
            "$.indicators[0].rule.options.source: option 'source' is 'tabel'; did you mean"
                + " 'table'?; use one of table, report");
    Rulebook undeclared = book(RuleSpec.builder().type("undeclared")
        .putParam("anything", BigDecimal.ONE).build()).build();
    assertThat(Scorer.using(USER).verify(undeclared)).isEmpty();
  }

  @Test
  void anUnregisteredRuleTypeIsNamedWithWhatIsRegistered() {
    Rulebook misspelt = book(RuleSpec.of("declraed")).build();
    assertThat(Scorer.using(USER).verify(misspelt)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.indicators[0].rule.type");
      assertThat(v.message(Locale.ENGLISH)).startsWith("no scoring rule is registered under type 'declraed'"
          + " (indicator '1' (指标)); did you mean 'declared'?; registered: proportional,")
          .endsWith(", declared, undeclared");
      assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).startsWith("评分方法类型“declraed”未注册"
          + "（指标“1”（指标））；是否应为“declared”？；已注册：proportional,");
    });
    assertThatThrownBy(() -> Scorer.using(USER).score(
        io.github.jixiao.rules.fixtures.BaiyunFixture.asEncoded(), misspelt))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.ruleType()).contains("declraed");
          assertThat(e.indicatorCode()).contains("1");
          assertThat(e.getMessage()).contains("did you mean 'declared'?; registered: ");
        });
    assertThat(Scorer.standard().verify(book(RuleSpec.of(BuiltInRules.PROPORTIONAL)).build()))
        .isEmpty();
  }
}
