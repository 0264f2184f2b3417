package io.github.jixiao.rules.summary;

import java.math.BigDecimal;

/**
 * The fixed bins of the execution-rate histogram (预算执行率分布): below 60 %, 60–70, 70–80, 80–90,
 * 90–100, and 100 % or more; each bin holds its lower bound and not its upper. A rate is put in
 * its bin by the exact rate, not the rounded one shown (59.996 % is below 60).
 */
public enum RateBin {
  /** Below 60 %. */
  BELOW_60(null, 60),
  /** 60 % to below 70 %. */
  FROM_60(60, 70),
  /** 70 % to below 80 %. */
  FROM_70(70, 80),
  /** 80 % to below 90 %. */
  FROM_80(80, 90),
  /** 90 % to below 100 %. */
  FROM_90(90, 100),
  /** 100 % or more (executed at or above the budget). */
  FROM_100(100, null);

  private final Integer from;
  private final Integer below;

  RateBin(Integer from, Integer below) {
    this.from = from;
    this.below = below;
  }

  /** The lower bound in %, held by the bin; {@code null} for the first bin. */
  public Integer from() {
    return from;
  }

  /** The upper bound in %, not held by the bin; {@code null} for the last bin. */
  public Integer below() {
    return below;
  }

  /** A label for a chart axis: {@code <60}, {@code 60–70}, {@code ≥100}. */
  public String label() {
    return from == null ? "<" + below : below == null ? "≥" + from : from + "–" + below;
  }

  /**
   * The bin of {@code executed} of {@code budget}, compared exactly ({@code executed × 100} against
   * {@code bound × budget}).
   *
   * @param budget above 0
   */
  public static RateBin of(BigDecimal executed, BigDecimal budget) {
    BigDecimal percent = executed.multiply(BigDecimal.valueOf(100));
    RateBin found = BELOW_60;
    for (RateBin bin : values()) {
      if (bin.from != null
          && percent.compareTo(BigDecimal.valueOf(bin.from).multiply(budget)) >= 0) {
        found = bin;
      }
    }
    return found;
  }
}
