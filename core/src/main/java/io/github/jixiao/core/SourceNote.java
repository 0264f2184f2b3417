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
 * What an importer assumed or noticed while reading a table (导入说明): a unit defaulted, an
 * operator guessed from OCR damage, a header matched loosely, a hidden row or sheet, a formula
 * with no cached value — recorded on the document, as the seed's assumptions are, with the cell
 * where there is one. Written in the document's language (Chinese), as the table is.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceNote.class)
@JsonDeserialize(as = ImmutableSourceNote.class)
public interface SourceNote extends WithSourceNote {

  /** The cell the note is about, {@code 项目1!C5}; empty for the whole table. */
  Optional<@Text String> getCell();

  /** What was assumed or noticed, and why. */
  @NotBlank
  String getText();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceNote}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableSourceNote.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "SourceNote");
  }
}
