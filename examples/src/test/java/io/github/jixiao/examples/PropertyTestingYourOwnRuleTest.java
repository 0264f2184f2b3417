package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.testkit.RuleGens;
import io.github.jixiao.testkit.ScoringRuleLaws;
import io.github.jixiao.testkit.quicktheories.QuickTheoriesLaws;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The README's "Property-testing your own rule": a rule of one's own — 满意度 (satisfaction), full
 * points from 90 %, nothing below 60 %, linear between — checked against the laws every scoring
 * rule must keep.
 */
class PropertyTestingYourOwnRuleTest {

  /** 满意度: full points from 90 %, none below 60 %, linear between. */
  static final class SatisfactionRule implements ScoringRule {
    private static final BigDecimal FULL_FROM = new BigDecimal("90");
    private static final BigDecimal NONE_BELOW = new BigDecimal("60");

    @Override
    public String type() {
      return "satisfaction";
    }

    @Override
    public RuleOutcome score(RuleInput in) {
      if (in.getActual().isEmpty()) {
        return RuleOutcome.missingInput(Message.of("missing.actual",
            Argument.text("name", in.getIndicatorName())));
      }
      BigDecimal rate = in.getActual().get();
      BigDecimal share = rate.subtract(NONE_BELOW)
          .divide(FULL_FROM.subtract(NONE_BELOW), 10, RoundingMode.HALF_UP)
          .max(BigDecimal.ZERO).min(BigDecimal.ONE);
      BigDecimal points = in.getWeight().multiply(share);
      return RuleOutcome.scored(points, Message.custom("satisfaction",
          "满意度 {rate}%，得分 {points}", "satisfaction {rate}%, {points} points",
          Argument.number("rate", rate), Argument.number("points", in.round(points))));
    }

    @Override
    public Monotonicity monotonicity(RuleSpec spec) {
      return Monotonicity.INCREASING;
    }
  }

  @Test
  void mySatisfactionRuleKeepsTheLaws() {
    ScoringRuleLaws laws = ScoringRuleLaws.of(new SatisfactionRule(),
        RuleGens.inputs(RuleSpec.of("satisfaction")));

    QuickTheoriesLaws.check(laws);      // under QuickTheories: a failure shrinks to a small case
    laws.checkRandomly(2021, 500);      // under any test framework: reproducible, no shrinking
  }

  @Test
  void forgettingTheCapIsCaught() {
    // The same rule without .min(ONE): above 90 % it gives more than the weight.
    ScoringRule uncapped = ScoringRule.of("satisfaction", in -> {
      BigDecimal rate = in.getActual().orElse(BigDecimal.ZERO);
      BigDecimal points = in.getWeight().multiply(rate.subtract(new BigDecimal("60")).max(BigDecimal.ZERO))
          .divide(new BigDecimal("30"), 10, RoundingMode.HALF_UP);
      return RuleOutcome.scored(points, Message.custom("satisfaction", "得分 {points}",
          "{points} points", Argument.number("points", in.round(points))));
    });

    assertThatThrownBy(() -> QuickTheoriesLaws.check(ScoringRuleLaws.of(uncapped,
        RuleGens.inputs(RuleSpec.of("satisfaction"))), 1_000, 2021))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("breaks POINTS_WITHIN_WEIGHT")
        .satisfies(e -> assertThat(e.getMessage()).contains("Smallest found falsifying value"));
  }
}
