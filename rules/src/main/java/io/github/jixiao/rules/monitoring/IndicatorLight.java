package io.github.jixiao.rules.monitoring;

import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * One indicator of a monitoring card (指标信号灯): the row's code, name and kind, its comparison
 * (≥, ≤, =, 定性), its annual target and current value as the report shows them, the ratio v to
 * time progress for a positive indicator (in %, 2 decimals rounded down), its light, and how the
 * light was found — or why there is none (no current value, a zero target: not applicable).
 *
 * @param code the indicator's code
 * @param name the indicator's name (三级指标名称)
 * @param path the row's JSON path in the report, e.g. {@code $.entries[2]}
 * @param kind 定量 or 定性
 * @param comparison the comparison's symbol: {@code ≥}, {@code <}, {@code 定性}
 * @param target the annual target as shown: as written, else the number and unit, else words
 * @param current the current value as shown: as written, else the number, else the level
 * @param ratio v = 当前完成值 ÷ (年度指标值 × 序时进度) × 100, for a positive indicator
 * @param light the light; empty when not applicable
 * @param explanation how the light was found, or why there is none
 */
public record IndicatorLight(String code, String name, String path, IndicatorKind kind,
    String comparison, Optional<String> target, Optional<String> current,
    Optional<BigDecimal> ratio, Optional<Light> light, Message explanation) {

  /** The explanation in {@code locale}'s language. */
  public String explanation(Locale locale) {
    return explanation.render(locale);
  }
}
