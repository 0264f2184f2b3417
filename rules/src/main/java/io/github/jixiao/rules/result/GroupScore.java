package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
public interface GroupScore {

  /** The group's code. */
  @Value.Parameter
  String getCode();

  /** The group's name, e.g. 管理效率. */
  @Value.Parameter
  String getName();

  /** 1 or 2. */
  @Value.Parameter
  int getLevel();

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
}
