package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The subtotal of a group of indicators (一级/二级指标小计): its weight — including any weight moved
 * to it from an empty sibling ({@link WeightMove}) — and its points: the sum of its indicators'
 * points, multiplied by its raised weight over its table's when it received weight its table does
 * not carry (the {@linkplain #getExplanation() explanation} then shows the multiplication), with
 * the unit's claimed subtotal where every indicator under it has a claim.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGroupScore.class)
@JsonDeserialize(as = ImmutableGroupScore.class)
public interface GroupScore extends WithGroupScore {

  /** The group's code. */
  String getCode();

  /** The group's name, e.g. 管理效率. */
  String getName();

  /** 1 or 2. */
  Integer getLevel();

  /** The parent group's code; absent for level 1. */
  Optional<String> getParentCode();

  /** 分值, after any weight moved to it. */
  BigDecimal getWeight();

  /** Scored, or not applicable when nothing under it applies. */
  ScoreStatus getStatus();

  /**
   * The sum of the points of the indicators under it; for a group that received moved weight its
   * table does not carry, that sum × its weight ÷ its table's weight, rounded by the rulebook's
   * policy and at most its weight.
   */
  BigDecimal getPoints();

  /**
   * The sum of the unit's claimed points under it, when every indicator has one; raised as its
   * points are when it received moved weight its table does not carry, so that the two compare.
   */
  Optional<BigDecimal> getClaimed();

  /** {@code points − claimed}. */
  Optional<BigDecimal> getDifference();

  /**
   * How its points were made when they are not simply the sum of its indicators' (the weight it
   * received: {@code 得分 = 47.50 × 56.25 ÷ 50 = 53.44}); absent otherwise.
   */
  Optional<Message> getExplanation();

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
