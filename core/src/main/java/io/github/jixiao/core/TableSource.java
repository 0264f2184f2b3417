package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The table an evaluation was imported from (来源表格): the file, the sheet, the layout it was
 * read as (formats.md: {@code A} the national 2020 project form, {@code B} Sichuan 2023, {@code C}
 * the Chongqing-style department-wide form, {@code D} the 20/80 municipal form, {@code F} the
 * vendor's 12-column sheet), the cell every value was read from, and what the importer assumed.
 * Absent on a document written by hand.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTableSource.class)
@JsonDeserialize(as = ImmutableTableSource.class)
public interface TableSource extends WithTableSource {

  /** The file's name as given, e.g. {@code 2023自评表.xlsx}. */
  @NotBlank
  String getFile();

  /** The sheet, e.g. {@code 项目1}. */
  @NotBlank
  String getSheet();

  /** The layout the sheet was read as, e.g. {@code A}; with its name in {@link #getLayoutName()}. */
  @NotBlank
  String getLayout();

  /** The layout's name, e.g. 项目支出绩效自评表（2020年全国通用格式）. */
  Optional<@Text String> getLayoutName();

  /** Where each value was read: one entry per value, by JSON path. */
  List<SourceCell> getCells();

  /** What the importer assumed or noticed, in the order met. */
  List<SourceNote> getNotes();

  /**
   * The cell the value at {@code path} (or the nearest value above it) was read from: {@code
   * $.entries[3].actual} finds the cell of {@code $.entries[3].actual}, else of {@code
   * $.entries[3]}, else none.
   */
  default Optional<String> cellOf(String path) {
    return JsonPaths.nearest(path, at -> getCells().stream().filter(c -> c.getPath().equals(at))
        .map(SourceCell::getCell).findFirst());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TableSource}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableTableSource.Builder {}

  /** Checks the constraints and that no path is given two cells. */
  @Value.Check
  default void validate() {
    Validation.check(this, "TableSource", v -> v.unique(getCells(), SourceCell::getPath,
        "cells", "path"));
  }
}
