package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.RuleParameters;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 得分系数: points = weight × the entry's coefficient ÷ 100 (the Chongqing-style 部门整体绩效自评表,
 * "指标得分 = 指标权重 × 得分系数"), unrounded — the scorer rounds. No coefficient is missing input;
 * one outside 0–100 (which an entry cannot hold, but a rule input built by hand can) is refused
 * and held to the nearer end.
 */
final class CoefficientRule implements ScoringRule {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public String type() {
    return BuiltInRules.COEFFICIENT;
  }

  private static final Optional<RuleParameters> PARAMETERS = Optional.of(RuleParameters.none());

  @Override
  public RuleOutcome score(RuleInput in) {
    if (in.getCoefficient().isEmpty()) {
      return RuleOutcome.missingInput(Message.of("missing.coefficient", Args.name(in)));
    }
    BigDecimal coefficient = in.getCoefficient().get();
    BigDecimal held = coefficient.max(BigDecimal.ZERO).min(HUNDRED);
    BigDecimal points = in.getWeight().multiply(held).movePointLeft(2);
    Argument[] shown = {Args.name(in), Args.weight(in),
        Argument.number("coefficient", Args.plain(coefficient)), Args.points(in, points)};
    if (held.compareTo(coefficient) != 0) {
      return RuleOutcome.refused(points, Message.of("coefficient.out-of-range",
          Args.with(shown, Argument.number("held", held))));
    }
    return RuleOutcome.scored(points, Message.of("coefficient.scored", shown));
  }

  /** "得分 = 5 × 得分系数（0–100%）". */
  @Override
  public Optional<Message> describe(RuleSpec spec, Optional<BigDecimal> weight) {
    return Optional.of(Message.of("rules.words.coefficient", Described.weight(weight)));
  }

  @Override
  public Optional<RuleParameters> parameters() {
    return PARAMETERS;
  }
}
