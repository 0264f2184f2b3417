package io.github.jixiao.rules.lint;

import static io.github.jixiao.rules.lint.LintBooks.RULE;
import static io.github.jixiao.rules.lint.LintBooks.d;
import static io.github.jixiao.rules.lint.LintBooks.english;
import static io.github.jixiao.rules.lint.LintBooks.leaf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import org.junit.jupiter.api.Test;

/**
 * What the scorer's registry refuses comes from {@link Scorer#verify}, with the lint's codes; the
 * lint reads only the built-in rules' specs it verified.
 */
class VerifyLintTest {

  @Test
  void aMisspeltRuleTypeIsUnknownWithTheTypeMeant() {
    Rulebook book = leaf("“三公经费”控制率", "5", RuleSpec.builder().type("threshhold")
        .putParam("standard", d("100")).putParam("step", d("1")).build());

    assertThat(RulebookLint.standard().check(book)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-101");
      assertThat(p.path()).isEqualTo(RULE + ".type");
      assertThat(p.message().getKey()).isEqualTo("rules.verify.not-registered");
      assertThat(english(p)).contains("'threshhold'").contains("did you mean 'threshold'?");
    });
  }

  @Test
  void anOptionTheRuleDoesNotTakeIsRefusedAndItsSpecNotRead() {
    // With "fracton" misspelt the spec is not read: its step of 6 above the weight goes unsaid
    // until the option is right.
    Rulebook book = leaf("“三公经费”控制率", "5", RuleSpec.builder().type("threshold")
        .putParam("standard", d("100")).putParam("step", d("6"))
        .putOption("fracton", "whole-points").build());

    assertThat(RulebookLint.standard().check(book)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-102");
      assertThat(p.path()).isEqualTo(RULE + ".options.fracton");
      assertThat(p.message().getKey()).isEqualTo("rules.params.unknown-option");
    });
  }

  @Test
  void aMissingParameterIsTheRulesOwnProblem() {
    Rulebook book = leaf("“三公经费”控制率", "5", RuleSpec.builder().type("threshold")
        .putParam("step", d("1")).build());

    assertThat(RulebookLint.standard().check(book)).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JXR-102");
      assertThat(p.path()).isEqualTo(RULE + ".params.standard");
      assertThat(english(p)).contains("a threshold rule needs its standard");
    });
  }

  @Test
  void aUsersRuleUnderABuiltInsIdIsNotReadAsTheBuiltIn() {
    // A registry without the built-ins, whose "bands" gives every value the weight.
    Message full = Message.custom("own.full", "满分", "full points");
    Scorer scorer = Scorer.using(ScoringRules.builder().register(
        ScoringRule.of(BuiltInRules.BANDS, in -> RuleOutcome.scored(in.getWeight(), full)),
        ScoringRule.of(BuiltInRules.DEDUCTION, in -> RuleOutcome.scored(in.getWeight(), full)))
        .build());
    Rulebook book = leaf("重点支出安排率", "5", BuiltInRules.bands(
        Band.of(d("60"), null, d("1"))));

    assertThat(RulebookLint.standard().check(book, scorer)).isEmpty();
    assertThat(RulebookLint.standard().check(book)).extracting(LintProblem::code)
        .containsExactly("JXR-201", "JXR-301");
  }

  @Test
  void theBuiltInRulebooksHaveNoError() {
    for (Rulebook book : Rulebooks.all()) {
      assertThat(RulebookLint.standard().check(book)).as(book.getId())
          .noneMatch(LintProblem::isError);
    }
    assertThat(RulebookLint.standard().check(Rulebooks.guangzhouDepartment2021())).isEmpty();
  }
}
