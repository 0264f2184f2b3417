package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The self-evaluation a review is of (被复核的自评), by reference: the unit's department code and
 * the fiscal year, which must match the evaluation it is read beside, its title, and the file it
 * is in (a path relative to the review's own file), where the review names one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReviewedEvaluation.class)
@JsonDeserialize(as = ImmutableReviewedEvaluation.class)
public interface ReviewedEvaluation extends WithReviewedEvaluation {

  /** 单位编码: the code of the department whose self-evaluation is reviewed. */
  @NotBlank
  String getDepartmentCode();

  /** 年度: the fiscal year of the self-evaluation, e.g. 2021. */
  @Min(2000)
  @Max(2100)
  Integer getFiscalYear();

  /** 自评标题: the self-evaluation's title, where named. */
  Optional<@Text String> getTitle();

  /** 自评文件: the self-evaluation's file, relative to the review's, where named. */
  Optional<@Text String> getFile();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewedEvaluation}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableReviewedEvaluation.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "ReviewedEvaluation");
  }
}
