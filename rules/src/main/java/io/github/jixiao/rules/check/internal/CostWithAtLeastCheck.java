package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.ReviewWords;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.List;
import java.util.Optional;

/**
 * JX-602 (复核标准, 成本指标): a quantitative leaf under 成本指标 written with ≥ — not one of
 * savings (节约, 降低, 节省, 下降: "成本节约率 ≥ 5%" is rightly ≥) —: a cost is held below a ceiling (≤), and "≥ 1500 元" rewards spending more. Path
 * {@code $.indicators[i].direction}; expected {@code AT_MOST}, actual {@code AT_LEAST}.
 */
final class CostWithAtLeastCheck extends IndicatorCheck {

  /** Words of a saving, which is rightly written with ≥. */
  static final List<String> SAVINGS = ReviewWords.SAVINGS;

  CostWithAtLeastCheck() {
    super(CheckCode.COST_WITH_AT_LEAST);
  }

  @Override
  Optional<Finding> check(CheckContext context, String at, Indicator indicator) {
    if (indicator.getKind() != IndicatorKind.QUANTITATIVE
        || indicator.getDirection().filter(d -> d == Direction.AT_LEAST).isEmpty()
        || !Groups.belowA(context, indicator, "成本") || SAVINGS.stream()
            .anyMatch(indicator.getName()::contains)) {
      return Optional.empty();
    }
    return Optional.of(finding(at + ".direction").expected("AT_MOST").actual("AT_LEAST")
        .message(Message.of("check.cost-with-at-least", code(indicator), name(indicator)))
        .build());
  }
}
