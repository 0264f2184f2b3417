package io.github.jixiao.rules.words;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of a rulebook's tree in words (指标说明): its code, name and level, its weight (分值) as a
 * number and in words ("10 分", or "分值取自评价表" when each evaluation's table sets it), its target
 * and direction, for a leaf the rule in words ({@link RuleWords}), and what else the rulebook says
 * of it — that its indicators come from the evaluation's table (open), where its weight goes when
 * the table has none, the cap on its deductions, the formula of its actual value — as {@link
 * #getNotes() notes}. Codes, names, aliases, the description and the assumption are the rulebook's
 * own text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorWords.class)
@JsonDeserialize(as = ImmutableIndicatorWords.class)
public interface IndicatorWords extends WithIndicatorWords {

  /** The code, e.g. {@code 2.1.2}. */
  String getCode();

  /** The name, e.g. "三公经费"控制率. */
  String getName();

  /** 1, 2 or 3: 一级, 二级 or 三级指标; the depth in the tree is one less. */
  Integer getLevel();

  /** The parent's code; absent for level 1. */
  Optional<String> getParentCode();

  /** 分值, when the rulebook fixes it. */
  Optional<BigDecimal> getWeight();

  /** The weight in words: "5 分" / "5 points", or "分值取自评价表" / "weight from the table". */
  Message getWeightWords();

  /** Whether its indicators come from each evaluation's table (开放). */
  @Value.Default
  default boolean isOpen() {
    return false;
  }

  /** Whether it is scored itself: it has no children in the rulebook and is not open. */
  @Value.Default
  default boolean isLeaf() {
    return false;
  }

  /** 定量 or 定性, as the rulebook says. */
  Optional<IndicatorKind> getKind();

  /** Which way is better, as the rulebook says. */
  Optional<Direction> getDirection();

  /** 年度指标值, as the rulebook says. */
  Optional<BigDecimal> getTarget();

  /** The unit of target and actual value, e.g. %. */
  Optional<String> getUnit();

  /** Target and direction in words: "目标值 ≥ 100%", "反向（越低越好）". */
  Optional<Message> getTargetWords();

  /** The id of the formula computing its actual value, e.g. {@code execution-rate}. */
  Optional<String> getFormula();

  /** For a leaf: the rule it is scored by, in words. */
  Optional<RuleWords> getRule();

  /** Other names an evaluation's table may use for it. */
  List<String> getAliases();

  /** For an open node: the codes of the siblings its weight moves to when the table has none. */
  List<String> getRedistributeTo();

  /** The most points deductions take off it (扣分上限). */
  Optional<BigDecimal> getDeductionCap();

  /** What it measures, or its rule in the source's words, as the rulebook says. */
  Optional<String> getDescription();

  /** What of it is assumed, and why, as the rulebook says. */
  Optional<String> getAssumption();

  /**
   * What else the rulebook says of it, in words: open, where its weight moves, its deduction cap,
   * the formula of its actual value, a direction left to the table.
   */
  List<Message> getNotes();

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorWords}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableIndicatorWords.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "IndicatorWords");
  }
}
