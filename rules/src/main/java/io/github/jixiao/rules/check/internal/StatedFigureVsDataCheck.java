package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.rules.check.CheckCode;
import io.github.jixiao.rules.check.CheckContext;
import io.github.jixiao.rules.check.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JX-102: a stated figure that names the formula {@value #EXECUTION_RATE} (预算执行率) against the
 * evaluation's own budget: its numerator against {@code budget.executed} and its denominator
 * against {@code budget.fullYear}; without them, the stated rate against executed ÷ full-year at
 * the stated precision. The seed states 97.16 % from 3212.37 ÷ 3306.19, which are its budget's.
 * A figure naming another formula is left to JX-101.
 */
final class StatedFigureVsDataCheck extends StandardCheck {

  /** The formula id of 预算执行率 (executed ÷ full-year budget × 100). */
  static final String EXECUTION_RATE = "execution-rate";

  StatedFigureVsDataCheck() {
    super(CheckCode.STATED_FIGURE_VS_DATA);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    Budget budget = context.evaluation().getBudget();
    List<StatedFigure> figures = context.evaluation().getStatedFigures();
    for (int i = 0; i < figures.size(); i++) {
      StatedFigure figure = figures.get(i);
      if (!figure.getFormula().equals(Optional.of(EXECUTION_RATE))) {
        continue;
      }
      String at = "statedFigures[" + i + "]";
      if (figure.getNumerator().isPresent()) {
        compare(findings, at + ".numerator", figure, figure.getNumerator().get(),
            budget.getExecuted(), "budget.executed", "执行数");
        compare(findings, at + ".denominator", figure, figure.getDenominator().orElseThrow(),
            budget.getFullYear(), "budget.fullYear", "全年预算数");
      } else if (figure.getKind() == FigureKind.RATE) {
        Optional<Percentage> rate = context.executionRate(figure.getPrecision());
        String expected = rate.map(r -> plain(r.value())).orElse("N/A");
        if (rate.isEmpty() || rate.get().value().compareTo(figure.getStatedValue()) != 0) {
          findings.add(finding(at + ".statedValue").expected(expected)
              .actual(plain(figure.getStatedValue()))
              .messageEn("'" + figure.getName() + "' is stated as "
                  + plain(figure.getStatedValue()) + "% but the budget's executed ÷ full-year ("
                  + plain(budget.getExecuted()) + " ÷ " + plain(budget.getFullYear()) + ") is "
                  + expected + (rate.isPresent() ? "%" : ""))
              .messageZh("“" + figure.getName() + "”表述为 " + plain(figure.getStatedValue())
                  + "%，但预算执行数÷全年预算数（" + plain(budget.getExecuted()) + " ÷ "
                  + plain(budget.getFullYear()) + "）为 " + (rate.isPresent() ? expected + "%"
                  : "不适用"))
              .build());
        }
      }
    }
    return findings;
  }

  private void compare(List<Finding> findings, String path, StatedFigure figure,
      BigDecimal stated, BigDecimal data, String dataPath, String dataNameZh) {
    if (stated.compareTo(data) == 0) {
      return;
    }
    findings.add(finding(path).expected(plain(data)).actual(plain(stated))
        .messageEn("'" + figure.getName() + "' is computed from " + plain(stated) + " but "
            + dataPath + " is " + plain(data))
        .messageZh("“" + figure.getName() + "”的计算依据为 " + plain(stated) + "，但" + dataNameZh
            + "（" + dataPath + "）为 " + plain(data))
        .build());
  }
}
