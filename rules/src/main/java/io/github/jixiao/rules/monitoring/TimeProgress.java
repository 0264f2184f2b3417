package io.github.jixiao.rules.monitoring;

import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.ProgressCheckpoint;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Time progress (序时进度) at the end of a month: the share of the year's target due by then, kept
 * as an exact fraction {@code numerator ÷ denominator} (7 ÷ 12 for July on the linear curve) so
 * that a ratio to it is divided once, at the end. {@link #percent()} shows it in % at 2 decimals,
 * rounded down (58.33 for 7 ÷ 12).
 *
 * @param numerator above 0
 * @param denominator above 0
 */
public record TimeProgress(BigDecimal numerator, BigDecimal denominator) {

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Requires both parts, above 0. */
  public TimeProgress {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (numerator.signum() <= 0 || denominator.signum() <= 0) {
      throw new IllegalArgumentException("time progress " + numerator + " / " + denominator);
    }
  }

  /**
   * The progress due by the end of {@code month} (1 to 12) under {@code settings}: month ÷ 12, or
   * on the checkpoint curve, linear between (0, 0 %) and each checkpoint, the last share after
   * the last checkpoint.
   */
  public static TimeProgress at(int month, MonitoringSettings settings) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month);
    }
    List<ProgressCheckpoint> points = settings.getCheckpoints();
    if (points.isEmpty()) {
      return new TimeProgress(BigDecimal.valueOf(month), TWELVE);
    }
    int beforeMonth = 0;
    BigDecimal beforePercent = BigDecimal.ZERO;
    for (ProgressCheckpoint p : points) {
      if (p.getMonth() >= month) {
        // beforePercent + (p − beforePercent) × (month − beforeMonth) ÷ (p.month − beforeMonth)
        BigDecimal span = BigDecimal.valueOf(p.getMonth() - beforeMonth);
        BigDecimal numerator = beforePercent.multiply(span).add(p.getPercent()
            .subtract(beforePercent).multiply(BigDecimal.valueOf(month - beforeMonth)));
        return new TimeProgress(numerator, HUNDRED.multiply(span));
      }
      beforeMonth = p.getMonth();
      beforePercent = p.getPercent();
    }
    return new TimeProgress(beforePercent, HUNDRED);
  }

  /** The progress in %, at 2 decimals, rounded down: 58.33 for 7 ÷ 12. */
  public BigDecimal percent() {
    return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.DOWN);
  }

  /**
   * The ratio v = {@code part} ÷ ({@code whole} × this) × 100 of a figure to this progress, kept
   * as its two sides so that each threshold costs one multiplication; {@code whole} is above 0.
   */
  Ratio of(BigDecimal part, BigDecimal whole) {
    return new Ratio(part.multiply(denominator).multiply(HUNDRED), whole.multiply(numerator));
  }

  /**
   * v = {@code scaled} ÷ {@code base}: part × denominator × 100 over whole × numerator.
   *
   * @param scaled part × denominator × 100
   * @param base whole × numerator, above 0
   */
  record Ratio(BigDecimal scaled, BigDecimal base) {

    /** Whether the exact v is at least {@code threshold}. */
    boolean reaches(BigDecimal threshold) {
      return scaled.compareTo(threshold.multiply(base)) >= 0;
    }

    /**
     * v at 2 decimals, rounded down — the figure a light is shown with; the light is decided on
     * the exact value ({@link #reaches}), so the figure is never on the other side of a
     * threshold of 2 decimals.
     */
    BigDecimal shown() {
      return scaled.divide(base, 2, RoundingMode.DOWN);
    }
  }
}
