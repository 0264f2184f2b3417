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

/** 正向, 按比例: weight × min(actual ÷ target, 1). */
final class ProportionalRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.PROPORTIONAL;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.TARGET).build());

  @Override
  public RuleOutcome score(RuleInput in) {
    return Args.againstTarget(in, ProportionalRule::scoreAgainst);
  }

  static RuleOutcome scoreAgainst(RuleInput in, BigDecimal actual, BigDecimal target) {
    if (target.signum() <= 0) {
      return RuleOutcome.refused(BigDecimal.ZERO, Message.of("target.not-positive",
          Args.name(in), Args.target(target)));
    }
    if (actual.compareTo(target) >= 0) {
      return RuleOutcome.scored(in.getWeight(), Message.of("proportional.met", Args.name(in),
          Args.number("actual", ShownFigure.where(actual, a -> a.compareTo(target) >= 0)),
          Args.target(target), Args.unit(in), Args.weight(in)));
    }
    BigDecimal points = Decimals.max(BigDecimal.ZERO,
        Decimals.divide(in.getWeight().multiply(actual), target));
    boolean ofHundredPercent = "%".equals(in.getUnit().orElse(""))
        && Decimals.same(target, Decimals.HUNDRED);
    // Shown so that weight × shown ÷ target recomputes to the printed points.
    BigDecimal shown = ShownFigure.shown(in, actual, a -> Decimals.max(BigDecimal.ZERO,
        Decimals.divide(in.getWeight().multiply(a), target)), a -> a.compareTo(target) < 0);
    return RuleOutcome.scored(points, Message.of(
        ofHundredPercent ? "proportional.below.percent" : "proportional.below", Args.name(in),
        Argument.number("actual", shown), Args.target(target), Args.unit(in), Args.weight(in),
        Args.points(in, points)));
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    spec.param("target").filter(t -> t.signum() <= 0).ifPresent(t -> problems.add(
        "params.target", Message.of("rules.proportional.target", Argument.number("target", t),
            Argument.text("equal", BuiltInRules.EQUAL))));
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return Monotonicity.INCREASING;
  }

  /** "得分 = 10 × 实际值 ÷ 100，最高为10": the spec's target, else the indicator's. */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.of(words(spec, weight));
  }

  static Message words(RuleSpec spec, Optional<BigDecimal> weight) {
    return Message.of("rules.words.proportional", Described.weight(weight),
        Described.target(Described.target(spec)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
