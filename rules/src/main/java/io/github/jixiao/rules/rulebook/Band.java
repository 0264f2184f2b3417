package io.github.jixiao.rules.rulebook;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One band of a banded rule (分档): the range of values it covers and the points it gives. A band
 * is closed or open at either end, so that both "[80, 90) → 4" (重点支出安排率) and "(0, 10 %] → 2"
 * (预算调整率) can be written; an absent bound is unbounded. A table of bands is ordered by value
 * and must have no gap and no overlap: each band starts where the previous one ends, with exactly
 * one of them including the shared bound.
 *
 * <p>A band of a range-band rule (分档区间, {@code range-bands}) gives not fixed points but a range,
 * {@link #getPoints()} to {@link #getPointsTo()}, inside which the assessor picks — a
 * research-project form's "完成 80 % 以上 41–59".
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBand.class)
@JsonDeserialize(as = ImmutableBand.class)
public interface Band extends WithBand {

  /** The lower bound; absent means no lower bound. */
  @SuppressWarnings("immutables:from") // the builder's from(Band) is written out below
  Optional<BigDecimal> getFrom();

  /** Whether the lower bound belongs to the band; true unless said otherwise. */
  @Value.Default
  default boolean isFromInclusive() {
    return true;
  }

  /** The upper bound; absent means no upper bound. */
  Optional<BigDecimal> getTo();

  /** Whether the upper bound belongs to the band; false unless said otherwise. */
  @Value.Default
  default boolean isToInclusive() {
    return false;
  }

  /**
   * The points a value inside the band earns; in a range band (分档区间), the lowest of its range.
   */
  BigDecimal getPoints();

  /**
   * The highest points of a range band (分档区间): a value inside the band earns from {@link
   * #getPoints()} to this, both included, as the assessor picks ("41–59"). Absent for a band of
   * fixed points, and in a range band means the range is the one figure {@link #getPoints()}
   * ("全部完成 60"). Read only by the rule {@code range-bands}; the rule {@code bands} refuses it.
   * Never below {@link #getPoints()}.
   */
  Optional<BigDecimal> getPointsTo();

  /** The band [{@code from}, {@code to}) → {@code points}; a null bound is unbounded. */
  static Band of(BigDecimal from, BigDecimal to, BigDecimal points) {
    return Band.builder().from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
        .points(points).build();
  }

  /** The band ({@code from}, {@code to}] → {@code points}; a null bound is unbounded. */
  static Band openClosed(BigDecimal from, BigDecimal to, BigDecimal points) {
    return Band.builder().from(Optional.ofNullable(from)).fromInclusive(false)
        .to(Optional.ofNullable(to)).toInclusive(true).points(points).build();
  }

  /** The single value [{@code value}, {@code value}] → {@code points}. */
  static Band exactly(BigDecimal value, BigDecimal points) {
    return Band.builder().from(value).to(value).toInclusive(true).points(points).build();
  }

  /**
   * The range band [{@code from}, {@code to}) → {@code lowest} to {@code highest} points (分档区间);
   * a null bound is unbounded.
   */
  static Band range(BigDecimal from, BigDecimal to, BigDecimal lowest, BigDecimal highest) {
    return Band.builder().from(Optional.ofNullable(from)).to(Optional.ofNullable(to))
        .points(lowest).pointsTo(highest).build();
  }

  /** Whether {@code value} lies in this band. */
  default boolean contains(BigDecimal value) {
    if (getFrom().isPresent()) {
      int c = value.compareTo(getFrom().get());
      if (c < 0 || (c == 0 && !isFromInclusive())) {
        return false;
      }
    }
    if (getTo().isPresent()) {
      int c = value.compareTo(getTo().get());
      return c < 0 || (c == 0 && isToInclusive());
    }
    return true;
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Band}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableBand.Builder {

    /**
     * Fills this builder with every attribute of {@code band}, as every other value's builder
     * does (Immutables cannot generate it here: {@code from} is also the lower bound's setter).
     */
    public Builder from(Band band) {
      from(band.getFrom()).fromInclusive(band.isFromInclusive()).to(band.getTo())
          .toInclusive(band.isToInclusive()).points(band.getPoints())
          .pointsTo(band.getPointsTo());
      return this;
    }
  }

  /**
   * Checks that every required attribute is set and that a range's highest points are not below
   * its lowest; called by {@code build()}.
   */
  @Value.Check
  default void validate() {
    Validation.required(this, "Band");
    if (getPointsTo().isPresent() && getPointsTo().get().compareTo(getPoints()) < 0) {
      Validation.check(this, "Band", v -> v.add("pointsTo", Message.of("rules.band.points-to",
          Argument.number("pointsTo", getPointsTo().get()),
          Argument.number("points", getPoints()))));
    }
  }
}
