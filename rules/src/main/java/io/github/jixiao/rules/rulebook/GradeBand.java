package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** One step of a grade scale (等级档次): totals from {@link #getFrom()} (inclusive) earn the grade. */
@Value.Immutable
@JsonSerialize(as = ImmutableGradeBand.class)
@JsonDeserialize(as = ImmutableGradeBand.class)
public interface GradeBand extends WithGradeBand {

  /** The lowest total of the grade, inclusive, e.g. 90 for 优. */
  @SuppressWarnings("immutables:from") // the builder's from(GradeBand) is written out below
  BigDecimal getFrom();

  /** The grade. */
  Grade getGrade();

  /** Totals from {@code from} earn {@code grade}. */
  static GradeBand of(BigDecimal from, Grade grade) {
    return GradeBand.builder().from(from).grade(grade).build();
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GradeBand}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableGradeBand.Builder {

    /**
     * Fills this builder with every attribute of {@code band}, as every other value's builder
     * does (Immutables cannot generate it here: {@code from} is also the lowest total's setter).
     */
    public Builder from(GradeBand band) {
      from(band.getFrom()).grade(band.getGrade());
      return this;
    }
  }

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "GradeBand");
  }
}
