package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Optional;

/** 发现一项扣X分: full points; the scorer takes the indicator's deductions off, floor 0. */
final class DeductionRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.DEDUCTION;
  }

  private static final Message WORDS = Message.of("rules.words.deduction");

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.none());

  @Override
  public RuleOutcome score(RuleInput in) {
    return RuleOutcome.scored(in.getWeight(), Message.of("deduction.full", Args.name(in),
        Args.weight(in)));
  }

  /** "按发现问题逐项扣分，扣完为止". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.of(WORDS);
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
