package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Optional;

/** 等于: target 0 → weight if actual ≤ 0 else 0; otherwise as proportional. */
final class EqualRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.EQUAL;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.TARGET).build());

  @Override
  public RuleOutcome score(RuleInput in) {
    return Args.againstTarget(in, EqualRule::scoreAgainst);
  }

  private static RuleOutcome scoreAgainst(RuleInput in, BigDecimal actual, BigDecimal target) {
    if (target.signum() == 0) {
      return actual.signum() <= 0
          ? RuleOutcome.scored(in.getWeight(), Message.of("equal.zero.met", Args.name(in),
              Args.number("actual", ShownFigure.where(actual, a -> a.signum() <= 0)), Args.unit(in),
              Args.weight(in)))
          : RuleOutcome.scored(BigDecimal.ZERO, Message.of("equal.zero.missed",
              Args.name(in), Args.number("actual", ShownFigure.where(actual, a -> a.signum() > 0)),
              Args.unit(in)));
    }
    return ProportionalRule.scoreAgainst(in, actual, target);
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return spec.param("target").map(t -> t.signum() == 0 ? Monotonicity.DECREASING
        : t.signum() > 0 ? Monotonicity.INCREASING : Monotonicity.NONE).orElse(Monotonicity.NONE);
  }

  /**
   * A target of 0: "实际值 ≤ 0 → 5，否则 0"; above 0: as proportional; the indicator's target:
   * both, each under its case.
   */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    Optional<BigDecimal> target = Described.target(spec);
    Message zero = Message.of("rules.words.equal.zero", Described.weight(weight));
    if (target.isEmpty()) {
      return Optional.of(Message.of("rules.words.equal", Argument.message("zero", zero),
          Argument.message("proportional", ProportionalRule.words(spec, weight))));
    }
    int sign = target.get().signum();
    return Optional.of(sign == 0 ? zero : sign > 0 ? ProportionalRule.words(spec, weight)
        : Message.of("rules.words.equal.negative", Described.target(target)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
