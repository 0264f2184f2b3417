package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.rules.spi.ScoringRuleProvider;
import java.util.List;

/** A provider found through ServiceLoader: half the weight, whatever the input. */
public final class TestRuleProvider implements ScoringRuleProvider {

  static final String TYPE = "test-half";

  @Override
  public List<ScoringRule> rules() {
    return List.of(ScoringRule.of(TYPE, input -> RuleOutcome.scored(
        input.getWeight().divide(java.math.BigDecimal.valueOf(2)),
        Message.custom("test.half", "{name} 得一半", "{name}: half",
            Argument.text("name", input.getIndicatorName())))));
  }
}
