package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The subtotal of a group of indicators (一级/二级指标小计): its weight — including any weight moved
 * to it from an empty sibling — and the sum of its indicators' points, with the unit's claimed
 * subtotal where every indicator under it has a claim.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupScore.class)
@JsonDeserialize(as = ImmutableGroupScore.class)
public interface GroupScore extends WithGroupScore {

  /** The group's code. */
  @Value.Parameter
  String getCode();

  /** The group's name, e.g. 管理效率. */
  @Value.Parameter
  String getName();

  /** 1 or 2. */
  @Value.Parameter
  Integer getLevel();

  /** The parent group's code; absent for level 1. */
  @Value.Parameter
  Optional<String> getParentCode();

  /** 分值, after any weight moved to it. */
  @Value.Parameter
  BigDecimal getWeight();

  /** Scored, or not applicable when nothing under it applies. */
  @Value.Parameter
  ScoreStatus getStatus();

  /** The sum of the points of the indicators under it. */
  @Value.Parameter
  BigDecimal getPoints();

  /** The sum of the unit's claimed points under it, when every indicator has one. */
  @Value.Parameter
  Optional<BigDecimal> getClaimed();

  /** {@code points − claimed}. */
  @Value.Parameter
  Optional<BigDecimal> getDifference();

  /**
   * The whole value in one step, every attribute in declaration order: how the scorer builds it
   * (a builder would copy every list twice). Validated as a built value is.
   */
  static GroupScore of(String code, String name, int level, Optional<String> parentCode, BigDecimal weight, ScoreStatus status, BigDecimal points, Optional<? extends BigDecimal> claimed, Optional<? extends BigDecimal> difference) {
    return ImmutableGroupScore.of(code, name, level, parentCode, weight, status, points, claimed, difference);
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GroupScore}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableGroupScore.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "GroupScore");
  }
}
