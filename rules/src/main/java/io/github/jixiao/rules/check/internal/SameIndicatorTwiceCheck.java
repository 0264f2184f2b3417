package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.spi.CheckContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JX-603, the reviewers' standard 9: the same indicator — a leaf of the same name — under both
 * 产出指标 and 效益指标; the review keeps one and scores the other 0. Path {@code
 * $.indicators[i].name} of the 效益 one; expected {@code 0} points on review, actual the code of
 * the 产出 one it repeats.
 */
final class SameIndicatorTwiceCheck extends StandardCheck {

  SameIndicatorTwiceCheck() {
    super(CheckCode.SAME_INDICATOR_TWICE);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Indicator> indicators = context.evaluation().getIndicators();
    Map<String, Indicator> outputs = new HashMap<>();
    for (Indicator indicator : indicators) {
      if (context.isLeaf(indicator.getCode()) && top(context, indicator, "产出")) {
        outputs.putIfAbsent(indicator.getName().strip(), indicator);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Indicator output = outputs.get(indicator.getName().strip());
      if (output != null && context.isLeaf(indicator.getCode())
          && top(context, indicator, "效益")) {
        findings.add(finding("$.indicators[" + i + "].name").expected("0")
            .actual(output.getCode()).message(Message.of("check.same-indicator-twice",
                code(indicator), name(indicator), text("output", output.getCode()))).build());
      }
    }
    return findings;
  }

  private static boolean top(CheckContext context, Indicator leaf, String word) {
    return Groups.top(context, leaf).map(t -> t.getName().contains(word)).orElse(false);
  }
}
