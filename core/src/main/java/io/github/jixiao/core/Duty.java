package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal function of a budget unit (职责, 职能): the seed lists 14 duties of the district people's
 * congress, 18 of its standing committee and 5 of the standing committee's office. Tasks serve
 * duties; a duty that no task serves is a coverage finding for a reviewer.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDuty.class)
@JsonDeserialize(as = ImmutableDuty.class)
public interface Duty extends WithDuty {

  /** The duty's code, unique within its department, e.g. {@code "office-1"}. */
  @NotBlank
  String getCode();

  /** The duty as the report words it. */
  @NotBlank
  String getText();

  /** The organ that holds the duty when a report lists several, e.g. {@code 区人大常委会}. */
  Optional<@Text String> getOrgan();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Duty}; {@code build()} throws {@link InvalidValueException} if invalid. */
  final class Builder extends ImmutableDuty.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Duty");
  }
}
