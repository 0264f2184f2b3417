package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.JsonPaths;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What reading a report into a draft did (提取记录): the report read, every item with its
 * sentence, the items no rule found (so a person knows what to look for), and what the extractor
 * assumed — a unit defaulted, a figure converted, a list split by guess — in the document's
 * language, Chinese.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtraction.class)
@JsonDeserialize(as = ImmutableExtraction.class)
public interface Extraction extends WithExtraction {

  /** The report read. */
  @NotNull
  ReportSource getReport();

  /** Every item read, in the order of the report. */
  List<ExtractedItem> getItems();

  /** The items no rule found in the report, by name: {@code budget.initial}, {@code staffing}. */
  List<@NotBlank String> getNotFound();

  /** What the extractor assumed or noticed, in the order met. */
  List<@NotBlank String> getNotes();

  /**
   * The item the value at {@code path} (or the nearest value above it) was read by: {@code
   * $.statedFigures[1].numerator} finds the item of that path, else of {@code $.statedFigures[1]},
   * else none.
   */
  default Optional<ExtractedItem> itemOf(String path) {
    return JsonPaths.nearest(path, at -> getItems().stream()
        .filter(i -> i.getPath().filter(at::equals).isPresent()).findFirst());
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Extraction}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableExtraction.Builder {}

  /** Checks the constraints and that no path is given two items. */
  @Value.Check
  default void validate() {
    Validation.check(this, "Extraction", v -> v.unique(
        getItems().stream().filter(i -> i.getPath().isPresent()).toList(),
        i -> i.getPath().get(), "items", "path"));
  }
}
