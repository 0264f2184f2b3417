/**
 * What Jixiao's engines give back: the score card (评分表: {@link
 * io.github.jixiao.rules.result.ScoreCard}, one {@link io.github.jixiao.rules.result.IndicatorScore}
 * per indicator, one {@link io.github.jixiao.rules.result.GroupScore} per group), computed figures
 * ({@link io.github.jixiao.rules.result.FormulaResult}) and the findings of the consistency checks
 * (审核发现: {@link io.github.jixiao.rules.result.Finding}, gathered in a {@link
 * io.github.jixiao.rules.result.CheckReport}). Plain immutable values: the scorer and the checks
 * depend on this package, never the other way.
 */
@DomainStyle
package io.github.jixiao.rules.result;

import io.github.jixiao.core.value.DomainStyle;
