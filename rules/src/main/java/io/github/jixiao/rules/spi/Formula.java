package io.github.jixiao.rules.spi;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.FormulaResult;

/**
 * A named formula (计算公式): a figure computed from a self-evaluation's own data, with the figures
 * it came from — as the built-in 预算执行率 ({@code execution-rate}) is executed ÷ full-year budget
 * from {@code executed} and {@code budget}. An indicator names a formula by its {@link #id()}; the
 * scorer takes the computed value as the indicator's actual value and shows its inputs on the card.
 *
 * <p>The contract, as for a scoring rule:
 * <ul>
 *   <li><b>Pure and thread-safe.</b> The result depends only on the evaluation, which must not be
 *       altered; keep no mutable state.
 *   <li><b>Exact.</b> Values are {@link java.math.BigDecimal}, with an explicit scale and rounding
 *       (a rate at six decimals, half up, in percent).
 *   <li><b>Missing data is a result, not an exception</b>: {@code MISSING_DATA} when the figures
 *       are not in the evaluation, {@code NOT_APPLICABLE} for a zero denominator. The result names
 *       this formula's id.
 * </ul>
 * A formula that throws, or returns null or a result of another id, is reported by the scorer as a
 * {@code ScoringException} naming the formula and the indicator.
 *
 * <p>Register one with {@code Formulas.standard().with(formula)}, or list a {@link FormulaProvider}
 * in {@code META-INF/services/io.github.jixiao.rules.spi.FormulaProvider} and ask for it with
 * {@code withDiscovered()}.
 */
public interface Formula {

  /**
   * The id an indicator names this formula by: lower-case letters, digits, '-', '_' and '.',
   * starting with a letter, e.g. {@code problems-solved-rate}.
   */
  String id();

  /**
   * Computes the figure from {@code evaluation}.
   *
   * @param evaluation the evaluation; never null
   * @return the value and its inputs, never null
   */
  FormulaResult compute(SelfEvaluation evaluation);
}
