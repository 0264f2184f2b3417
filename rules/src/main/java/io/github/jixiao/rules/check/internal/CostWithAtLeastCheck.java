package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-602 (复核标准, 成本指标): a quantitative 成本 indicator — under 成本指标, or named so — written
 * with ≥: a cost is held below a ceiling (≤), and "≥ 1500 元" rewards spending more. Path
 * {@code $.indicators[i].direction}; expected {@code AT_MOST}, actual {@code AT_LEAST}.
 */
final class CostWithAtLeastCheck extends StandardCheck {

  CostWithAtLeastCheck() {
    super(CheckCode.COST_WITH_AT_LEAST);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Indicator> indicators = context.evaluation().getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.getKind() == IndicatorKind.QUANTITATIVE
          && indicator.getDirection().filter(d -> d == Direction.AT_LEAST).isPresent()
          && context.isLeaf(indicator.getCode()) && Groups.under(context, indicator, "成本")) {
        findings.add(finding("$.indicators[" + i + "].direction").expected("AT_MOST")
            .actual("AT_LEAST").message(Message.of("check.cost-with-at-least", code(indicator),
                name(indicator))).build());
      }
    }
    return findings;
  }
}
