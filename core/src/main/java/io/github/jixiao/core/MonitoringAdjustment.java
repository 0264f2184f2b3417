package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import java.util.Optional;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * An adjustment of an indicator's target (绩效目标调整) recorded on a monitoring row: the adjusted
 * annual target (调整后指标值) as a number and as written, and the reason (调整原因). A reason is
 * not required here: an adjustment without one is the monitoring report's own finding, found by
 * the rules module, not a malformed document.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonitoringAdjustment.class)
@JsonDeserialize(as = ImmutableMonitoringAdjustment.class)
public interface MonitoringAdjustment extends WithMonitoringAdjustment {

  /** 调整后指标值: the adjusted annual target, for a quantitative indicator, where stated. */
  Optional<@MeasureValue BigDecimal> getTarget();

  /** 调整后指标值 exactly as written: "≥90%", "11月底前". */
  Optional<@Text String> getTargetWritten();

  /** 调整原因: why the target is to change. */
  Optional<@Text String> getReason();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitoringAdjustment}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableMonitoringAdjustment.Builder {}

  /** Not for callers: Immutables calls it from {@code build()}; see {@link MonitoringEntry}. */
  @Value.Check
  default MonitoringAdjustment normalised() {
    return ((ImmutableMonitoringAdjustment) ImmutableMonitoringAdjustment.copyOf(this))
        .withTarget(Numbers.normal(getTarget()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "MonitoringAdjustment");
  }
}
