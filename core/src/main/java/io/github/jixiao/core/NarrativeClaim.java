package io.github.jixiao.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A conclusion the narrative of a report draws (结论性表述), with the sentence quoted: the seed
 * claims "均达到了年初设定的各项绩效目标" while admitting "预算完成率未能达到100%". A reviewer
 * holds such claims against the numbers.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNarrativeClaim.class)
@JsonDeserialize(as = ImmutableNarrativeClaim.class)
public interface NarrativeClaim extends WithNarrativeClaim {

  /** What is claimed. */
  @NotNull
  ClaimKind getKind();

  /** The sentence as the report words it. */
  @NotBlank
  String getQuote();

  /** The report's section the sentence stands in, e.g. 部门整体绩效管理情况. */
  Optional<@Text String> getSection();

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NarrativeClaim}; {@code build()} throws {@link InvalidValueException}. */
  final class Builder extends ImmutableNarrativeClaim.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "NarrativeClaim");
  }
}
