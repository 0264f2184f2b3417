package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The file a result is of (输入文件): the path as the caller named it and, for a workbook of
 * several project sheets (项目工作表), the sheet. A score card or a check report written among many
 * — one document per line of JSON Lines — says by it which evaluation it is of. Absent when the
 * caller scored a value it built itself.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInputFile.class)
@JsonDeserialize(as = ImmutableInputFile.class)
public interface InputFile extends WithInputFile {

  /** The most characters of a path: far above any real file system's. */
  int MOST_PATH = 4096;

  /** The most characters of a sheet's name (a workbook allows 31). */
  int MOST_SHEET = 255;

  /** The path as named, e.g. {@code 2021/baiyun.json}. */
  @NotBlank
  @Size(max = MOST_PATH)
  String getPath();

  /** The workbook's sheet the evaluation was imported from, e.g. {@code 项目2}. */
  Optional<@Text @Size(max = MOST_SHEET) String> getSheet();

  /** The file at {@code path}. */
  static InputFile of(String path) {
    return builder().path(path).build();
  }

  /** The sheet {@code sheet} of the workbook at {@code path}. */
  static InputFile of(String path, Optional<String> sheet) {
    return builder().path(path).sheet(sheet).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InputFile}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableInputFile.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "InputFile");
  }
}
