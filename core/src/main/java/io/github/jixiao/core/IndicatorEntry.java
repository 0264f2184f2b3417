package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.PercentValue;
import io.github.jixiao.core.constraint.PointsValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The unit's line for one indicator in its self-evaluation table (自评表): the actual value
 * (实际完成值) or the qualitative level reached, the points it gave itself (自评得分) and, when the
 * target was missed, its reason (偏差原因); in the coefficient form, the 得分系数 of the weight it
 * earned.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicatorEntry.class)
@JsonDeserialize(as = ImmutableIndicatorEntry.class)
public interface IndicatorEntry extends WithIndicatorEntry {

  /** The code of the indicator this entry is for, in the evaluation's table or its rulebook. */
  @NotBlank
  String getIndicatorCode();

  /** 实际完成值: the actual value of a quantitative indicator. */
  Optional<@MeasureValue BigDecimal> getActual();

  /** The actual result in words, where the table states one. */
  Optional<@Text String> getActualText();

  /**
   * 实际完成值 exactly as the table wrote it: "200余人", "10月", "/", "及时", "98.5%". The actual and
   * the level are read from it as {@link #getReading()} says.
   */
  Optional<@Text String> getActualWritten();

  /**
   * How the actual was read from {@link #getActualWritten()}: a number (exact, approximate, a
   * month), not applicable, a level, or unreadable. With a reading the written text is given; an
   * exact, approximate or month reading gives the actual, a level reading the level, and a
   * not-applicable or unreadable one neither: an unreadable actual is a reviewer's finding, never
   * a 0.
   */
  Optional<ActualReading> getReading();

  /** The level a qualitative indicator reached. */
  Optional<QualitativeLevel> getLevel();

  /** 自评得分: the points the unit gave itself. */
  Optional<@PointsValue BigDecimal> getClaimedScore();

  /**
   * 得分系数: the share of the weight the indicator earned, in percent from 0 to 100 (80 for 80 %),
   * in the coefficient form (the Chongqing-style 部门整体绩效自评表: "指标得分 = 指标权重 × 得分系数"),
   * scored by the rule {@code coefficient}. Confirmed by the published table's columns; whether
   * the coefficient is the unit's or the assessor's is the form's business.
   */
  Optional<@PercentValue BigDecimal> getCoefficient();

  /**
   * 扣减分数: points the unit's table takes off this indicator in a column of its own, beside
   * its score (the vendor import sheet: column 9 指标得分 "不包含扣减分数", column 10 扣减分数).
   * Not negative (a negative one would add points), at most 3 integer digits and 2 decimals, as
   * a claimed score. Under a rulebook that subtracts the column it is taken off the rules'
   * points, floored at 0, and {@link #getClaimedScore()} is the score before it; under one that
   * does not, it is not taken, and the score card says so.
   */
  Optional<@PositiveOrZero @PointsValue BigDecimal> getDeduction();

  /** 完成情况简要描述: how the indicator was completed, in the unit's words. */
  Optional<@Text String> getCompletion();

  /**
   * 佐证材料: the evidence the unit names for the actual, each as the table names it (问卷调查表,
   * 验收报告, 会议纪要); empty when the table names none.
   */
  List<@Text String> getEvidence();

  /** 偏差原因: why the target was missed, in the unit's words. */
  Optional<@Text String> getDeviationReason();

  /** Present when a value is not the report's own: what was assumed, and why. */
  Optional<@Text String> getAssumption();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorEntry}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableIndicatorEntry.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default IndicatorEntry normalised() {
    return ((ImmutableIndicatorEntry) ImmutableIndicatorEntry.copyOf(this))
        .withActual(Numbers.normal(getActual()))
        .withClaimedScore(Numbers.normal(getClaimedScore()))
        .withCoefficient(Numbers.normal(getCoefficient()))
        .withDeduction(Numbers.normal(getDeduction()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "IndicatorEntry", v -> getReading().ifPresent(r -> {
      v.require(getActualWritten().isPresent(), "actualWritten",
          () -> Message.of("core.entry.reading-needs-written",
              Argument.message("reading", Message.label(r)), Argument.text("field",
                  "actualWritten")));
      boolean number = r == ActualReading.EXACT || r == ActualReading.APPROXIMATE
          || r == ActualReading.DATE;
      v.require(number == getActual().isPresent(), "actual",
          () -> Message.of(number ? "core.entry.reading-needs-actual"
              : "core.entry.reading-no-actual", Argument.message("reading", Message.label(r)),
              Argument.text("field", "actual")));
      v.require(r != ActualReading.LEVEL || getLevel().isPresent(), "level",
          () -> Message.of("core.entry.reading-needs-level", Argument.text("field", "level")));
    }));
  }
}
