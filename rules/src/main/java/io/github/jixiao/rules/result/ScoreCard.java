package io.github.jixiao.rules.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.constraint.Text;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Validation;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A score card (评分表): what the rules give a self-evaluation under a rulebook — every scored
 * indicator with its points and why ({@link IndicatorScore}), the subtotal of every group ({@link
 * GroupScore}), the total (总分: the sum of the rounded indicator points, rescaled to the full
 * score when some indicators do not apply), the grade (等级) read from the total, and the
 * differences from what the unit claimed. Notes say, as structured data, everything the scorer had
 * to decide: weight moved from an empty group, indicators that do not apply and the rescaling,
 * table indicators or deductions that the rulebook does not score.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScoreCard.class)
@JsonDeserialize(as = ImmutableScoreCard.class)
public interface ScoreCard extends WithScoreCard {

  /** The id of the rulebook applied. */
  String getRulebook();

  /** The rulebook's title. */
  String getRulebookTitle();

  /**
   * Where the rulebook applied stands (来源状态): confirmed, partly confirmed or reconstructed;
   * absent on a card of an earlier version, which did not say.
   */
  Optional<ProvenanceStatus> getRulebookStatus();

  /**
   * What the rulebook's provenance says every card scored under it must say of it, e.g.
   * 官方评分表未找到，各项分值均为假设; absent when there is nothing to warn of.
   */
  Optional<@Text String> getRulebookNotice();

  /** The fiscal year of the evaluation. */
  Integer getFiscalYear();

  /** The department's name. */
  String getDepartment();

  /**
   * The file the evaluation was read from (输入文件), when the caller says: a line among many
   * of JSON Lines names its evaluation by it.
   */
  Optional<InputFile> getInput();

  /** Every scored indicator (the leaves), in the order of the tree. */
  List<IndicatorScore> getIndicators();

  /** Every group, in the order of the tree, parents before children. */
  List<GroupScore> getGroups();

  /** The sum of the rounded points of every indicator. */
  BigDecimal getPointsSum();

  /** The full score: the weights of every indicator, applicable or not. */
  BigDecimal getMaximum();

  /** The weights of the indicators that apply. */
  BigDecimal getApplicableWeight();

  /**
   * Whether the total was rescaled because some indicators do not apply (按百分制折算); not unless
   * said.
   */
  @Value.Default
  default boolean isRescaled() {
    return false;
  }

  /**
   * 总分: the points sum, or its rescaling to the full score, rounded by the rulebook's policy;
   * absent when nothing could be scored — no indicator was scored from its inputs (every one did
   * not apply, missed its data or failed, or the table bound none) — and a note ({@code
   * note.nothing-scored}) says so. Nothing is then graded and no claim is compared with it.
   */
  Optional<BigDecimal> getTotal();

  /** 等级: the grade of the total on the rulebook's scale; present exactly when the total is. */
  Optional<Grade> getGrade();

  /** 自评得分: the total the unit claimed. */
  Optional<BigDecimal> getClaimedTotal();

  /**
   * {@code total − claimedTotal}: negative when the unit claimed more; absent without a total or
   * a claim.
   */
  Optional<BigDecimal> getDifference();

  /** 自评等级: the grade the unit claimed. */
  Optional<Grade> getClaimedGrade();

  /**
   * What the scorer did with every rulebook group the table leaves empty (权重调整): moved its
   * weight, found it carried by the table, or left it out as not applicable.
   */
  List<WeightMove> getWeightMoves();

  /**
   * What the scorer had to decide (评分说明), as messages: a key and its arguments each, rendered
   * in the language asked for.
   */
  List<Message> getNotes();

  /** The scored indicator with {@code code}, if any. */
  default Optional<IndicatorScore> indicator(String code) {
    return getIndicators().stream().filter(i -> i.getCode().equals(code)).findFirst();
  }

  /**
   * The indicators whose rule failed ({@link ScoreStatus#FAILED}): a card with any is in error,
   * its total incomplete, and a note says so for each.
   */
  default List<IndicatorScore> failures() {
    return getIndicators().stream().filter(i -> i.getStatus() == ScoreStatus.FAILED).toList();
  }

  /** The group with {@code code}, if any. */
  default Optional<GroupScore> group(String code) {
    return getGroups().stream().filter(g -> g.getCode().equals(code)).findFirst();
  }

  /** A new builder; {@code builder().from(value)} starts from an existing one. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ScoreCard}; {@code build()} throws {@link
   * io.github.jixiao.core.value.InvalidValueException} if invalid.
   */
  final class Builder extends ImmutableScoreCard.Builder {}

  /**
   * Checks that every required attribute is set, and that the card has a grade exactly when it
   * has a total and a difference only with a total and a claim; called by {@code build()}.
   */
  @Value.Check
  default void validate() {
    Validation.required(this, "ScoreCard");
    Validation.check(this, "ScoreCard", v -> v
        .require(getGrade().isPresent() == getTotal().isPresent(), "grade",
            () -> Message.of("rules.card.grade-without-total"))
        .require(getDifference().isEmpty()
            || (getTotal().isPresent() && getClaimedTotal().isPresent()), "difference",
            () -> Message.of("rules.card.difference-without-total")));
  }
}
