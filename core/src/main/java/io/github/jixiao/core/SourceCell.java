package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * Where one value of an imported document was read (来源单元格): the value's JSON path in the
 * document ({@code $.entries[3].actual}) and the cell it came from ({@code 项目1!H12}), so that a
 * finding about the value can point at the cell the unit filled in.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceCell.class)
@JsonDeserialize(as = ImmutableSourceCell.class)
public interface SourceCell extends WithSourceCell {

  /** The JSON path of the value in the document, from the root: {@code $.budget.fullYear}. */
  @NotBlank
  String getPath();

  /** The cell, as Excel names it: {@code 项目1!H12}, {@code 'Sheet 1'!B4}. */
  @NotBlank
  String getCell();

  /** The value at {@code path} was read from {@code cell}. */
  static SourceCell of(String path, String cell) {
    return builder().path(path).cell(cell).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceCell}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableSourceCell.Builder {}

  /** Checks the constraints, and that the path starts at the root. */
  @Value.Check
  default void validate() {
    Validation.check(this, "SourceCell", v -> v.require(getPath().startsWith("$"), "path",
        io.github.jixiao.core.message.Message.of("core.source.path")));
  }
}
