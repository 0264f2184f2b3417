package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of a rulebook's indicator tree (评价指标): a group (一级/二级指标) or a scored leaf, with
 * its weight (分值) and, for a leaf, its scoring rule (评分方法), the formula that computes its actual
 * value from the evaluation's data, its target and direction.
 *
 * <p>An evaluation's own table (自评表) is matched to the node by code, else by name or alias
 * (产出 / 产出指标). A node whose weight is absent takes it from the evaluation's table, as in the
 * MoF department-wide framework, which fixes no points. An <em>open</em> node's children come from
 * the evaluation's table, as in a project self-evaluation; if the table has none, its weight moves to
 * {@link #getRedistributeTo()} or, failing that, it does not apply.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRulebookIndicator.class)
@JsonDeserialize(as = ImmutableRulebookIndicator.class)
public interface RulebookIndicator extends WithRulebookIndicator {

  /** The code, unique within the rulebook, e.g. {@code 2.1.1}. */
  @NotBlank
  String getCode();

  /** The name, e.g. 预算完成率. */
  @NotBlank
  String getName();

  /** Other names an evaluation's table may use for it, e.g. 产出指标 for 产出. */
  List<@NotBlank String> getAliases();

  /** 1, 2 or 3: 一级, 二级 or 三级指标. */
  Integer getLevel();

  /** The parent's code; absent exactly for level 1. */
  Optional<String> getParentCode();

  /** 分值: above zero, at most two decimals; absent when each evaluation's table sets it. */
  Optional<@Positive @Digits(integer = 3, fraction = 2) BigDecimal> getWeight();

  /** Whether the children come from each evaluation's own table. */
  @Value.Default
  default boolean isOpen() {
    return false;
  }

  /** 定量 or 定性, for a leaf. */
  Optional<IndicatorKind> getKind();

  /** Which way is better, for a quantitative leaf. */
  Optional<Direction> getDirection();

  /** 年度指标值: the target, e.g. 100 for 预算完成率 in %. */
  Optional<BigDecimal> getTarget();

  /** The unit of the target and actual value, e.g. %. */
  Optional<String> getUnit();

  /** The id of the named formula computing the actual value, e.g. {@code execution-rate}. */
  Optional<String> getFormula();

  /** The scoring rule of a leaf; absent: the rulebook's default for its kind and direction. */
  Optional<RuleSpec> getRule();

  /** The most points deductions can take off (扣分上限); above 0, at most the weight. */
  Optional<BigDecimal> getDeductionCap();

  /**
   * For an open node: the codes of sibling nodes its weight moves to, in proportion to their
   * weights, when the evaluation's table has nothing under it (满意度 → 产出, 效益).
   */
  List<String> getRedistributeTo();

  /** What the indicator measures, or the rule in the source's words. */
  Optional<String> getDescription();

  /** Present when the node or its numbers are assumed: what, and why. */
  Optional<String> getAssumption();

  /** Whether {@code name} is this node's name or one of its aliases. */
  default boolean isCalled(String name) {
    return getName().equals(name) || getAliases().contains(name);
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RulebookIndicator}; {@code build()} lists every problem. */
  final class Builder extends ImmutableRulebookIndicator.Builder {}

  /** Checks the constraints and the invariants of one node (the tree is checked by Rulebook). */
  @Value.Check
  default void validate() {
    Validation.check(this, "RulebookIndicator", v -> {
      v.require(getLevel() >= 1 && getLevel() <= 3, "level",
          () -> Message.of("rules.indicator.level", Argument.number("level", getLevel())));
      v.require((getLevel() == 1) == getParentCode().isEmpty(), "parentCode",
          () -> Message.of("rules.indicator.parent"));
      v.require(!isOpen() || getRule().isEmpty(), "rule",
          () -> Message.of("rules.indicator.open-with-rule"));
      v.require(isOpen() || getRedistributeTo().isEmpty(), "redistributeTo",
          () -> Message.of("rules.indicator.redistribute-closed"));
    });
  }
}
