package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.spi.Formula;

/**
 * Computes an indicator's named formula (计算公式) for the scorer, trusting no formula: one that is
 * not known, throws, or returns null or another formula's result stops scoring with a {@link
 * ScoringException} naming the formula and the indicator.
 */
final class FormulaGuard {

  private FormulaGuard() {}

  static FormulaResult compute(Formulas formulas, String id, SelfEvaluation evaluation,
      String ruleType, String code, String name) {
    Formula formula = formulas.find(id).orElse(null);
    if (formula == null) {
      String where = where(code, name);
      String whereZh = whereZh(code, name);
      throw new ScoringException(ruleType, code, where + " names the formula '" + Echo.text(id)
          + "', which does not exist; use one of " + formulas.ids(), whereZh + "的计算公式 '"
          + Echo.text(id) + "' 不存在；可用的公式：" + String.join("、", formulas.ids()), null);
    }
    FormulaResult result;
    try {
      result = formula.compute(evaluation);
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      String why = Echo.text(e.toString(), 200);
      String what = Echo.text(id) + "' (" + formula.getClass().getName() + ")";
      throw new ScoringException(ruleType, code, "the formula '" + what + " of "
          + where(code, name) + " failed: " + why, whereZh(code, name) + "的计算公式 '" + what
          + " 出错：" + why, e);
    }
    if (result == null || !id.equals(result.getFormula())) {
      String got = result == null ? "null"
          : "the result of '" + Echo.text(result.getFormula()) + "'";
      String what = Echo.text(id) + "' (" + formula.getClass().getName() + ")";
      throw new ScoringException(ruleType, code, "the formula '" + what + " of "
          + where(code, name) + " returned " + got + "; a formula returns its own result",
          whereZh(code, name) + "的计算公式 '" + what + " 返回了 " + got + "，应返回以其标识命名的结果",
          null);
    }
    return result;
  }

  // Text only when something went wrong: scoring formats nothing otherwise.
  private static String where(String code, String name) {
    return "indicator '" + Echo.text(code) + "' (" + Echo.phrase(name) + ")";
  }

  private static String whereZh(String code, String name) {
    return "指标“" + Echo.text(code) + "”（" + Echo.phrase(name) + "）";
  }
}
