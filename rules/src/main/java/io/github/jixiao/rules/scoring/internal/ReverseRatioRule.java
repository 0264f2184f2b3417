package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.RuleProblems;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Optional;

/** 反向: weight if actual ≤ target, else weight × target ÷ actual. */
final class ReverseRatioRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.REVERSE_RATIO;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.TARGET).build());

  @Override
  public RuleOutcome score(RuleInput in) {
    return Args.againstTarget(in, ReverseRatioRule::scoreAgainst);
  }

  private static RuleOutcome scoreAgainst(RuleInput in, BigDecimal actual, BigDecimal t) {
    if (t.signum() < 0) {
      return RuleOutcome.refused(BigDecimal.ZERO, Message.of("target.negative", Args.name(in),
          Args.target(t)));
    }
    if (actual.compareTo(t) <= 0) {
      return RuleOutcome.scored(in.getWeight(), Message.of("reverse.met", Args.name(in),
          Args.number("actual", ShownFigure.where(actual, a -> a.compareTo(t) <= 0)), Args.target(t),
          Args.unit(in), Args.weight(in)));
    }
    BigDecimal points = Decimals.divide(in.getWeight().multiply(t), actual);
    // Shown so that weight × target ÷ shown recomputes to the printed points, and above target.
    BigDecimal shown = ShownFigure.shown(in, actual,
        a -> Decimals.divide(in.getWeight().multiply(t), a), a -> a.compareTo(t) > 0);
    return RuleOutcome.scored(points, Message.of("reverse-ratio.over", Args.name(in),
        Args.number("actual", shown), Args.target(t), Args.unit(in), Args.weight(in),
        Args.points(in, points)));
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    spec.param("target").filter(t -> t.signum() < 0).ifPresent(t -> problems.add("params.target",
        Message.of("rules.reverse-ratio.target", Argument.number("target", t))));
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return Monotonicity.DECREASING;
  }

  /** "实际值 ≤ 100 → 5；超过时得分 = 5 × 100 ÷ 实际值". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.of(Message.of("rules.words.reverse-ratio", Described.weight(weight),
        Described.target(Described.target(spec))));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
