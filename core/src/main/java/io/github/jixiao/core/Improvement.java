package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * An improvement measure the report promises (改进措施), with the areas it concerns, e.g.
 * 着力加强预算编制管理.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImprovement.class)
@JsonDeserialize(as = ImmutableImprovement.class)
public interface Improvement extends WithImprovement {

  /** The measure in the report's words. */
  @NotBlank
  String getText();

  /** The areas it concerns. */
  List<@NotBlank String> getAreas();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Improvement}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableImprovement.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Improvement");
  }
}
