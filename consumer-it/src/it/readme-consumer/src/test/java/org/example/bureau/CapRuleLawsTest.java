package org.example.bureau;

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

/** The bureau's own rule, property-tested with the testkit's laws under QuickTheories. */
class CapRuleLawsTest {

  /** 完成率: points in proportion to the rate, never above the weight. */
  static final class CappedRate implements ScoringRule {
    @Override
    public String type() {
      return "capped-rate";
    }

    @Override
    public RuleOutcome score(RuleInput in) {
      if (in.getActual().isEmpty()) {
        return RuleOutcome.missingInput(Message.custom("bureau.missing", "{name} 未填完成值",
            "{name}: no actual value", Argument.text("name", in.getIndicatorName())));
      }
      BigDecimal share = in.getActual().get().divide(BigDecimal.valueOf(100), 10,
          RoundingMode.HALF_UP).max(BigDecimal.ZERO).min(BigDecimal.ONE);
      BigDecimal points = in.getWeight().multiply(share);
      return RuleOutcome.scored(points, Message.custom("bureau.capped", "得分 {points}",
          "{points} points", Argument.number("points", in.round(points))));
    }

    @Override
    public Monotonicity monotonicity(RuleSpec spec) {
      return Monotonicity.INCREASING;
    }
  }

  @Test
  void theRuleKeepsTheLaws() {
    QuickTheoriesLaws.check(ScoringRuleLaws.of(new CappedRate(),
        RuleGens.inputs(RuleSpec.of("capped-rate"))));
  }
}
