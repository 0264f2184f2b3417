package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * A department's staffing (人员编制): authorised posts (编制数) and staff in post (实有人数), the
 * inputs of 在职人员控制率 (staff in post ÷ authorised posts × 100 %).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStaffing.class)
@JsonDeserialize(as = ImmutableStaffing.class)
public interface Staffing extends WithStaffing {

  /** 编制数: the number of authorised posts. */
  @PositiveOrZero
  Integer getAuthorisedPosts();

  /** 实有人数: the number of staff actually in post. */
  @PositiveOrZero
  Integer getStaffInPost();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Staffing}; {@code build()} throws {@link InvalidValueException} if invalid. */
  final class Builder extends ImmutableStaffing.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Staffing");
  }
}
