package io.github.jixiao.rules.monitoring;

import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * The budget's light (预算执行信号灯): the full-year budget (全年预算数) and the amount executed to
 * date, the execution rate (执行率, in % at 2 decimals rounded down), v = 执行率 ÷ 序时进度 × 100 at
 * 2 decimals rounded down, and the light — below 60 red, from 60 yellow, from 80 green unless the
 * rulebook says otherwise. A full-year budget of 0 is not applicable: no rate, no light.
 *
 * @param fullYear 全年预算数
 * @param executed 截至当前执行数
 * @param rate 执行率 in %, when applicable
 * @param ratio v, when applicable
 * @param light the light, when applicable
 * @param explanation how the light was found, or why there is none
 */
public record BudgetLight(BigDecimal fullYear, BigDecimal executed, Optional<BigDecimal> rate,
    Optional<BigDecimal> ratio, Optional<Light> light, Message explanation) {

  /** The explanation in {@code locale}'s language. */
  public String explanation(Locale locale) {
    return explanation.render(locale);
  }
}
