package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Grade;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** One step of a grade scale (等级档次): totals from {@link #getFrom()} (inclusive) earn the grade. */
@Value.Immutable
@JsonSerialize(as = ImmutableGradeBand.class)
@JsonDeserialize(as = ImmutableGradeBand.class)
public interface GradeBand {

  /** The lowest total of the grade, inclusive, e.g. 90 for 优. */
  BigDecimal getFrom();

  /** The grade. */
  Grade getGrade();

  /** Totals from {@code from} earn {@code grade}. */
  static GradeBand of(BigDecimal from, Grade grade) {
    return ImmutableGradeBand.builder().from(from).grade(grade).build();
  }
}
