package io.github.jixiao.rules.rollup;

import io.github.jixiao.core.Direction;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator summed over the projects that share it (指标汇总): the same name, unit and
 * direction in two or more projects. An absolute value (次, 人, 件, 万元) is added, targets and
 * actuals alike, and its completion is scored after (Σ 实际 ÷ Σ 目标, "定量指标先汇总完成数，再计算得分");
 * a rate (unit %) is averaged weighted by each project's money (Σ 值 × 预算 ÷ Σ 预算). Completion
 * is in % at 2 decimals, half up; empty when the summed target is 0 or a project has none.
 *
 * @param name the indicator's name
 * @param unit its unit, empty if none
 * @param direction ≥, ≤ or =
 * @param rate whether it is a rate, averaged by money, rather than an absolute value, added
 * @param projects how many projects have it
 * @param target the summed (or weighted) target, if every project states one
 * @param actual the summed (or weighted) actual; empty for a rate when the money is 0
 * @param completion actual ÷ target in %, if both are there and the target is not 0
 */
public record IndicatorTotal(String name, Optional<String> unit, Direction direction, boolean rate,
    int projects, Optional<BigDecimal> target, Optional<BigDecimal> actual,
    Optional<BigDecimal> completion) {}
