package io.github.jixiao.rules.check.internal;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
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
            budget.getExecuted(), "$.budget.executed", "check.budget.executed");
        compare(findings, at + ".denominator", figure, figure.getDenominator().orElseThrow(),
            budget.getFullYear(), "$.budget.fullYear", "check.budget.full-year");
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
    // An input's name is the formula's identifier of a figure (executed, budget), shown as the
    // formula's id is: the same in every language.
    List<String> inputs = new ArrayList<>(result.getInputs().size());
    result.getInputs().forEach(a -> inputs.add(Echo.text(a.getName()) + " "
        + a.getNumber().map(StandardCheck::plain).orElse("?")));
    findings.add(finding(path).expected(expected.map(StandardCheck::plain).orElse("N/A"))
        .actual(plain(figure.getStatedValue()))
        .message(Message.of("check.stated-figure.formula", phrase("name", figure.getName()),
            number("stated", figure.getStatedValue()), text("formula", result.getFormula()),
            expected.isPresent() ? number("value", expected.get())
                : Argument.message("value", "check.not-applicable"),
            Argument.list("inputs", inputs)))
        .build());
  }

  private void compare(List<Finding> findings, String path, StatedFigure figure,
      BigDecimal stated, BigDecimal data, String dataPath, String field) {
    if (stated.compareTo(data) == 0) {
      return;
    }
    findings.add(finding(path).expected(plain(data)).actual(plain(stated))
        .message(Message.of("check.stated-figure.data", phrase("name", figure.getName()),
            number("stated", stated), Argument.text("path", dataPath),
            Argument.message("field", field), number("data", data)))
        .build());
  }
}
