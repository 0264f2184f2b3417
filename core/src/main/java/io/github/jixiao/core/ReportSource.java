package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The report a draft was extracted from (来源报告): the file's name, its format, the text encoding
 * a plain-text file was read in, and how many paragraphs (and, for a PDF, pages) were read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportSource.class)
@JsonDeserialize(as = ImmutableReportSource.class)
public interface ReportSource extends WithReportSource {

  /** The file's name as given, e.g. {@code 2021年部门整体支出绩效自评报告.docx}. */
  @NotBlank
  String getFile();

  /** The kind of file. */
  @NotNull
  ReportFormat getFormat();

  /** The encoding a text file was read in, {@code UTF-8} or {@code GB18030}; absent otherwise. */
  Optional<@Text String> getEncoding();

  /** How many paragraphs (段落) were read, each numbered from 1 in the items. */
  @PositiveOrZero
  Integer getParagraphs();

  /** How many pages a PDF has; absent for other formats. */
  Optional<@Positive Integer> getPages();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportSource}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableReportSource.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "ReportSource");
  }
}
