package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a rulebook lights a mid-year monitoring report (绩效运行监控信号灯): the thresholds of the
 * ratio v of a figure to its time progress (序时进度), and the progress curve. The defaults ({@link
 * #standard()}) are a vendor system's as lifecycle.md §2 gives them: a positive indicator with v
 * below 60 is red, from 60 yellow, from 80 green, from 120 blue (ahead); budget execution below 60
 * red, from 60 yellow, from 80 green; time progress linear, month ÷ 12.
 *
 * <p>A checkpoint curve ({@link #getCheckpoints()}: 50 % by the end of February, 100 % by the end
 * of June) replaces the linear one for the indicators and the budget alike; between checkpoints
 * progress is linear from 0 at the start of the year, and after the last it stays at the last
 * share. That reading of a notice's checkpoints is a reconstruction: no configured system at hand
 * says how a month between two checkpoints is judged. Every threshold is above 0, at most 9999.99,
 * with 2 decimals at most, and each is below the next; checkpoints come month after month with
 * shares that never fall.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMonitoringSettings.class)
@JsonDeserialize(as = ImmutableMonitoringSettings.class)
public interface MonitoringSettings extends WithMonitoringSettings {

  /** The default threshold of a yellow light: 60. */
  BigDecimal SIXTY = new BigDecimal("60");
  /** The default threshold of a green light: 80. */
  BigDecimal EIGHTY = new BigDecimal("80");
  /** The default threshold of a blue light (ahead of time): 120. */
  BigDecimal HUNDRED_TWENTY = new BigDecimal("120");

  /** 黄灯下限: a positive indicator's v from this is yellow, below it red; 60 unless said. */
  @Value.Default
  @Positive
  @Digits(integer = 4, fraction = 2)
  default BigDecimal getYellowFrom() {
    return SIXTY;
  }

  /** 绿灯下限: a positive indicator's v from this is green; 80 unless said. */
  @Value.Default
  @Positive
  @Digits(integer = 4, fraction = 2)
  default BigDecimal getGreenFrom() {
    return EIGHTY;
  }

  /** 蓝灯下限: a positive indicator's v from this is blue, ahead of time; 120 unless said. */
  @Value.Default
  @Positive
  @Digits(integer = 4, fraction = 2)
  default BigDecimal getBlueFrom() {
    return HUNDRED_TWENTY;
  }

  /** 预算执行黄灯下限: budget execution's v from this is yellow, below it red; 60 unless said. */
  @Value.Default
  @Positive
  @Digits(integer = 4, fraction = 2)
  default BigDecimal getBudgetYellowFrom() {
    return SIXTY;
  }

  /** 预算执行绿灯下限: budget execution's v from this is green; 80 unless said. */
  @Value.Default
  @Positive
  @Digits(integer = 4, fraction = 2)
  default BigDecimal getBudgetGreenFrom() {
    return EIGHTY;
  }

  /** 进度节点: the progress curve's checkpoints; empty, the default, for linear time progress. */
  List<@Valid ProgressCheckpoint> getCheckpoints();

  /** The vendor system's lights against linear time progress. */
  static MonitoringSettings standard() {
    return STANDARD;
  }

  /** {@link #standard()}, made once. */
  MonitoringSettings STANDARD = builder().build();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MonitoringSettings}. */
  final class Builder extends ImmutableMonitoringSettings.Builder {}

  /** Checks the constraints, the order of the thresholds and of the checkpoints. */
  @Value.Check
  default void validate() {
    Validation.check(this, "MonitoringSettings", v -> {
      below(v, "yellowFrom", getYellowFrom(), "greenFrom", getGreenFrom());
      below(v, "greenFrom", getGreenFrom(), "blueFrom", getBlueFrom());
      below(v, "budgetYellowFrom", getBudgetYellowFrom(), "budgetGreenFrom",
          getBudgetGreenFrom());
      List<ProgressCheckpoint> points = getCheckpoints();
      for (int i = 1; i < points.size(); i++) {
        ProgressCheckpoint before = points.get(i - 1);
        ProgressCheckpoint at = points.get(i);
        v.require(before.getMonth() < at.getMonth()
            && before.getPercent().compareTo(at.getPercent()) <= 0, "checkpoints[" + i + "]",
            () -> Message.of("rules.monitoring.checkpoint-order",
                Argument.number("month", at.getMonth()), Argument.number("percent",
                    at.getPercent()), Argument.number("beforeMonth", before.getMonth()),
                Argument.number("beforePercent", before.getPercent())));
      }
    });
  }

  private static void below(Validation.Invariants v, String lower, BigDecimal low,
      String upper, BigDecimal high) {
    v.require(low == null || high == null || low.compareTo(high) < 0, upper,
        () -> Message.of("rules.monitoring.threshold-order", Argument.text("lower", lower),
            Argument.number("low", low), Argument.text("upper", upper),
            Argument.number("high", high)));
  }
}
