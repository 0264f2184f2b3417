package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Decimals;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The raise of a group's subtotal (权重调入折算): a group such as 产出 that received part of an
 * empty group's weight (满意度's 10: 6.25 of it) while its table leaves keep their own weights
 * (50) has its indicators scored as the table gives them, and its subtotal multiplied by the
 * raised weight over its own — {@code 47.50 × 56.25 ÷ 50 = 53.44} — rounded by the rulebook's
 * policy and at most the raised weight. One multiplication per group: every indicator's row
 * agrees with the table's columns, and a perfect project still scores the full 100.
 */
final class GroupRaise {

  private final BigDecimal own;
  private final BigDecimal raised;
  private final RoundingPolicy rounding;

  GroupRaise(BigDecimal own, BigDecimal raised, RoundingPolicy rounding) {
    this.own = own;
    this.raised = raised;
    this.rounding = rounding;
  }

  /** The raised weight. */
  BigDecimal raised() {
    return raised;
  }

  /**
   * The group's points for a subtotal of {@code sum}: {@code sum × raised ÷ own}, rounded; the
   * raised weight itself for full points, so that a perfect project scores 100 under any rounding.
   */
  BigDecimal points(BigDecimal sum) {
    if (sum.compareTo(own) == 0) {
      // Full points: its raised weight, whatever the rounding keeps (at least its decimals).
      return raised.scale() >= rounding.getScale() ? raised
          : raised.setScale(rounding.getScale(), RoundingMode.UNNECESSARY);
    }
    return Decimals.min(rounding.round(Decimals.divide(sum.multiply(raised), own)), raised);
  }

  /** {@code weight} of the group's table raised with it: {@code weight × raised ÷ own}, exact. */
  BigDecimal weight(BigDecimal weight) {
    if (weight.signum() == 0) {
      return weight;
    }
    BigDecimal raisedWeight = Decimals.divide(weight.multiply(raised), own).stripTrailingZeros();
    return raisedWeight.scale() < 0 ? raisedWeight.setScale(0) : raisedWeight;
  }

  /** Why the group has {@code points} for a subtotal of {@code sum}. */
  Message explanation(BigDecimal sum, BigDecimal points) {
    return Message.of("group.raised", Argument.number("sum", sum),
        Argument.number("weight", raised), Argument.number("own", own),
        Argument.number("points", points));
  }
}
