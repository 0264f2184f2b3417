package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MeasureValue;
import io.github.jixiao.core.constraint.PercentValue;
import io.github.jixiao.core.constraint.PointsValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The reviewer's row for one indicator (复核明细): beside the unit's own columns, the reviewer's
 * actual value (复核完成值), score (复核得分), the points taken (扣分) or the share of the weight
 * taken (扣分比例, %), the reason (扣分理由) and the evidence relied on (佐证材料), and a note. Any of
 * them may be blank as the workpaper has it: a blank score and a deduction without a reason are
 * the review's own problems, found by the rules module, not refused here.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewEntry.class)
@JsonDeserialize(as = ImmutableReviewEntry.class)
public interface ReviewEntry extends WithReviewEntry {

  /** The code of the indicator of the self-evaluation this row reviews. */
  @NotBlank
  String getIndicatorCode();

  /** 复核完成值: the actual value as the reviewer found it, for a quantitative indicator. */
  Optional<@MeasureValue BigDecimal> getActual();

  /** 复核完成情况: the actual as the reviewer found it in words, for a qualitative one. */
  Optional<@Text String> getActualText();

  /** 复核得分: the reviewer's points; blank when the workpaper leaves it so. */
  Optional<@PointsValue BigDecimal> getScore();

  /** 扣分: the points the reviewer took off the unit's score, where stated. */
  Optional<@PointsValue BigDecimal> getDeduction();

  /** 扣分比例: the share of the indicator's weight taken off, in % (60 for −60 %), where stated. */
  Optional<@PercentValue BigDecimal> getDeductionPercent();

  /** 扣分理由: why points were taken off. */
  Optional<@Text String> getReason();

  /** 佐证材料: the evidence the reviewer relied on, each named as the workpaper names it. */
  List<@Text String> getEvidence();

  /** 备注: the reviewer's note. */
  Optional<@Text String> getNote();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewEntry}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableReviewEntry.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}. Every number at a scale of at least
   * 0 ({@code 3.3E+3} becomes {@code 3300}); a number beyond its bound is left for the check.
   */
  @Value.Check
  default ReviewEntry normalised() {
    return ((ImmutableReviewEntry) ImmutableReviewEntry.copyOf(this))
        .withActual(Numbers.normal(getActual()))
        .withScore(Numbers.normal(getScore()))
        .withDeduction(Numbers.normal(getDeduction()))
        .withDeductionPercent(Numbers.normal(getDeductionPercent()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "ReviewEntry");
  }
}
