package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.internal.Echo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a leaf's deductions are explained (扣分说明) when the card's own composition ({@code
 * IndicatorScore.why()}: the points before them as points + taken) would not recompute or would
 * leave something out: a deductions column (扣减分数) was taken, or the rounding does not commute
 * with the subtraction (whole points: the rule's 7.6 − 1 = 6.6 → 7, where points + taken would
 * print 8 − 1 = 7, a rule's points it never gave). The points before deductions are shown as the
 * rule gave them, with the decimals the printed subtraction needs to recompute to the points.
 */
final class DeductionsExplanation {

  /** The most decimals the points before deductions are shown with. */
  private static final int MOST_DECIMALS = 10;

  private DeductionsExplanation() {}

  /**
   * The explanation of the deductions of a leaf the rule gave {@code rulePoints}, which ends with
   * {@code points}, or null when the card's composition says the same.
   *
   * @param listed the deductions listed against the leaf
   * @param listedTaken what they took
   * @param column the leaf's 扣减分数, or null when the column is not taken
   * @param columnTaken what the column took (zero when it is not taken)
   * @param scale the rounding's scale
   * @param finish what the points before deductions less the deductions become: rounded (and
   *     held to the weight)
   */
  static Message of(List<Deduction> listed, BigDecimal listedTaken, BigDecimal column,
      BigDecimal columnTaken, BigDecimal rulePoints, BigDecimal points, int scale,
      UnaryOperator<BigDecimal> finish) {
    BigDecimal taken = listedTaken.add(columnTaken);
    BigDecimal before = before(rulePoints, taken, points, scale, finish);
    BigDecimal after = before.subtract(taken);
    if (column == null && after.compareTo(points) == 0
        && before.compareTo(points.add(listedTaken)) == 0) {
      return null;
    }
    Argument beforeArg = Argument.number("before", before);
    Argument takenArg = Argument.number("taken", taken);
    Argument pointsArg = Argument.number("points", points);
    Message result;
    if (after.compareTo(points) == 0) {
      result = Message.of("deductions.result", beforeArg, takenArg, pointsArg);
    } else {
      result = Message.of("deductions.result.rounded", beforeArg, takenArg,
          Argument.number("after", after), pointsArg);
    }
    return parts(listed, listedTaken, column, columnTaken, Argument.message("result", result));
  }

  private static Message parts(List<Deduction> listed, BigDecimal listedTaken,
      BigDecimal column, BigDecimal columnTaken, Argument result) {
    BigDecimal listedSum = BigDecimal.ZERO;
    List<String> reasons = new ArrayList<>(listed.size());
    for (Deduction d : listed) {
      listedSum = listedSum.add(d.getPoints());
      reasons.add(Echo.phrase(d.getReason()) + " " + d.getPoints().toPlainString());
    }
    Argument reasonsArg = Argument.list("reasons", reasons);
    if (column == null) {
      return listedSum.compareTo(listedTaken) == 0
          ? Message.of("deductions.listed", Argument.number("taken", listedTaken), reasonsArg,
              result)
          : Message.of("deductions.listed.capped", Argument.number("listed", listedSum),
              Argument.number("taken", listedTaken), reasonsArg, result);
    }
    Argument columnArg = Argument.number("column", column);
    if (!listed.isEmpty()) {
      return Message.of("deductions.listed-and-column", Argument.number("listed", listedSum),
          reasonsArg, columnArg, Argument.number("taken", listedTaken.add(columnTaken)), result);
    }
    return columnTaken.compareTo(column) == 0
        ? Message.of("deductions.column", columnArg, result)
        : Message.of("deductions.column.held", columnArg,
            Argument.number("taken", columnTaken), result);
  }

  /**
   * The rule's points as shown before the deductions: at the fewest decimals — never fewer than
   * the rounding keeps, nor than the points have up to 2 — from which less {@code taken},
   * finished, gives {@code points}; exactly, when the deductions took them all.
   */
  static BigDecimal before(BigDecimal rulePoints, BigDecimal taken, BigDecimal points, int scale,
      UnaryOperator<BigDecimal> finish) {
    int own = Math.max(0, rulePoints.stripTrailingZeros().scale());
    int from = Math.min(Math.max(scale, Math.min(2, own)), MOST_DECIMALS);
    int most = Math.max(from, Math.min(own, MOST_DECIMALS));
    if (taken.compareTo(rulePoints) == 0) {
      return rulePoints.setScale(most, RoundingMode.HALF_UP);
    }
    for (int d = from; d < most; d++) {
      BigDecimal shown = rulePoints.setScale(d, RoundingMode.HALF_UP);
      if (finish.apply(shown.subtract(taken)).compareTo(points) == 0) {
        return shown;
      }
    }
    return rulePoints.setScale(most, RoundingMode.HALF_UP);
  }
}
