package io.github.jixiao.rules.spi;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule sees of one indicator (评分输入): its code, name and weight (分值), the rule spec with
 * its parameters, the target (年度指标值) and direction, the actual value (实际完成值) — computed by
 * the indicator's named formula where it has one, else as the unit reported it — the qualitative
 * level reached, the points the unit chose for itself (自评得分), the 得分系数 of the coefficient
 * form, and the rounding policy. The
 * whole evaluation is at hand for a user's rule that needs more.
 *
 * <p>Built by the {@link Scorer}; tests and {@code ScoringRuleLaws} build their own.
 */
@Value.Immutable
public interface RuleInput extends WithRuleInput {

  /** The indicator's code, e.g. {@code 2.1.1}. */
  String getIndicatorCode();

  /** The indicator's name, e.g. 预算完成率. */
  String getIndicatorName();

  /**
   * 分值: the most points the indicator can earn; a rule's points must lie in [0, weight] (the
   * scorer alone lets an execution line its rulebook does not cap go above it).
   */
  BigDecimal getWeight();

  /** The rule spec naming this rule, with its parameters. */
  RuleSpec getSpec();

  /** 年度指标值: the target, from the spec, the rulebook or the evaluation's table. */
  Optional<BigDecimal> getTarget();

  /** Which way is better, for a quantitative indicator. */
  Optional<Direction> getDirection();

  /** The unit of target and actual value: %, 次, 件. */
  Optional<String> getUnit();

  /** 实际完成值: the value the rule scores (a rate, a count, items met, milestones missed). */
  Optional<BigDecimal> getActual();

  /** The level a qualitative indicator reached. */
  Optional<QualitativeLevel> getLevel();

  /** 自评得分: the points the unit chose, e.g. inside a qualitative level's band. */
  Optional<BigDecimal> getChosenPoints();

  /**
   * 得分系数: the share of the weight the unit's table gives the indicator, in percent (0–100),
   * in the coefficient form (指标得分 = 权重 × 得分系数); read by the rule {@code coefficient}.
   * The scorer sets it from the entries that have one.
   */
  Optional<BigDecimal> getCoefficient();

  /** How points are rounded (2 decimals, half up, unless the rulebook says otherwise). */
  @Value.Default
  default RoundingPolicy getRounding() {
    return RoundingPolicy.standard();
  }

  /** The evaluation being scored, when there is one. */
  Optional<SelfEvaluation> getEvaluation();

  /** {@code points} rounded by the rounding policy: for the explanation's figures. */
  default BigDecimal round(BigDecimal points) {
    return getRounding().round(points);
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleInput}. */
  final class Builder extends ImmutableRuleInput.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  // Decided by hand first: the scorer builds one of these per indicator; only a suspect value pays for
  // the generic look, which words every problem. HandCheckedValuesTest nulls each required
  // attribute in turn, so an attribute added here and forgotten above fails the build.
  default void validate() {
    if (getIndicatorCode() == null || getIndicatorName() == null || getWeight() == null
        || getSpec() == null || getRounding() == null) {
      Validation.required(this, "RuleInput");
    }
  }
}
