package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.MoneyAmount;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Numbers;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A key project of the department (重点项目) with its budget and spending, e.g. the seed's
 * 区人大会议项目 (the district congress sessions). In a project self-evaluation (项目支出绩效自评)
 * it is the project evaluated.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProject.class)
@JsonDeserialize(as = ImmutableProject.class)
public interface Project extends WithProject {

  /** The project's code, unique within the evaluation. */
  @NotBlank
  String getCode();

  /** The project's name, e.g. 区人大会议项目. */
  @NotBlank
  String getName();

  /** The unit of the amounts; 万元 unless said otherwise. */
  @Value.Default
  default MoneyUnit getUnit() {
    return MoneyUnit.WAN_YUAN;
  }

  /** 项目预算数, where the report gives it (the seed names its project but not its money). */
  Optional<@MoneyAmount BigDecimal> getBudget();

  /** 项目执行数, where the report gives it. */
  Optional<@MoneyAmount BigDecimal> getExecuted();

  /** What the project achieved, in the report's words, e.g. 会议按预期目标成功召开. */
  Optional<@Text String> getOutcome();

  /** Present when a value is not the report's own: what was assumed, and why. */
  Optional<@Text String> getAssumption();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}; {@code build()} throws {@link InvalidValueException} if invalid. */
  final class Builder extends ImmutableProject.Builder {}

  /**
   * Not for callers: Immutables calls it from {@code build()}, which already returns a normalised
   * value; it is public only because an interface's methods are. It gives this value with every
   * number at a scale of at least 0 ({@code 3.3E+3} becomes {@code 3300}), so that a value built
   * from {@code 33E+2} equals one built from {@code 3300} and is written as it was read. A number
   * beyond its bound is left as it is, for the check to refuse.
   */
  @Value.Check
  default Project normalised() {
    return ((ImmutableProject) ImmutableProject.copyOf(this))
        .withBudget(Numbers.normal(getBudget()))
        .withExecuted(Numbers.normal(getExecuted()));
  }

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Project");
  }
}
