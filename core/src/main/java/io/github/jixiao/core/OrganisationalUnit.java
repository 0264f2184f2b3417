package io.github.jixiao.core;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisational unit inside a department (内设机构): a committee, an office, a section (科).
 * Units form a tree through {@link #getParentCode()}: the seed's 办公室 has four sections.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisationalUnit.class)
@JsonDeserialize(as = ImmutableOrganisationalUnit.class)
public interface OrganisationalUnit extends WithOrganisationalUnit {

  /** The unit's code, unique within its department. */
  @NotBlank
  String getCode();

  /** The unit's name, e.g. {@code 财政经济委员会}. */
  @NotBlank
  String getName();

  /** What sort of unit it is, as the report says: 专门委员会, 办事机构, 科, 工作委员会. */
  Optional<@Text String> getCategory();

  /** The code of the unit this one belongs to; absent for a top-level unit. */
  Optional<@Text String> getParentCode();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrganisationalUnit}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableOrganisationalUnit.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "OrganisationalUnit", v -> v.require(
        !getParentCode().equals(Optional.of(getCode())), "parentCode",
        () -> Message.of("core.unit.own-parent", Argument.text("code", Echo.text(getCode())))));
  }
}
