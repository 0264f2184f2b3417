package io.github.jixiao.rules.words;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A user's rule in a rulebook's words (自定义评分方法的文字说明): one that describes itself is shown
 * in its own words; one that says nothing — the SPI's default — is shown by its type id and
 * parameters; one not registered, or whose description throws, is shown so too, saying why, and
 * the rest of the rulebook is still described.
 */
class UserRuleWordsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  /** 资金结余 (Yueyang): none → full; not above last year's → 2; above → 0. Says nothing. */
  private static final ScoringRule SILENT = ScoringRule.of("carry-over-level",
      in -> RuleOutcome.scored(in.getWeight(), Message.of("deduction.full",
          Argument.text("name", in.getIndicatorName()), Argument.number("weight", 1))));

  /** Throws when asked for its words. */
  static final class Throwing implements ScoringRule {
    @Override
    public String type() {
      return "throwing";
    }

    @Override
    public RuleOutcome score(RuleInput input) {
      return RuleOutcome.scored(input.getWeight(), Message.of("deduction.full",
          Argument.text("name", "x"), Argument.number("weight", 1)));
    }

    @Override
    public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
      throw new IllegalStateException("no words");
    }
  }

  /** Says its own words, from templates it carries. */
  static final class Speaking implements ScoringRule {
    @Override
    public String type() {
      return "carry-over-level";
    }

    @Override
    public RuleOutcome score(RuleInput input) {
      return SILENT.score(input);
    }

    @Override
    public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
      return Optional.of(Message.custom("user.carry-over.words",
          "无结余 → {weight}；不高于上年 → 2；高于上年 → 0",
          "no carry-over → {weight}; not above last year''s → 2; above → 0",
          Argument.number("weight", weight.orElseThrow())));
    }
  }

  private static final RuleSpec CARRY_OVER = RuleSpec.builder().type("carry-over-level")
      .putParam("notAbove", new BigDecimal("2")).putOption("compare", "last-year")
      .addBand(Band.of(new BigDecimal("0"), new BigDecimal("10"), new BigDecimal("3"))).build();

  private static Rulebook withCarryOver(RuleSpec spec) {
    return Rulebooks.guangzhouDepartment2021().withIndicator("2.1.3", i -> i.withRule(spec));
  }

  @Test
  void aRuleThatSaysNothingIsShownByItsTypeAndParameters() {
    RuleWords rule = RulebookWords.using(ScoringRules.standard().with(SILENT))
        .describe(withCarryOver(CARRY_OVER)).indicator("2.1.3").orElseThrow().getRule()
        .orElseThrow();
    assertThat(rule.isDescribed()).isFalse();
    assertThat(rule.getOrigin()).isEqualTo(RuleOrigin.OWN);
    assertThat(rule.getWords().render(ZH)).isEqualTo(
        "评分方法“carry-over-level”，参数：notAbove = 2、compare = last-year、[0, 10) → 3");
    assertThat(rule.getWords().render(EN)).isEqualTo(
        "rule 'carry-over-level', parameters: notAbove = 2, compare = last-year, [0, 10) → 3");
  }

  @Test
  void aRuleWithNoParametersSaysSo() {
    RuleWords rule = RulebookWords.using(ScoringRules.standard().with(SILENT))
        .describe(withCarryOver(RuleSpec.of("carry-over-level"))).indicator("2.1.3")
        .orElseThrow().getRule().orElseThrow();
    assertThat(rule.getWords().render(ZH)).isEqualTo("评分方法“carry-over-level”，参数：无");
    assertThat(rule.getWords().render(EN)).isEqualTo("rule 'carry-over-level', parameters: none");
  }

  @Test
  void aRuleThatDescribesItselfIsShownInItsOwnWords() {
    RuleWords rule = RulebookWords.using(ScoringRules.standard().with(new Speaking()))
        .describe(withCarryOver(CARRY_OVER)).indicator("2.1.3").orElseThrow().getRule()
        .orElseThrow();
    assertThat(rule.getWords().render(ZH)).isEqualTo("无结余 → 5；不高于上年 → 2；高于上年 → 0");
    assertThat(rule.isDescribed()).isTrue();
  }

  @Test
  void anUnregisteredRuleIsShownAsSuchAndTheRestStillReads() {
    RulebookDescription described = RulebookWords.standard().describe(withCarryOver(CARRY_OVER));
    RuleWords rule = described.indicator("2.1.3").orElseThrow().getRule().orElseThrow();
    assertThat(rule.isDescribed()).isFalse();
    assertThat(rule.getWords().render(ZH)).isEqualTo("评分方法“carry-over-level”（未注册），参数："
        + "notAbove = 2、compare = last-year、[0, 10) → 3");
    assertThat(described.indicator("2.1.2").orElseThrow().getRule().orElseThrow().isDescribed())
        .isTrue();
  }

  @Test
  void aRuleWhoseDescriptionThrowsIsNamedNotTrusted() {
    RuleWords rule = RulebookWords.using(ScoringRules.standard().with(new Throwing()))
        .describe(withCarryOver(RuleSpec.of("throwing"))).indicator("2.1.3").orElseThrow()
        .getRule().orElseThrow();
    assertThat(rule.isDescribed()).isFalse();
    assertThat(rule.getWords().render(ZH)).isEqualTo("评分方法“throwing”"
        + "（io.github.jixiao.rules.words.UserRuleWordsTest$Throwing）给出文字说明时出错"
        + "（java.lang.IllegalStateException），参数：无");
  }
}
