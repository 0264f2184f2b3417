package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.ScoringRule;
import java.util.Optional;

/** 发现一项扣X分: full points; the scorer takes the indicator's deductions off, floor 0. */
final class DeductionRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.DEDUCTION;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.none());

  @Override
  public RuleOutcome score(RuleInput in) {
    return RuleOutcome.scored(in.getWeight(), Message.of("deduction.full", Args.name(in),
        Args.weight(in)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
