package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A check of the table's leaves one at a time (逐项审核): every leaf indicator with its position,
 * at most one finding each.
 */
abstract class IndicatorCheck extends StandardCheck {

  IndicatorCheck(CheckCode code) {
    super(code);
  }

  @Override
  public final List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Indicator> indicators = context.evaluation().getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (context.isLeaf(indicator.getCode())) {
        check(context, "$.indicators[" + i + "]", indicator).ifPresent(findings::add);
      }
    }
    return findings;
  }

  /** The finding of the leaf {@code indicator}, at {@code at} ({@code $.indicators[i]}). */
  abstract Optional<Finding> check(CheckContext context, String at, Indicator indicator);
}
