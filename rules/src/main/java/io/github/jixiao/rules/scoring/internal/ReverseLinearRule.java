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

/** 反向 (线性): weight if actual ≤ target; 0 if actual ≥ 2 × target; linear between. */
final class ReverseLinearRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.REVERSE_LINEAR;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.TARGET).build());

  @Override
  public RuleOutcome score(RuleInput in) {
    return Args.againstTarget(in, ReverseLinearRule::scoreAgainst);
  }

  private static RuleOutcome scoreAgainst(RuleInput in, BigDecimal actual, BigDecimal t) {
    if (t.signum() <= 0) {
      return RuleOutcome.refused(BigDecimal.ZERO, Message.of("target.not-positive",
          Args.name(in), Args.target(t)));
    }
    if (actual.compareTo(t) <= 0) {
      return RuleOutcome.scored(in.getWeight(), Message.of("reverse.met", Args.name(in),
          Args.number("actual", ShownFigure.where(actual, a -> a.compareTo(t) <= 0)), Args.target(t),
          Args.unit(in), Args.weight(in)));
    }
    BigDecimal twice = t.add(t);
    if (actual.compareTo(twice) >= 0) {
      return RuleOutcome.scored(BigDecimal.ZERO, Message.of("reverse-linear.zero",
          Args.name(in), Args.number("actual", ShownFigure.where(actual, a -> a.compareTo(twice) >= 0)),
          Args.target(t), Args.unit(in)));
    }
    BigDecimal points = Decimals.divide(in.getWeight().multiply(twice.subtract(actual)), t);
    // Shown so that weight × (2 × target − shown) ÷ target recomputes to the printed points.
    BigDecimal shown = ShownFigure.shown(in, actual,
        a -> Decimals.divide(in.getWeight().multiply(twice.subtract(a)), t),
        a -> a.compareTo(t) > 0 && a.compareTo(twice) < 0);
    return RuleOutcome.scored(points, Message.of("reverse-linear.over", Args.name(in),
        Args.number("actual", shown), Args.target(t), Args.unit(in), Args.weight(in),
        Args.points(in, points)));
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    spec.param("target").filter(t -> t.signum() <= 0).ifPresent(t -> problems.add(
        "params.target", Message.of("rules.reverse-linear.target",
            Argument.number("target", t))));
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return Monotonicity.DECREASING;
  }

  /** "实际值 ≤ 100 → 5；实际值 ≥ 200 → 0；其间得分 = 5 × (200 − 实际值) ÷ 100". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    Optional<BigDecimal> target = Described.target(spec);
    Argument twice = target.map(t -> Argument.number("twice", Args.plain(t.add(t))))
        .orElse(Argument.message("twice", "rules.words.twice-target"));
    return Optional.of(Message.of("rules.words.reverse-linear", Described.weight(weight),
        Described.target(target), twice));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
