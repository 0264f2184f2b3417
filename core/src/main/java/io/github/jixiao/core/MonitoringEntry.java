package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a monitoring report (绩效监控表): an indicator with its annual target — 一级 / 二级 /
 * 三级指标名称, 计算符号, 年度指标值, 计量单位 (formats.md, "The monitoring sheet") — beside what was
 * reached so far (当前完成值: a number as written, or a level for a qualitative indicator), the
 * unit's judgement whether the target will be met (完成可能性), why it lags (偏差原因说明) and an
 * adjustment of the target (绩效目标调整) where one is recorded.
 *
 * <p>Whether the row's light is other than green without a 偏差原因说明, or "cannot be completed"
 * without an adjustment, is the rules module's finding, not a constraint here: real reports get
 * those wrong, and Jixiao must read them to say so.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonitoringEntry.class)
@JsonDeserialize(as = ImmutableMonitoringEntry.class)
public interface MonitoringEntry extends WithMonitoringEntry {

  /** The indicator's code, unique within the report: the self-evaluation's code, e.g. "2.1.1". */
  @NotBlank
  String getCode();

  /** 一级指标: 产出指标, 效益指标, 满意度指标, or the rulebook's own, where the sheet names it. */
  Optional<@Text String> getLevelOne();

  /** 二级指标: 数量指标, 质量指标 …, where the sheet names it. */
  Optional<@Text String> getLevelTwo();

  /** 三级指标名称: the indicator's name, e.g. 预算完成率. */
  @NotBlank
  String getName();

  /** 定量 or 定性. */
  @NotNull
  IndicatorKind getKind();

  /** Which way is better, for a quantitative indicator; required for quantitative ones. */
  Optional<Direction> getDirection();

  /** 计算符号 as parsed (≥, &gt;, =, ≤, &lt;, 定性); agrees with the kind and the direction. */
  Optional<Operator> getOperator();

  /** 计算符号 as written: "≥", "不低于". */
  Optional<@Text String> getOperatorText();

  /** 年度指标值: the annual target, for a quantitative indicator. */
  Optional<@MeasureValue BigDecimal> getTarget();

  /** 年度指标值 exactly as written: "≥95%", "100". */
  Optional<@Text String> getTargetWritten();

  /** The target in words, for a qualitative indicator. */
  Optional<@Text String> getTargetText();

  /** 计量单位: %, 次, 件, 万元. */
  Optional<@Text String> getUnit();

  /** 当前完成值: what was reached so far, for a quantitative indicator, read from the sheet. */
  Optional<@MeasureValue BigDecimal> getCurrent();

  /** 当前完成值 exactly as written: "45%", "约200人", "进展顺利". */
  Optional<@Text String> getCurrentWritten();

  /** The level reached so far, for a qualitative indicator: 达成 / 部分达成 / 未达成. */
  Optional<QualitativeLevel> getCurrentLevel();

  /** 完成可能性: whether the unit expects the annual target to be met. */
  Optional<CompletionLikelihood> getLikelihood();

  /** 偏差原因说明: why the indicator lags its time progress, in the unit's words. */
  Optional<@Text String> getDeviationReason();

  /** 绩效目标调整: the adjustment of the target the unit records, with its reason. */
  Optional<@Valid MonitoringAdjustment> getAdjustment();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitoringEntry}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableMonitoringEntry.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}. Every number at a scale of at least
   * 0 ({@code 3.3E+3} becomes {@code 3300}); a number beyond its bound is left for the check.
   */
  @Value.Check
  default MonitoringEntry normalised() {
    return ((ImmutableMonitoringEntry) ImmutableMonitoringEntry.copyOf(this))
        .withTarget(Numbers.normal(getTarget()))
        .withCurrent(Numbers.normal(getCurrent()));
  }

  /** Checks the constraints, a direction for quantitative rows, and the operator's agreement. */
  @Value.Check
  default void validate() {
    Validation.check(this, "MonitoringEntry", v -> {
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
