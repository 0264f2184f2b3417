package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.PointsValue;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A review of a self-evaluation (自评复核, 抽评): by the finance bureau or a firm it hires, it keeps
 * the unit's columns and adds its own per indicator ({@link ReviewEntry}: 复核完成值, 复核得分, 扣分
 * with its reason and 佐证), and its own total (复核总分) and grade (复核等级). It names the
 * self-evaluation it is of ({@link ReviewedEvaluation}); the rules module sets the two beside each
 * other (偏离度 = (自评得分 − 复核得分) ÷ 自评得分). At most one row per indicator.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public interface Review extends WithReview {

  /** 被复核的自评: the self-evaluation reviewed. */
  @NotNull
  @Valid
  ReviewedEvaluation getEvaluation();

  /** 复核单位: who reviewed, e.g. 某会计师事务所; where named. */
  Optional<@Text String> getReviewer();

  /** 复核明细: the reviewer's rows, at most one per indicator, in the table's order. */
  List<@Valid ReviewEntry> getEntries();

  /** 复核总分: the reviewer's total, where stated. */
  Optional<@PointsValue BigDecimal> getTotal();

  /** 复核等级: the reviewer's grade, where stated. */
  Optional<Grade> getGrade();

  /** The row for {@code indicatorCode}, if the review has one. */
  default Optional<ReviewEntry> entry(String indicatorCode) {
    return getEntries().stream().filter(e -> e.getIndicatorCode().equals(indicatorCode))
        .findFirst();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableReview.Builder {}

  /** Not for callers: Immutables calls it from {@code build()}; see {@link ReviewEntry}. */
  @Value.Check
  default Review normalised() {
    return ((ImmutableReview) ImmutableReview.copyOf(this)).withTotal(Numbers.normal(getTotal()));
  }

  /** Checks the constraints and that no indicator has two rows; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Review", v -> v.unique(getEntries(), ReviewEntry::getIndicatorCode,
        "entries", "indicatorCode"));
  }
}
