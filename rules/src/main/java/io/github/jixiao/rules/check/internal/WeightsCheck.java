package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.rules.check.CheckCode;
import io.github.jixiao.rules.check.CheckContext;
import io.github.jixiao.rules.check.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * JX-203: the weights (分值) of the evaluation's own table do not add up — an indicator's children
 * to its weight (path {@code indicators[i].weight}, expected the children's sum), and the level-1
 * indicators, when the table has any, to 100 (path {@code indicators}).
 */
final class WeightsCheck extends StandardCheck {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  WeightsCheck() {
    super(CheckCode.WEIGHTS_DO_NOT_ADD_UP);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Indicator> indicators = context.evaluation().getIndicators();
    BigDecimal roots = BigDecimal.ZERO;
    boolean anyRoot = false;
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.getLevel() == 1) {
        anyRoot = true;
        roots = roots.add(indicator.getWeight());
      }
      List<Integer> children = context.childIndices(indicator.getCode());
      if (children.isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int c : children) {
        sum = sum.add(indicators.get(c).getWeight());
      }
      if (sum.compareTo(indicator.getWeight()) != 0) {
        findings.add(finding("indicators[" + i + "].weight").expected(plain(sum))
            .actual(plain(indicator.getWeight()))
            .messageEn("the " + children.size() + " children of '" + indicator.getCode() + " "
                + indicator.getName() + "' weigh " + plain(sum) + " but it weighs "
                + plain(indicator.getWeight()))
            .messageZh("指标“" + indicator.getCode() + " " + indicator.getName() + "”的 "
                + children.size() + " 个下级指标分值之和为 " + plain(sum) + "，但其分值为 "
                + plain(indicator.getWeight()))
            .build());
      }
    }
    if (anyRoot && roots.compareTo(HUNDRED) != 0) {
      findings.add(finding("indicators").expected("100").actual(plain(roots))
          .messageEn("the level-1 indicators weigh " + plain(roots) + " in all, not 100")
          .messageZh("一级指标分值合计为 " + plain(roots) + "，不是100")
          .build());
    }
    return findings;
  }
}
