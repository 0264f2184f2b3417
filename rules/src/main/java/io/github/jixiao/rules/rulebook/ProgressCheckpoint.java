package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.value.Validation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A checkpoint of a progress curve (进度节点): by the end of {@link #getMonth() month} m this share
 * of the year's target should be reached — "50 % before the Spring Festival, 100 % by the end of
 * June" is {@code (2, 50, "春节前")} and {@code (6, 100, "6月底前")}. Between checkpoints progress
 * is linear, from 0 at the start of the year; after the last it stays at the last share.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressCheckpoint.class)
@JsonDeserialize(as = ImmutableProgressCheckpoint.class)
public interface ProgressCheckpoint extends WithProgressCheckpoint {

  /** The month, 1 to 12, by whose end the share is due. */
  @Min(1)
  @Max(12)
  Integer getMonth();

  /** The share of the annual target due by then, in % (50 for 50 %): above 0, at most 100. */
  @NotNull
  @Positive
  @DecimalMax("100")
  @Digits(integer = 3, fraction = 2)
  BigDecimal getPercent();

  /** The checkpoint as the bureau's notice words it: 春节前, 6月底前. */
  Optional<@Text String> getLabel();

  /** The checkpoint of {@code percent} % by the end of {@code month}. */
  static ProgressCheckpoint of(int month, BigDecimal percent) {
    return builder().month(month).percent(percent).build();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgressCheckpoint}. */
  final class Builder extends ImmutableProgressCheckpoint.Builder {}

  /** Checks the constraints; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.check(this, "ProgressCheckpoint");
  }
}
