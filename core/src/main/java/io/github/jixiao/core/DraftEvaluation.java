package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A draft self-evaluation read from a report (绩效自评提取稿): the self-evaluation the report's
 * text gives — its budget figures, claimed total and grade, stated figures, claims, problems,
 * improvement measures, duties, organisational units and staffing — and the {@link Extraction}
 * that says, for every value, the sentence it was read from and how sure the rule is. It is a
 * draft: a person confirms it, and it is its own document so that it is never scored or filed as
 * a confirmed self-evaluation by mistake. The evaluation is absent when the report does not give
 * what a self-evaluation needs (the full-year budget and the amount executed, the year): the
 * extraction then says what was not found.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDraftEvaluation.class)
@JsonDeserialize(as = ImmutableDraftEvaluation.class)
public interface DraftEvaluation extends WithDraftEvaluation {

  /** The self-evaluation as extracted, when the report gives what one needs. */
  Optional<SelfEvaluation> getEvaluation();

  /** How it was extracted: every item with its sentence, what was not found, what was assumed. */
  @NotNull
  Extraction getExtraction();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DraftEvaluation}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableDraftEvaluation.Builder {}

  /** Checks the constraints, and that items point into an evaluation only when there is one. */
  @Value.Check
  default void validate() {
    Validation.check(this, "DraftEvaluation", v -> {
      if (getEvaluation().isEmpty()) {
        var items = getExtraction().getItems();
        for (int i = 0; i < items.size(); i++) {
          v.require(items.get(i).getPath().isEmpty(), "extraction.items[" + i + "].path",
              Message.of("core.draft.no-evaluation"));
        }
      }
    });
  }
}
