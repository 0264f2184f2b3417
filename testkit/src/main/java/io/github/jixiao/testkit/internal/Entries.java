package io.github.jixiao.testkit.internal;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.testkit.Gen;
import io.github.jixiao.testkit.Source;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit's entries (自评表 lines) and deductions (扣分) for the leaves of a table, consistent with
 * each other: a quantitative leaf claims the points of the methodology's formula for its direction
 * (正向 proportional, 反向 ratio, 等于), less its deductions floored at zero (扣完为止); a
 * qualitative leaf claims points inside its level's band (达成 [80 %, 100 %], 部分达成 [60 %, 80 %),
 * 未达成 [0, 60 %) of the weight); a missed target comes with a deviation reason (偏差原因).
 */
public final class Entries {

  private Entries() {}

  /** At most this many deductions per evaluation. */
  static final int MAX_DEDUCTIONS = 3;

  /** Deductions from quantitative leaves of {@code table}, never more than a leaf's weight in all. */
  public static Gen<List<Deduction>> deductions(List<Indicator> table) {
    List<Indicator> quantitative = IndicatorTables.leaves(table).stream()
        .filter(i -> i.getKind() == IndicatorKind.QUANTITATIVE).toList();
    return source -> {
      if (quantitative.isEmpty()) {
        return List.of();
      }
      int count = source.intBetween(0, MAX_DEDUCTIONS);
      Map<String, Long> taken = new HashMap<>();
      List<Deduction> deductions = new ArrayList<>();
      for (int d = 0; d < count; d++) {
        Indicator indicator = source.choose(quantitative);
        long left = Decimals.toHundredths(indicator.getWeight())
            - taken.getOrDefault(indicator.getCode(), 0L);
        if (left <= 0) {
          continue;
        }
        // Half points where the weight left allows, as tables usually deduct.
        long points = left >= 50 ? 50 * source.between(1, left / 50) : source.between(1, left);
        taken.merge(indicator.getCode(), points, Long::sum);
        Deduction.Builder deduction = Deduction.builder().indicatorCode(indicator.getCode())
            .points(Decimals.hundredths(points)).reason(source.choose(Words.DEDUCTION_REASONS));
        if (source.nextBoolean()) {
          deduction.evidence(source.choose(Words.EVIDENCE));
        }
        deductions.add(deduction.build());
      }
      return List.copyOf(deductions);
    };
  }

  /** One entry per leaf of {@code table}, claiming its points less {@code deductions}. */
  public static Gen<List<IndicatorEntry>> entries(List<Indicator> table,
      List<Deduction> deductions) {
    List<Indicator> leaves = IndicatorTables.leaves(table);
    Map<String, BigDecimal> deducted = new HashMap<>();
    deductions.forEach(d -> deducted.merge(d.getIndicatorCode(), d.getPoints(), BigDecimal::add));
    return source -> {
      List<IndicatorEntry> entries = new ArrayList<>(leaves.size());
      for (Indicator leaf : leaves) {
        entries.add(leaf.getKind() == IndicatorKind.QUALITATIVE
            ? qualitative(source, leaf)
            : quantitative(source, leaf, deducted.getOrDefault(leaf.getCode(), BigDecimal.ZERO)));
      }
      return List.copyOf(entries);
    };
  }

  /** Whether the entry reached its indicator's target (a qualitative one: 达成). */
  public static boolean metTarget(Indicator indicator, IndicatorEntry entry) {
    if (indicator.getKind() == IndicatorKind.QUALITATIVE) {
      return entry.getLevel().filter(QualitativeLevel.ACHIEVED::equals).isPresent();
    }
    return met(indicator.getDirection().orElseThrow(), indicator.getTarget().orElseThrow(),
        entry.getActual().orElseThrow());
  }

  private static boolean met(Direction direction, BigDecimal target, BigDecimal actual) {
    int against = actual.compareTo(target);
    return switch (direction) {
      case AT_LEAST -> against >= 0;
      case AT_MOST -> against <= 0;
      case EQUAL -> against == 0;
    };
  }

