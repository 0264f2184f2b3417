package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.PointsValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a target declaration (绩效指标, 申报表): 一级 / 二级 / 三级 by level and parent, the
 * comparison, the value (指标值) and its unit, and the weight where the form sets one. Unlike an
 * {@link Indicator} of a self-evaluation, a declared row may lack its direction, value or unit:
 * finding that is the target review's work (绩效目标审核, "not quantifiable"), so it is read, not
 * refused.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeclaredIndicator.class)
@JsonDeserialize(as = ImmutableDeclaredIndicator.class)
public interface DeclaredIndicator extends WithDeclaredIndicator {

  /** The row's code, unique in the declaration: {@code 1}, {@code 1.1}, {@code 1.1.1}. */
  @NotBlank
  String getCode();

  /** 指标名称: 产出指标, 数量指标, 培训人次. */
  @NotBlank
  String getName();

  /** 1 for 一级, 2 for 二级, 3 for 三级. */
  @NotNull
  @Min(1)
  @Max(3)
  Integer getLevel();

  /** The code of the row above, for levels 2 and 3. */
  Optional<@Text String> getParentCode();

  /** Quantitative (定量) or qualitative (定性); a group row is qualitative. */
  @NotNull
  IndicatorKind getKind();

  /** Which way is better, where the row states it (≥ at least, ≤ at most, = equal). */
  Optional<Direction> getDirection();

  /** The comparison as written: "≥", "不低于", "98%以上". */
  Optional<@Text String> getOperatorText();

  /** 指标值: the target value, for a quantitative row. */
  Optional<@MeasureValue BigDecimal> getTarget();

  /** 指标值 exactly as written: "≥1000人次", "12月底前". */
  Optional<@Text String> getTargetWritten();

  /** 度量单位: 人次, %, 万元, 元/人. */
  Optional<@Text String> getUnit();

  /** The target in words, for a qualitative row: 有效提升基层业务能力. */
  Optional<@Text String> getTargetText();

  /** 分值: the weight, where the form sets one at declaration. */
  Optional<@Positive @PointsValue BigDecimal> getWeight();

  /** 指标值设定依据及数据来源: why this value, and where the actual will come from. */
  Optional<@Text String> getBasis();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeclaredIndicator}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableDeclaredIndicator.Builder {}

  /** Not for callers: Immutables calls it from {@code build()}; see {@link Indicator}. */
  @Value.Check
  default DeclaredIndicator normalised() {
    return ((ImmutableDeclaredIndicator) ImmutableDeclaredIndicator.copyOf(this))
        .withTarget(Numbers.normal(getTarget())).withWeight(Numbers.normal(getWeight()));
  }

  /** Checks the constraints and the parent for the level. */
  @Value.Check
  default void validate() {
    Validation.check(this, "DeclaredIndicator", v -> {
      v.require(getLevel() != 1 || getParentCode().isEmpty(), "parentCode",
          Message.of("core.indicator.top-has-parent", Argument.text("field", "parentCode")));
      v.require(getLevel() == 1 || getParentCode().isPresent(), "parentCode",
          () -> Message.of("core.indicator.needs-parent", Argument.number("level", getLevel())));
    });
  }
}
