package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.PointsValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A performance indicator (绩效指标) of an evaluation's own table (自评表): a node of the three-level
 * tree (一级/二级/三级指标) with its weight in points (分值), its kind (定量/定性), for a quantitative
 * one the direction (正向 ≥, 反向 ≤, 等于 =) and the target (年度指标值) with its unit.
 *
 * <p>Whether the weights of a table add up is a reviewer's check, not a constraint here: real
 * tables get it wrong, and Jixiao must be able to read them to say so.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public interface Indicator extends WithIndicator {

  /** The indicator's code, unique within its table, e.g. {@code "2.1.3"}. */
  @NotBlank
  String getCode();

  /** The indicator's name, e.g. 预算完成率. */
  @NotBlank
  String getName();

  /** 1, 2 or 3: 一级, 二级 or 三级指标. */
  @Min(1)
  @Max(3)
  Integer getLevel();

  /** The code of the parent indicator; absent exactly for level 1. */
  Optional<@Text String> getParentCode();

  /** 分值: the most points the indicator can earn; more than zero. */
  @NotNull
  @Positive
  @PointsValue
  BigDecimal getWeight();

  /** 定量 or 定性. */
  @NotNull
  IndicatorKind getKind();

  /** For a quantitative indicator, which way is better; required for quantitative ones. */
  Optional<Direction> getDirection();

  /** 年度指标值: the target, for a quantitative indicator. */
  Optional<@MeasureValue BigDecimal> getTarget();

  /**
   * 指标性质 / 计算符号: the comparison as parsed from the table (≥, &gt;, =, ≤, &lt;, 定性), where it
   * states one. A quantitative operator agrees with {@link #getDirection()} (> and ≥ with at
   * least, &lt; and ≤ with at most); 定性 belongs to a qualitative indicator.
   */
  Optional<Operator> getOperator();

  /** The comparison as written in the table: "≥", "不低于", "98%以上" — kept for the reviewer. */
  Optional<@Text String> getOperatorText();

  /**
   * 年度指标值 (调整指标值 where the table has both) exactly as written: "≥95%", "11月底前", "100%"
   * — the number in {@link #getTarget()} is read from it.
   */
  Optional<@Text String> getTargetWritten();

  /** 年初指标值: the target as first set, where the table gives it beside an adjusted one. */
  Optional<@MeasureValue BigDecimal> getInitialTarget();

  /** 年初指标值 exactly as written, where the table gives it beside an adjusted one. */
  Optional<@Text String> getInitialTargetWritten();

  /**
   * 调整原因: why the target was changed (调整) after it was declared, where it was; a target that
   * differs from its declaration without one is a finding of the stages' links.
   */
  Optional<@Text String> getAdjustmentReason();

  /** The unit of the target and actual value: %, 次, 件, 万元. */
  Optional<@Text String> getUnit();

  /** The target in words, for a qualitative indicator, e.g. 按期召开会议. */
  Optional<@Text String> getTargetText();

  /** The id of the named formula that computes the actual value from the evaluation's data. */
  Optional<@Text String> getFormula();

  /**
   * 数据来源: where the actual value comes from, in the table's words (问卷调查, 财务核算系统,
   * 验收报告); a reviewer asks it of every satisfaction indicator (a survey, not "no complaints").
   */
  Optional<@Text String> getDataSource();

  /** Present when the indicator is not the report's own: what was assumed, and why. */
  Optional<@Text String> getAssumption();

  /**
   * 是否核心指标: whether the table flags it a core indicator, as some department-wide forms do
   * (the Chongqing-style 自评表 has the column); empty when the table has no such column. Kept as
   * the table says it; no published rule gives it a weight of its own, so it changes no points.
   */
  Optional<Boolean> getCore();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableIndicator.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default Indicator normalised() {
    return ((ImmutableIndicator) ImmutableIndicator.copyOf(this))
        .withWeight(Numbers.normal(getWeight()))
        .withTarget(Numbers.normal(getTarget()))
        .withInitialTarget(Numbers.normal(getInitialTarget()));
  }

  /** Checks the constraints, the parent for the level, and a direction for quantitative ones. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Indicator", v -> {
      v.require(getLevel() != 1 || getParentCode().isEmpty(), "parentCode",
          Message.of("core.indicator.top-has-parent", Argument.text("field", "parentCode")));
      v.require(getLevel() == 1 || getParentCode().isPresent(), "parentCode",
          () -> Message.of("core.indicator.needs-parent", Argument.number("level", getLevel())));
      v.require(getKind() != IndicatorKind.QUANTITATIVE || getDirection().isPresent(), "direction",
          () -> Message.of("core.indicator.needs-direction",
              Argument.list("directions", List.of("AT_LEAST (≥)", "AT_MOST (≤)", "EQUAL (=)"))));
      getOperator().ifPresent(op -> {
        boolean qualitative = getKind() == IndicatorKind.QUALITATIVE;
        v.require(qualitative == (op == Operator.QUALITATIVE), "operator",
            () -> Message.of("core.indicator.operator-kind",
                Argument.text("operator", op.symbol()), Argument.message("kind",
                    Message.label(getKind())),
                Argument.text("qualitative", Operator.QUALITATIVE.symbol())));
        v.require(op.direction().isEmpty() || getDirection().isEmpty()
            || op.direction().equals(getDirection()), "operator",
            () -> Message.of("core.indicator.operator-direction",
                Argument.text("operator", op.symbol()),
                Argument.message("direction", Message.label(getDirection().get()))));
      });
    });
  }
}
