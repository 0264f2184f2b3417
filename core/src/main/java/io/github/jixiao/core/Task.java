package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of the year's work (年度工作任务); a key task (重点工作任务) is one the unit singled out.
 * It serves some of the department's duties, and may count what was planned and what was done
 * (the inputs of 实际完成率 and 重点工作办结率).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(as = ImmutableTask.class)
public interface Task extends WithTask {

  /** The task's code, unique within the evaluation. */
  @NotBlank
  String getCode();

  /** What the task is, in the report's words. */
  @NotBlank
  String getTitle();

  /** The report's heading the task stands under, e.g. 坚持党的领导. */
  Optional<@Text String> getHeading();

  /** The codes of the department's duties the task serves. */
  List<@NotBlank String> getDutyCodes();

  /** Whether it is a key task (重点工作). */
  @Value.Default
  default boolean isKey() {
    return false;
  }

  /** How many units of work were planned (计划数), where the report says. */
  Optional<@PositiveOrZero Integer> getPlannedCount();

  /** How many were done (完成数), where the report says, e.g. 49 party-group meetings. */
  Optional<@PositiveOrZero Integer> getCompletedCount();

  /**
   * Present when something about the task is not the report's own (such as which duties it
   * serves): what was assumed, and why.
   */
  Optional<@Text String> getAssumption();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Task}; {@code build()} throws {@link InvalidValueException} if invalid. */
  final class Builder extends ImmutableTask.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Task");
  }
}
