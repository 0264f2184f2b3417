package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;

import io.github.jixiao.core.value.Violation;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "a user's ScoringRule.check is never called": a rule whose check reports a problem
 * scored 100.00 with no note. Every rule's check runs when a rulebook is prepared for scoring, and
 * its problem stops scoring, named with the rule's type and the indicator's code.
 */
class UserRuleCheckTest {

  /** A share of the weight: weight × share, the share in (0, 1]. */
  static class ShareOfWeight implements ScoringRule {
    static final String TYPE = "share-of-weight";

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public RuleOutcome score(RuleInput input) {
      BigDecimal share = input.getSpec().param("share").orElse(BigDecimal.ONE);
      return RuleOutcome.scored(input.getWeight().multiply(share).min(input.getWeight()),
          Message.custom("share", "{name} 按份额计分", "{name} by its share",
              Argument.text("name", input.getIndicatorName())));
    }

    @Override
    public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
      spec.param("share").filter(s -> s.signum() <= 0 || s.compareTo(BigDecimal.ONE) > 0)
          .ifPresent(s -> problems.add("params.share", Message.custom("share.outside",
              "份额 {share} 不在 (0, 1] 之内", "the share {share} is outside (0, 1]",
              Argument.number("share", s))));
    }
  }

  private static final ScoringRules RULES = ScoringRules.standard().with(new ShareOfWeight());

  private static Rulebook book(String share) {
    return Rulebook.builder().id("shares").title("份额").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicators(RulebookIndicator.builder().code("1").name("履职效能").level(1)
            .weight(new BigDecimal("100")).rule(RuleSpec.builder().type(ShareOfWeight.TYPE)
                .putParam("share", new BigDecimal(share)).build()).build())
        .build();
  }

  @Test
  void aUserRuleWhoseCheckReportsAProblemStopsScoringWithThatProblemNamed() {
    Rulebook badShare = book("1.5"); // built without complaint: the rule is not a built-in

    assertThatThrownBy(() -> Scorer.using(RULES).score(BaiyunFixture.asEncoded(), badShare))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("the rulebook 'shares' cannot be scored:"
              + " $.indicators[0].rule.params.share: the rule 'share-of-weight' of indicator '1'"
              + " (履职效能): the share 1.5 is outside (0, 1]; correct the rulebook");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("评分办法“shares”无法评分："
              + "$.indicators[0].rule.params.share：指标“1”（履职效能）的评分方法“share-of-weight”："
              + "份额 1.5 不在 (0, 1] 之内；请更正评分办法");
          assertThat(e.ruleType()).contains(ShareOfWeight.TYPE);
          assertThat(e.indicatorCode()).contains("1");
        });
    assertThat(Scorer.using(RULES).verify(badShare)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("$.indicators[0].rule.params.share");
      assertThat(v.message(Locale.ENGLISH)).isEqualTo("the rule 'share-of-weight' of indicator"
          + " '1' (履职效能): the share 1.5 is outside (0, 1]");
    });
  }

  @Test
  void aShareTheCheckAcceptsIsScored() {
    // 100 × 0.25 = 25.00: the check passes, the rule scores
    ScoreCard card = Scorer.using(RULES).score(BaiyunFixture.asEncoded(), book("0.25"));

    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualByComparingTo("25.00");
    assertThat(Scorer.using(RULES).verify(book("0.25"))).extracting(Violation::path).isEmpty();
  }

  @Test
  void aCheckThatThrowsStopsScoringNamingTheRule() {
    ScoringRule throwingCheck = new ShareOfWeight() {
      @Override
      public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
        throw new IllegalStateException("no share table");
      }
    };
    ScoringRules rules = ScoringRules.standard().with(throwingCheck);

    assertThatThrownBy(() -> Scorer.using(rules).score(BaiyunFixture.asEncoded(), book("0.25")))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.getMessage()).startsWith("the rulebook 'shares' cannot be scored:"
              + " $.indicators[0].rule: the check of scoring rule 'share-of-weight' (")
              .contains(") of indicator '1' (履职效能) failed (java.lang.IllegalStateException)")
              .doesNotContain("no share table");
          assertThat(e.getCause()).isInstanceOf(IllegalStateException.class)
              .hasMessage("no share table");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("指标“1”（履职效能）的评分方法"
              + "“share-of-weight”（").contains("）检查参数时出错（java.lang.IllegalStateException）");
          assertThat(e.indicatorCode()).contains("1");
        });
  }
}
