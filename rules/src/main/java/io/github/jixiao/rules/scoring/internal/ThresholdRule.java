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
 * Full points while the value is within the standard; then −step per percentage point beyond,
 * floor 0. A fraction of a point counts proportionally by default, or as a whole point.
 */
final class ThresholdRule implements ScoringRule {

  @Override
  public String type() {
    return BuiltInRules.THRESHOLD;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.builder().param(BuiltInRules.STANDARD)
      .param(BuiltInRules.STEP).option(BuiltInRules.DIRECTION, "at-most", "at-least")
      .option(BuiltInRules.FRACTION, "proportional", "whole-points").build());

  private static final Argument PROPORTIONALLY = Argument.message("fraction",
      "rules.threshold.proportionally");
  private static final Argument WHOLE = Argument.message("fraction",
      "rules.threshold.whole-points");
  private static final Argument AT_MOST = Argument.text("relation", "≤");
  private static final Argument AT_LEAST = Argument.text("relation", "≥");

  @Override
  public RuleOutcome score(RuleInput in) {
    RuleSpec spec = in.getSpec();
    if (in.getActual().isEmpty()) {
      return Args.missingActual(in);
    }
    BigDecimal standard = spec.param("standard").orElse(BigDecimal.ZERO);
    BigDecimal step = spec.param("step").orElse(BigDecimal.ZERO);
    boolean atLeast = "at-least".equals(spec.option("direction", "at-most"));
    boolean whole = "whole-points".equals(spec.option("fraction", "proportional"));
    BigDecimal actual = in.getActual().get();
    BigDecimal beyond = atLeast ? standard.subtract(actual) : actual.subtract(standard);
    Argument standardArg = Argument.number("standard", Args.plain(standard));
    if (beyond.signum() <= 0) {
      return RuleOutcome.scored(in.getWeight(), Message.of("threshold.within", Args.name(in),
          Args.number("actual", ShownFigure.where(actual, a -> atLeast ? a.compareTo(standard) >= 0
              : a.compareTo(standard) <= 0)), Args.unit(in), atLeast ? AT_LEAST : AT_MOST,
          standardArg,
          Args.weight(in)));
    }
    BigDecimal counted = whole ? beyond.setScale(0, RoundingMode.CEILING) : beyond;
    BigDecimal loss = step.multiply(counted);
    BigDecimal points = Decimals.max(BigDecimal.ZERO, in.getWeight().subtract(loss));
    return RuleOutcome.scored(points, Message.of(
        points.signum() == 0 ? "threshold.beyond.floor" : "threshold.beyond", Args.name(in),
        // The actual as it is, so that it lies the printed distance beyond the standard.
        Args.number("actual", ShownFigure.exactly(actual)), Args.unit(in), standardArg,
        Argument.number("beyond", Args.plain(beyond)), whole ? WHOLE : PROPORTIONALLY,
        Argument.number("counted", Args.plain(counted)),
        Argument.number("step", Args.plain(step)), Argument.number("loss", Args.plain(loss)),
        Args.weight(in), Args.points(in, points)));
  }

  @Override
  public void check(RuleSpec spec, Optional<BigDecimal> weight, RuleProblems problems) {
    if (spec.param("standard").isEmpty()) {
      problems.add("params.standard", Message.of("rules.threshold.no-standard"));
    }
    Args.requirePositive(spec, "step", problems);
  }

  @Override
  public Monotonicity monotonicity(RuleSpec spec) {
    return "at-least".equals(spec.option("direction", "at-most")) ? Monotonicity.INCREASING
        : Monotonicity.DECREASING;
  }

  /**
   * "≤100% → 5；每超 1 个百分点扣 0.5（不足 1 个百分点的按比例扣），扣完为止", or with {@code at-least}
   * "≥… 每低 1 个百分点扣…"; a part of a point counted as a whole one with {@code whole-points}.
   */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    boolean atLeast = "at-least".equals(spec.option("direction", "at-most"));
    boolean whole = "whole-points".equals(spec.option("fraction", "proportional"));
    return Optional.of(Message.of(atLeast ? "rules.words.threshold.at-least"
            : "rules.words.threshold.at-most",
        Described.param(spec, BuiltInRules.STANDARD, BigDecimal.ZERO), Described.weight(weight),
        Described.param(spec, BuiltInRules.STEP, BigDecimal.ZERO),
        Argument.message("fraction", whole ? "rules.words.threshold.whole-points"
            : "rules.words.threshold.proportional")));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
