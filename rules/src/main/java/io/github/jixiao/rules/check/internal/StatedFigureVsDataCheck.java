package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * JX-102: a stated figure that names a formula (计算公式, see {@link Formulas}) against the
 * evaluation's own data. For {@code execution-rate} (预算执行率) with its numerator and denominator
 * given: the numerator against {@code budget.executed} and the denominator against {@code
 * budget.fullYear} (the seed states 97.16 % from 3212.37 ÷ 3306.19, its budget's). For any known
 * formula stated without its figures: the stated value against the formula's value — a rate
 * recomputed from the formula's numerator ÷ denominator half up at the stated precision (N/A when
 * the denominator is zero), a count exactly. A formula whose data are missing, or an unknown
 * formula id, is not judged here (the scorer refuses an unknown id on an indicator).
 */
final class StatedFigureVsDataCheck extends StandardCheck {

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
      String formula = figure.getFormula().orElse("");
      String at = "$.statedFigures[" + i + "]";
      if (formula.equals(Formulas.EXECUTION_RATE) && figure.getNumerator().isPresent()) {
        compare(findings, at + ".numerator", figure, figure.getNumerator().get(),
            budget.getExecuted(), "$.budget.executed", "执行数");
        compare(findings, at + ".denominator", figure, figure.getDenominator().orElseThrow(),
            budget.getFullYear(), "$.budget.fullYear", "全年预算数");
      } else if (figure.getNumerator().isEmpty() && Formulas.standard().contains(formula)) {
        statedValue(findings, at + ".statedValue", figure,
            Formulas.standard().compute(formula, context.evaluation()));
      }
    }
    return findings;
  }

  private void statedValue(List<Finding> findings, String path, StatedFigure figure,
      FormulaResult result) {
    if (result.getStatus() == FormulaStatus.MISSING_DATA) {
      return;
    }
    Optional<BigDecimal> expected;
    if (!"%".equals(result.getUnit())) {
      expected = result.getValue();
    } else if (result.getStatus() == FormulaStatus.NOT_APPLICABLE) {
      expected = Optional.empty();
    } else if (result.getInputs().size() >= 2 && result.getInputs().get(0).getNumber().isPresent()
        && result.getInputs().get(1).getNumber().isPresent()) {
      expected = Percentage.ofRatio(result.getInputs().get(0).getNumber().get(),
          result.getInputs().get(1).getNumber().get(), figure.getPrecision())
          .map(Percentage::value);
    } else {
      expected = result.getValue().map(v -> v.setScale(figure.getPrecision(),
          RoundingMode.HALF_UP));
    }
    if (expected.isPresent() && expected.get().compareTo(figure.getStatedValue()) == 0) {
      return;
    }
    String shown = expected.map(StandardCheck::plain).orElse("N/A");
    String inputs = result.getInputs().stream()
        .map(a -> a.getName() + " " + a.getNumber().map(StandardCheck::plain).orElse("?"))
        .collect(Collectors.joining(", "));
    String name = Echo.phrase(figure.getName());
    findings.add(finding(path).expected(shown).actual(plain(figure.getStatedValue()))
        .messageEn("'" + name + "' is stated as " + plain(figure.getStatedValue())
            + " but formula " + result.getFormula() + " gives " + shown + " from the"
            + " evaluation's data (" + inputs + ")")
        .messageZh("“" + name + "”表述为 " + plain(figure.getStatedValue())
            + "，但按公式 " + result.getFormula() + " 由评价自身数据（" + inputs + "）计算为 "
            + (expected.isPresent() ? shown : "不适用"))
        .build());
  }

  private void compare(List<Finding> findings, String path, StatedFigure figure,
      BigDecimal stated, BigDecimal data, String dataPath, String dataNameZh) {
    if (stated.compareTo(data) == 0) {
      return;
    }
    String name = Echo.phrase(figure.getName());
    findings.add(finding(path).expected(plain(data)).actual(plain(stated))
        .messageEn("'" + name + "' is computed from " + plain(stated) + " but "
            + dataPath + " is " + plain(data))
        .messageZh("“" + name + "”的计算依据为 " + plain(stated) + "，但" + dataNameZh
            + "（" + dataPath + "）为 " + plain(data))
        .build());
  }
}
