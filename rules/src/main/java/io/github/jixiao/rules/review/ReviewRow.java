package io.github.jixiao.rules.review;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One indicator of a review card (复核对照行): its code, name and weight (分值), the unit's score
 * (自评得分), the rules' (规则得分, the scorer's points), the reviewer's (复核得分), and 偏离度 =
 * (自评得分 − 复核得分) ÷ 自评得分 in percent at 2 decimals, rounded half up — empty, not
 * applicable, when either score is missing or the unit's is 0.
 *
 * @param code the indicator's code
 * @param name the indicator's name
 * @param weight the indicator's weight (分值)
 * @param unit the unit's own score, if it gave one
 * @param rules the rules' points, if the card scored it
 * @param review the reviewer's score, if given
 * @param deviation 偏离度 in %, if applicable
 */
public record ReviewRow(String code, String name, BigDecimal weight, Optional<BigDecimal> unit,
    Optional<BigDecimal> rules, Optional<BigDecimal> review, Optional<BigDecimal> deviation) {

  /**
   * How much the review changed the score: the unit's score (or, where the unit gave none, the
   * rules') less the reviewer's; empty without a review score.
   */
  public Optional<BigDecimal> change() {
    return unit.or(() -> rules).flatMap(u -> review.map(u::subtract));
  }
}
