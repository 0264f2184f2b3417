package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.rules.scoring.BuiltInRules;
import io.github.jixiao.rules.scoring.Explanation;
import io.github.jixiao.rules.scoring.RuleInput;
import io.github.jixiao.rules.scoring.RuleOutcome;
import io.github.jixiao.rules.scoring.RuleParameters;
import io.github.jixiao.rules.scoring.ScoringRule;
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
    return RuleOutcome.scored(in.getWeight(), Explanation.of("deduction.full", Args.name(in),
        Args.weight(in)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
