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
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Milestones: weight − perMissed × milestones missed, floor 0 (支付进度). The value is a count: a
 * negative one is refused and counted as none; a fraction (1.5) is refused, as a checklist refuses
 * one, and counted as the whole number at or above it (a milestone partly missed is missed).
 */
final class MilestonesRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.MILESTONES;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.PER_MISSED).build());

  @Override
  public RuleOutcome score(RuleInput in) {
    if (in.getActual().isEmpty()) {
      return Args.missingActual(in);
    }
    BigDecimal missed = in.getActual().get();
    BigDecimal perMissed = in.getSpec().param("perMissed").orElse(BigDecimal.ZERO);
    if (missed.signum() < 0) {
      return RuleOutcome.refused(in.getWeight(), Message.of("milestones.refused",
          Args.name(in), Argument.number("missed", Args.plain(missed)), Args.weight(in)));
    }
    BigDecimal counted = missed.setScale(0, RoundingMode.CEILING);
    if (counted.compareTo(missed) != 0) {
      BigDecimal points = Decimals.max(BigDecimal.ZERO,
          in.getWeight().subtract(perMissed.multiply(counted)));
      return RuleOutcome.refused(points, Message.of("milestones.fraction", Args.name(in),
          Argument.number("missed", Args.plain(missed)), Argument.number("counted", counted),
          Argument.number("perMissed", Args.plain(perMissed)), Args.weight(in),
          Args.points(in, points)));
    }
    BigDecimal points = Decimals.max(BigDecimal.ZERO,
        in.getWeight().subtract(perMissed.multiply(missed)));
    return RuleOutcome.scored(points, Message.of("milestones.missed", Args.name(in),
        Argument.number("missed", Args.plain(missed)),
        Argument.number("perMissed", Args.plain(perMissed)), Args.weight(in),
        Args.points(in, points)));
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    Args.requirePositive(spec, "perMissed", problems);
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return Monotonicity.DECREASING;
  }

  /** "每有 1 个节点未按期完成扣 0.5，扣完为止". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.of(Message.of("rules.words.milestones",
        Described.param(spec, BuiltInRules.PER_MISSED, BigDecimal.ZERO),
        Described.weight(weight)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
