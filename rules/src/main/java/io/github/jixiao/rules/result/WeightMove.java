package io.github.jixiao.rules.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.value.Validation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the scorer did with a rulebook group the evaluation's table leaves empty (权重调整): a
 * group such as 满意度 that moves its weight to others ({@code redistributeTo}: 产出, 效益) when
 * the table gives no indicator under it.
 *
 * <ul>
 *   <li>{@linkplain #isCarriedByTable() Carried by the table}: the unit moved the weight itself —
 *       the targets' leaves in the table already weigh their own weights plus this one (产出 56.25
 *       and 效益 33.75, or 55 and 35) — and the table is scored as it is.
 *   <li>Moved by the rules: the targets' table leaves keep their own weights (产出 50, 效益 30);
 *       each target receives a share in proportion to its weight ({@link #getReceived()}: 6.25 and
 *       3.75 of 满意度's 10), and its subtotal is multiplied by its raised weight over its own
 *       (56.25 ÷ 50), as its {@link GroupScore#getExplanation() explanation} shows.
 *   <li>Not applicable: no target can take it (they are empty too); {@link #getReceived()} is
 *       empty and the total is rescaled to the full score (按百分制折算).
 * </ul>
 *
 * <p>The checks read a table the same way: a weight the table does not carry is not missing from
 * it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeightMove.class)
@JsonDeserialize(as = ImmutableWeightMove.class)
public interface WeightMove extends WithWeightMove {

  /** The empty group's code in the rulebook, e.g. {@code 4} (满意度 in mof-project-2020). */
  String getGroup();

  /**
   * The code of the table's row the group is bound to, when the table keeps a row for it without
   * any indicator under it (an empty {@code 04 满意度指标 10}); absent when the table has no row.
   */
  Optional<String> getTableCode();

  /** The empty group's name in the rulebook, e.g. 满意度. */
  String getName();

  /** The empty group's parent code; absent for a level-1 group. */
  Optional<String> getParentCode();

  /** 分值: the weight the group would have carried. */
  BigDecimal getWeight();

  /**
   * The weight each target received, by the target's rulebook code, in the rulebook's order;
   * empty when none could (the group does not apply).
   */
  Map<String, BigDecimal> getReceived();

  /** Whether the table's own weights already carry the moved weight. */
  @Value.Default
  default boolean isCarriedByTable() {
    return false;
  }

  /**
   * Whether nothing received the weight: the group does not apply. Derived from {@link
   * #getReceived()}, so not a field of the score-card document (which Jixiao would write and then
   * refuse to read).
   */
  @JsonIgnore
  default boolean isNotApplicable() {
    return getReceived().isEmpty();
  }

  /** A new builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link WeightMove}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableWeightMove.Builder {}

  /** Checks that every required attribute is set; called by {@code build()}. */
  @Value.Check
  default void validate() {
    Validation.required(this, "WeightMove");
  }
}
