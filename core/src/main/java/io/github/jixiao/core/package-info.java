/**
 * The domain of a performance self-evaluation (绩效自评) as immutable, validated values.
 *
 * <p>The root is {@link io.github.jixiao.core.SelfEvaluation}: one unit's evaluation of its own
 * spending for one fiscal year, either of the whole department (部门整体支出) or of one project
 * (项目支出). It holds the {@link io.github.jixiao.core.Department} with its duties (职责) and
 * organisational units (内设机构), the year's {@link io.github.jixiao.core.Task tasks} (年度工作任务),
 * the {@link io.github.jixiao.core.Budget} (预算), key {@link io.github.jixiao.core.Project projects},
 * the table of {@link io.github.jixiao.core.Indicator indicators} (绩效指标) with the unit's
 * {@link io.github.jixiao.core.IndicatorEntry entries}, {@link io.github.jixiao.core.Deduction
 * deductions} (扣分), and what the narrative states: {@link io.github.jixiao.core.StatedFigure
 * figures}, {@link io.github.jixiao.core.NarrativeClaim claims}, {@link io.github.jixiao.core.Problem
 * problems} and {@link io.github.jixiao.core.Improvement improvement measures}.
 *
 * <p>Every value is built through its public {@code Builder}; {@code build()} validates the value
 * (every required attribute set, Jakarta Bean Validation constraints on the accessors, and
 * invariants that span fields) and throws {@link io.github.jixiao.core.value.InvalidValueException}
 * listing every violation, a required attribute left out among them, so an invalid value cannot
 * exist. A value is derived from another in one call: the public {@code withX(…)} of every
 * attribute ({@code budget.withExecuted(new BigDecimal("3212.37"))}), {@link
 * io.github.jixiao.core.SelfEvaluation#withEntry(String, java.util.function.UnaryOperator)} for one
 * entry of the table, or {@code X.builder().from(value)} to change several attributes at once;
 * the derived value is validated as a built one is. Core knows nothing of scoring: whether a
 * self-evaluation is <em>consistent</em> (its claimed total matches its indicator scores, its
 * stated rates match their figures) is the business of {@code jixiao-rules}; core only guarantees
 * it is well-formed.
 *
 * <p>Money is exact {@link java.math.BigDecimal} in the {@link io.github.jixiao.core.MoneyUnit} of
 * its budget or project; rates are percent; points have at most two decimals.
 */
@DomainStyle
package io.github.jixiao.core;

import io.github.jixiao.core.value.DomainStyle;
import io.github.jixiao.core.value.InvalidValueException;
