package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import io.github.jixiao.rules.rulebook.RuleSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One scored indicator's line of a score card (指标得分): its weight (分值), the points the rules give
 * (得分), the rule and its inputs, the formula the actual value came from, the deductions taken
 * (扣分, capped, floored at 0), why — as structured data, rendered on demand by {@link
 * #explain(Locale)} — and the difference from the points the unit claimed (自评得分).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorScore.class)
@JsonDeserialize(as = ImmutableIndicatorScore.class)
public interface IndicatorScore extends WithIndicatorScore {

  /** The indicator's code. */
  @Value.Parameter
  String getCode();

  /** The indicator's name, e.g. 预算完成率. */
  @Value.Parameter
  String getName();

  /** 1, 2 or 3. */
  @Value.Parameter
  Integer getLevel();

  /** The parent group's code; absent for a level-1 indicator. */
  @Value.Parameter
  Optional<String> getParentCode();

  /** 分值. */
  @Value.Parameter
  BigDecimal getWeight();

  /** How the points came about; {@link ScoreStatus#NOT_APPLICABLE} ones are dropped. */
  @Value.Parameter
  ScoreStatus getStatus();

  /**
   * 得分: after deductions, rounded by the rulebook's policy; within [0, weight] — but for an
   * execution line its rulebook does not cap ({@code ExecutionSettings.isCapped()}), which may
   * exceed its weight above 100 % (10.45 of 10).
   */
  @Value.Parameter
  BigDecimal getPoints();

  /** The points the rule gave, before deductions and rounding. */
  @Value.Parameter
  BigDecimal getRulePoints();

  /** The rule applied, with its parameters. */
  @Value.Parameter
  RuleSpec getRule();

  /**
   * The rule's inputs: {@code actual}, {@code target} and {@code chosen} (numbers), {@code unit}
   * (a text), {@code level} (the level's name, a message: {@code label.QualitativeLevel.ACHIEVED}).
   */
  @Value.Parameter
  List<Argument> getInputs();

  /** The named formula the actual value was computed by, with its figures. */
  @Value.Parameter
  Optional<FormulaResult> getFormula();

  /** The deductions recorded against the indicator. */
  @Value.Parameter
  List<Deduction> getDeductions();

  /**
   * The points the listed deductions took: their sum, capped, and never more than the rule's
   * points. A deductions column's are {@link #getDeductionColumn()}.
   */
  @Value.Parameter
  BigDecimal getDeductionsTaken();

  /** Why the rule gave its points (评分说明): a message key and its arguments. */
  @Value.Parameter
  Message getExplanation();

  /**
   * 自评得分: the points the unit claimed, if it did; under a rulebook that subtracts a deductions
   * column, its claimed score less its 扣减分数, floored at 0 ({@code Rulebook.netClaim}).
   */
  @Value.Parameter
  Optional<BigDecimal> getClaimed();

  /** {@code points − claimed}: negative when the unit claimed more than the rules give. */
  @Value.Parameter
  Optional<BigDecimal> getDifference();

  /** What the rulebook, the table or the entry assumed for this indicator, and why. */
  @Value.Parameter
  List<String> getAssumptions();

  /**
   * 扣减分数: the points the entry's deductions column took, after the listed deductions and under
   * the same cap, floored at 0; present only under a rulebook that subtracts the column ({@code
   * Rulebook.isDeductionsColumn()}) for an entry that has one. {@code points} is then the rule's
   * points less {@link #getDeductionsTaken()} less this, rounded.
   */
  Optional<BigDecimal> getDeductionColumn();

  /**
   * How the deductions were taken, as the scorer explains them ({@code deductions.listed}, {@code
   * deductions.column} …), when the card cannot compose it from its own figures: a deductions
   * column was taken, or the rounding does not commute with the subtraction (whole points: the
   * rule's 7.6 − 1 = 6.6 → 7). Absent otherwise, and {@link #why()} composes it.
   */
  Optional<Message> getDeductionsExplanation();

  /**
   * Why the indicator earned its points, as a message: the rule's explanation, then the
   * deductions taken — the scorer's {@link #getDeductionsExplanation()} when it gave one, else
   * {@code deductions.taken}, or {@code deductions.capped} when a cap or the rule's points held
   * them back, with the points before them as points + taken.
   */
  default Message why() {
    if (getStatus() != ScoreStatus.NOT_APPLICABLE && getDeductionsExplanation().isPresent()) {
      return Message.of("rules.explain.with-deductions",
          Argument.message("rule", getExplanation()),
          Argument.message("deductions", getDeductionsExplanation().get()));
    }
    if (getDeductions().isEmpty() || getStatus() == ScoreStatus.NOT_APPLICABLE) {
      return getExplanation();
    }
    BigDecimal listed = BigDecimal.ZERO;
    List<String> reasons = new ArrayList<>(getDeductions().size());
    for (Deduction d : getDeductions()) {
      listed = listed.add(d.getPoints());
      reasons.add(Echo.phrase(d.getReason()) + " " + d.getPoints().toPlainString());
    }
    BigDecimal before = getPoints().add(getDeductionsTaken());
    Message taken = Message.of(
        listed.compareTo(getDeductionsTaken()) == 0 ? "deductions.taken" : "deductions.capped",
        Argument.number("listed", listed), Argument.number("taken", getDeductionsTaken()),
        Argument.list("reasons", reasons), Argument.number("before", before),
        Argument.number("points", getPoints()));
    return Message.of("rules.explain.with-deductions",
        Argument.message("rule", getExplanation()), Argument.message("deductions", taken));
  }

  /**
   * Why the indicator earned its points, in {@code locale}'s language (Chinese for any Chinese
   * locale, else English): {@link #why()} rendered.
   */
  default String explain(Locale locale) {
    return why().render(locale);
  }

  /**
   * The whole value in one step, every attribute in declaration order but the last two, which are
   * absent (add them with {@code withDeductionColumn}, {@code withDeductionsExplanation}): how the
   * scorer builds it (a builder would copy every list twice). Validated as a built value is.
   */
  static IndicatorScore of(String code, String name, int level, Optional<String> parentCode, BigDecimal weight, ScoreStatus status, BigDecimal points, BigDecimal rulePoints, RuleSpec rule, List<Argument> inputs, Optional<FormulaResult> formula, List<Deduction> deductions, BigDecimal deductionsTaken, Message explanation, Optional<BigDecimal> claimed, Optional<BigDecimal> difference, List<String> assumptions) {
    return ImmutableIndicatorScore.of(code, name, level, parentCode, weight, status, points, rulePoints, rule, inputs, formula, deductions, deductionsTaken, explanation, claimed, difference, assumptions);
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorScore}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableIndicatorScore.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  // Decided by hand first: the scorer builds one of these per indicator; only a suspect value pays for
  // the generic look, which words every problem. HandCheckedValuesTest nulls each required
  // attribute in turn, so an attribute added here and forgotten above fails the build.
  default void validate() {
    if (getCode() == null || getName() == null || getLevel() == null || getWeight() == null
        || getStatus() == null || getPoints() == null || getRulePoints() == null
        || getRule() == null || getDeductionsTaken() == null || getExplanation() == null
        || Validation.anyNull(getInputs()) || Validation.anyNull(getDeductions())
        || Validation.anyNull(getAssumptions())) {
      Validation.required(this, "IndicatorScore");
    }
  }
}
