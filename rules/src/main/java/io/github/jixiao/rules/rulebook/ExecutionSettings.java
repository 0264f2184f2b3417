package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.Validation;
import org.immutables.value.Value;

/**
 * How a rulebook scores the execution line (预算执行率): the leaves whose formula is {@code
 * execution-rate} ({@code Formulas.EXECUTION_RATE}), by the rulebook's node or the evaluation's
 * table. Two settings real rulebooks differ in (rulebooks.md):
 *
 * <ul>
 *   <li>{@link #isCapped()} (预算执行率得分封顶): whether the points stop at the weight when more
 *       than the base was executed;
 *   <li>{@link #getBase()} (预算执行率的分母): which figure executed is divided by.
 * </ul>
 *
 * The defaults ({@link #standard()}: capped, against the full-year budget) are the methodology's
 * (财预〔2020〕10号: 10 × executed ÷ budget, at most 10) and change no result.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExecutionSettings.class)
@JsonDeserialize(as = ImmutableExecutionSettings.class)
public interface ExecutionSettings extends WithExecutionSettings {

  /**
   * 预算执行率得分封顶: whether an execution line scored by the {@code proportional} rule gets at
   * most its weight above 100 % (10 × min(104.5 %, 100 %) = 10.00); true unless said otherwise.
   * Both exist in production (rulebooks.md; the national form's "最高 10 分" and the municipal
   * form's "得分不得突破权重总额" cap it). Uncapped, the points are weight × rate however far the
   * rate goes (10 × 104.5 % = 10.45): that leaf's points exceed its weight — the one case the
   * scorer lets a rule give more than the weight — its explanation says the points are not
   * capped, and the card notes it. The total may then exceed the sum of the weights (100.45 of
   * 100), and a total above the top of the grade scale takes the top grade. An execution line
   * whose own rule is another is refused when the rulebook is built ({@code
   * $.execution.capped}); one scored by another default rule stays within its weight and the card
   * says so ({@code note.execution-uncapped-ignored}). Nothing bounds the rate itself: a budget
   * far below what was executed gives as many points, and the checks report the budget (JX-103).
   */
  @Value.Default
  default boolean isCapped() {
    return true;
  }

  /**
   * 预算执行率的分母: the figure executed is divided by; the full-year budget ({@link
   * ExecutionBase#FULL_YEAR}) unless said otherwise. When the evaluation lacks the base's figure
   * (no carry-over, no funds in place), the rate is missing data, never 0 %; when it is not the
   * full-year budget, the card names the base and its figure.
   */
  @Value.Default
  default ExecutionBase getBase() {
    return ExecutionBase.FULL_YEAR;
  }

  /** Capped, against the full-year budget: the methodology's execution line. */
  static ExecutionSettings standard() {
    return builder().build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExecutionSettings}. */
  final class Builder extends ImmutableExecutionSettings.Builder {}

  /** Checks that the base is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "ExecutionSettings");
  }
}
