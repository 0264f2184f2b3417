package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A user's rule, written the way a user would: Yueyang's 资金结余 — no carry-over → full points;
 * not above last year's → 2/3 of the weight; above last year's → 0. Reads the evaluation's
 * carry-over (结转结余) directly.
 */
final class CarryOverLevelRule implements ScoringRule {

  static final String TYPE = "yueyang-carry-over";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public RuleOutcome score(RuleInput input) {
    Optional<CarryOver> carryOver = input.getEvaluation()
        .flatMap(e -> e.getBudget().getCarryOver());
    if (carryOver.isEmpty()) {
      return RuleOutcome.missingInput(Message.custom("yueyang.carry-over.missing",
          "{name} 未填报结转结余，得 0 分", "{name}: no carry-over given; 0 points",
          Argument.text("name", input.getIndicatorName())));
    }
    BigDecimal atEnd = carryOver.get().getAtEnd();
    BigDecimal atStart = carryOver.get().getAtStart();
    BigDecimal points = atEnd.signum() == 0 ? input.getWeight()
        : atEnd.compareTo(atStart) <= 0
            ? input.getWeight().multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(3),
                10, java.math.RoundingMode.HALF_UP)
            : BigDecimal.ZERO;
    return RuleOutcome.scored(points, Message.custom("yueyang.carry-over",
        "{name} 年末结余 {atEnd}，年初 {atStart}，得 {points}",
        "{name}: carry-over {atEnd} at the end, {atStart} at the start; {points} points",
        Argument.text("name", input.getIndicatorName()), Argument.number("atEnd", atEnd),
        Argument.number("atStart", atStart), Argument.number("points", input.round(points))));
  }
}
