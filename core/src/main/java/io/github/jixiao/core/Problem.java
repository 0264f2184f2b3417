package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * A problem the report admits (存在的问题), with the areas (预算编制, 资金管理) or indicator codes it
 * concerns. A problem in an area whose indicators all kept full points is a sign of an inflated
 * self-score (自评虚高).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProblem.class)
@JsonDeserialize(as = ImmutableProblem.class)
public interface Problem extends WithProblem {

  /** The problem in the report's words, e.g. 预算编制工作有待细化. */
  @NotBlank
  String getText();

  /** The areas it concerns, e.g. 预算编制, 预算执行. */
  List<@NotBlank String> getAreas();

  /** The codes of the indicators it concerns. */
  List<@NotBlank String> getIndicatorCodes();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Problem}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableProblem.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Problem");
  }
}
