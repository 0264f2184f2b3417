package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing read from a report's text (提取项): what it is ({@code budget.fullYear}), the rule
 * that read it, where it went in the draft's evaluation (a JSON path), the words as written
 * ("全年预算数 3306.19 万元"), the sentence they stand in, where that is — the paragraph, counted
 * from 1, and the range of the words in it, in UTF-16 code units as Java and JavaScript index a
 * string; the page of a PDF, the line of a text file — the section of the report's outline, and
 * how sure the rule is. A person confirms it; nothing extracted is certain.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtractedItem.class)
@JsonDeserialize(as = ImmutableExtractedItem.class)
public interface ExtractedItem extends WithExtractedItem {

  /** What was read, by the extraction rules' name for it, e.g. {@code budget.fullYear}. */
  @NotBlank
  String getItem();

  /** The id of the rule that read it, e.g. {@code budget-full-year}. */
  @NotBlank
  String getRule();

  /**
   * The JSON path of the value in the draft's evaluation, from the root: {@code $.budget.fullYear},
   * {@code $.narrativeClaims[0]}; absent for what has no place there (a count of units whose
   * names the report does not list).
   */
  Optional<@Text String> getPath();

  /** The words read, as the report writes them: 全年预算数 3306.19 万元. */
  @NotBlank
  String getWritten();

  /** The sentence the words stand in, as the report writes it. */
  @NotBlank
  String getSentence();

  /** The paragraph (段落) the sentence is in, counted from 1. */
  @Positive
  Integer getParagraph();

  /** Where the words start in the paragraph (the first is 0). */
  @PositiveOrZero
  Integer getStart();

  /** Where the words end in the paragraph: the first code unit after them. */
  @PositiveOrZero
  Integer getEnd();

  /** The page of a PDF the paragraph starts on, counted from 1. */
  Optional<@Positive Integer> getPage();

  /** The line of a text file the paragraph starts on, counted from 1. */
  Optional<@Positive Integer> getLine();

  /** The section of the report the sentence is in, as its heading is printed: 部门整体收支情况. */
  Optional<@Text String> getSection();

  /** How sure the rule is. */
  @NotNull
  Confidence getConfidence();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExtractedItem}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableExtractedItem.Builder {}

  /** Checks the constraints, that the path starts at the root and the range is not reversed. */
  @Value.Check
  default void validate() {
    Validation.check(this, "ExtractedItem", v -> {
      v.require(getPath().map(p -> p.startsWith("$")).orElse(true), "path",
          Message.of("core.source.path"));
      v.require(getStart() <= getEnd(), "end", () -> Message.of("core.extraction.range",
          Argument.number("start", getStart()), Argument.number("end", getEnd())));
    });
  }
}
