/**
 * Named formulas (计算公式) that derive an indicator's actual value from the evaluation's own data
 * — 预算完成率, 预算调整率, 结转结余率, "三公经费"变动率 … — so that nobody types a rate by hand,
 * and every computed rate is shown next to the figures it came from. A rate whose denominator is
 * zero is not applicable (不适用), never 0 % and never an error.
 */
@DomainStyle
package io.github.jixiao.rules.formula;

import io.github.jixiao.core.value.DomainStyle;
