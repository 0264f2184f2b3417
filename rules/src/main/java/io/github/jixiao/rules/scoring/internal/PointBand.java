package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.spi.RuleInput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A band of points inside which the unit picks its own (得分区间): a qualitative level's share of
 * the weight (定性分档, e.g. 达成 [80 %, 100 %]) or a range band's lowest to highest points (分档区间,
 * "41–59"). Its bounds are exact — 80 % of 3.33 is 2.664, not 2.66 — and are printed so
 * ({@link #printed}); whether points lie inside is asked of the points as the card shows them,
 * rounded by the rulebook ({@link #holds}); and the ends a card can show are the lowest and
 * highest figures at the rounding scale inside it ({@link #lowest}, {@link #highest}), so that a
 * band's end given for refused points lies inside the band as printed.
 *
 * <p>Used by the rules {@code qualitative} and {@code range-bands} and by the check of claimed
 * points (JX-201), so that rule and check read a band one way.
 */
public final class PointBand {

  private final BigDecimal low;
  private final BigDecimal high;
  private final boolean highIncluded;

  /** The band [{@code low}, {@code high}] or, unless {@code highIncluded}, [low, high). */
  public PointBand(BigDecimal low, BigDecimal high, boolean highIncluded) {
    this.low = low;
    this.high = high;
    this.highIncluded = highIncluded;
  }

  /** The range of a range band: its {@code points} to its {@code pointsTo}, both included. */
  public static PointBand of(Band band) {
    return new PointBand(band.getPoints(), band.getPointsTo().orElse(band.getPoints()), true);
  }

  /** The first band of {@code bands} that holds {@code value}: the one a range-band rule reads. */
  public static Optional<Band> bandOf(List<Band> bands, BigDecimal value) {
    for (Band band : bands) {
      if (band.contains(value)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /** The lowest points of the band, exact. */
  public BigDecimal low() {
    return low;
  }

  /** The highest points of the band (or the bound below which it ends), exact. */
  public BigDecimal high() {
    return high;
  }

  /** Whether {@link #high()} belongs to the band. */
  public boolean highIncluded() {
    return highIncluded;
  }

  /** How the band closes when printed: {@code ]} or {@code )}. */
  public String close() {
    return highIncluded ? "]" : ")";
  }

  /**
   * Whether {@code points}, rounded as the card shows them, lie inside the band: 3.996 for
   * 部分达成 at weight 5 shows as 4.00, the floor of 达成, so it lies outside [3, 4).
   */
  public boolean holds(BigDecimal points, RoundingPolicy rounding) {
    return contains(rounding.round(points));
  }

  private boolean contains(BigDecimal value) {
    int c = value.compareTo(high);
    return value.compareTo(low) >= 0 && (c < 0 || (c == 0 && highIncluded));
  }

  /**
   * The lowest figure at {@code scale} decimals inside the band: 2.664 → 2.67 at 2 decimals. A
   * band too narrow to hold one gives its exact lower bound.
   */
  public BigDecimal lowest(int scale) {
    BigDecimal lowest = low.setScale(scale, RoundingMode.CEILING);
    return contains(lowest) ? lowest : low;
  }

  /**
   * The highest figure at {@code scale} decimals inside the band: 4 for [4, 5]'s 5 → 5.00, and
   * below a bound the band excludes, one step under it — 3.99 under 4.00, 2.66 under 2.664. A
   * band too narrow to hold one gives its exact lower bound.
   */
  public BigDecimal highest(int scale) {
    BigDecimal highest = highIncluded ? high.setScale(scale, RoundingMode.FLOOR)
        : high.setScale(scale, RoundingMode.CEILING).subtract(BigDecimal.ONE.movePointLeft(scale));
    return contains(highest) ? highest : low;
  }

  private static final Argument LOWER_END = Argument.message("end", "rules.qualitative.lower");
  private static final Argument UPPER_END = Argument.message("end", "rules.qualitative.upper");

  /** The argument {@code end} of an explanation: the band's lower or upper end. */
  static Argument end(boolean upper) {
    return upper ? UPPER_END : LOWER_END;
  }

  /**
   * Why chosen points were refused ({@code refused}), saying, when the card's rounding moved them
   * ({@code refusedAsShown}), the figure that was compared with the band.
   */
  static Message refusal(String refused, String refusedAsShown, RuleInput in, BigDecimal chosen,
      BigDecimal picked, Argument[] shown) {
    BigDecimal kept = in.round(chosen);
    if (kept.compareTo(chosen) == 0) {
      return Message.of(refused, Args.with(shown, Argument.number("chosen", chosen),
          Args.points(in, picked)));
    }
    return Message.of(refusedAsShown, Args.with(shown, Argument.number("chosen", chosen),
        Argument.number("kept", kept), Args.points(in, picked)));
  }

  /**
   * A bound as an explanation prints it: exactly, with at least the rounding's {@code scale}
   * decimals — 4 → 4.00, 2.664 → 2.664 — so that a reader compares the card's points with the
   * band the rule compared them with ({@link ShownFigure#exactly(BigDecimal, int)}).
   */
  public static BigDecimal printed(BigDecimal bound, int scale) {
    return ShownFigure.exactly(bound, scale);
  }
}
