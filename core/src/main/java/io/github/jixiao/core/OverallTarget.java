package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The year's overall performance target and what became of it (年度总体目标及完成情况), as the
 * 自评表 states them in free text above the indicator rows: 预期目标 (项目年度目标, 年初绩效目标),
 * where the form has one the target as adjusted (全年(调整)绩效目标), 实际完成情况 (年度目标完成情况,
 * 全年目标实际完成情况), and 未能完成原因 where the target was not met. Layouts A, B, C and E of
 * formats.md; the text is the unit's, kept as written. At least one of the four is given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOverallTarget.class)
@JsonDeserialize(as = ImmutableOverallTarget.class)
public interface OverallTarget extends WithOverallTarget {

  /** 预期目标 / 年度总体目标 / 年初绩效目标: the target as set at the start of the year. */
  Optional<@Text String> getExpected();

  /** 全年(调整)绩效目标: the target as adjusted during the year, where the form has the column. */
  Optional<@Text String> getAdjusted();

  /** 实际完成情况 / 整体绩效目标完成情况: what was achieved, in the unit's words. */
  Optional<@Text String> getCompletion();

  /** 未能完成原因: why the target was not met, where the form asks. */
  Optional<@Text String> getUnmetReason();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OverallTarget}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableOverallTarget.Builder {}

  /** Checks the constraints and that something is said. */
  @Value.Check
  default void validate() {
    Validation.check(this, "OverallTarget", v -> v.require(getExpected().isPresent()
        || getAdjusted().isPresent() || getCompletion().isPresent()
        || getUnmetReason().isPresent(), "expected", Message.of("core.overall-target.empty")));
  }
}