  /**
   * The points of the methodology's formula for a quantitative indicator's direction, rounded half
   * up to two decimals: 正向 weight × min(actual ÷ target, 1); 反向 weight if actual ≤ target, else
   * weight × target ÷ actual; 等于 with target 0 weight if actual ≤ 0, else 0, otherwise as 正向.
   */
  public static BigDecimal formulaPoints(Direction direction, BigDecimal weight, BigDecimal target,
      BigDecimal actual) {
    BigDecimal points = switch (direction) {
      case AT_LEAST -> proportional(weight, target, actual);
      case AT_MOST -> actual.compareTo(target) <= 0 ? weight
          : weight.multiply(target).divide(actual, 10, RoundingMode.HALF_UP);
      case EQUAL -> target.signum() == 0
          ? (actual.signum() <= 0 ? weight : BigDecimal.ZERO)
          : proportional(weight, target, actual);
    };
    return Decimals.twoDecimals(points);
  }

  private static BigDecimal proportional(BigDecimal weight, BigDecimal target, BigDecimal actual) {
    if (actual.compareTo(target) >= 0) {
      return weight;
    }
    return weight.multiply(actual).divide(target, 10, RoundingMode.HALF_UP);
  }

  private static IndicatorEntry quantitative(Source source, Indicator leaf, BigDecimal deducted) {
    BigDecimal target = leaf.getTarget().orElseThrow();
    BigDecimal actual = target.signum() == 0
        ? Decimals.hundredths(source.between(0, 10_000, 0))
        // Between none and half again the target, simplest the target itself.
        : Decimals.twoDecimals(target.multiply(BigDecimal.valueOf(source.between(0, 150, 100)))
            .divide(Decimals.HUNDRED));
    BigDecimal points = formulaPoints(leaf.getDirection().orElseThrow(), leaf.getWeight(), target,
        actual).subtract(deducted);
    IndicatorEntry.Builder entry = IndicatorEntry.builder().indicatorCode(leaf.getCode())
        .actual(actual).claimedScore(points.signum() < 0 ? BigDecimal.ZERO.setScale(2) : points);
    if (!met(leaf.getDirection().orElseThrow(), target, actual)) {
      entry.deviationReason(source.choose(Words.DEVIATION_REASONS));
    }
    return entry.build();
  }

  private static IndicatorEntry qualitative(Source source, Indicator leaf) {
    long weight = Decimals.toHundredths(leaf.getWeight());
    List<QualitativeLevel> possible = Arrays.stream(QualitativeLevel.values())
        .filter(l -> band(l, weight)[0] <= band(l, weight)[1]).toList();
    QualitativeLevel level = source.choose(possible);
    long[] band = band(level, weight);
    IndicatorEntry.Builder entry = IndicatorEntry.builder().indicatorCode(leaf.getCode())
        .level(level).claimedScore(Decimals.hundredths(source.between(band[0], band[1], band[1])));
    if (source.nextBoolean()) {
      entry.actualText(level.label());
    }
    if (level != QualitativeLevel.ACHIEVED) {
      entry.deviationReason(source.choose(Words.DEVIATION_REASONS));
    }
    return entry.build();
  }

  /**
   * The band of points, in hundredths, that a qualitative level earns out of {@code weight}
   * hundredths, as {lowest, highest}: 达成 [80 %, 100 %], 部分达成 [60 %, 80 %), 未达成 [0, 60 %).
   * A band too narrow to hold a hundredth (部分达成 of 0.01 points) is empty: lowest > highest.
   */
  public static long[] band(QualitativeLevel level, long weight) {
    long sixty = ceilPercent(weight, 60);
    long eighty = ceilPercent(weight, 80);
    return switch (level) {
      case ACHIEVED -> new long[] {eighty, weight};
      case PARTLY_ACHIEVED -> new long[] {sixty, eighty - 1};
      case NOT_ACHIEVED -> new long[] {0, sixty - 1};
    };
  }

  private static long ceilPercent(long weight, long percent) {
    return -Math.floorDiv(-weight * percent, 100);
  }
}
