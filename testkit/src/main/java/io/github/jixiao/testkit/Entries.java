package io.github.jixiao.testkit;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit's entries (自评表 lines) and deductions (扣分) for the leaves of a table, consistent with
 * each other: a quantitative leaf claims what the default rule for its direction gives (正向
 * proportional, 反向 ratio, 等于), less its deductions floored at zero (扣完为止) — as the
 * {@link io.github.jixiao.rules.scoring.Scorer} works it out, see {@link Claims}; a qualitative
 * leaf claims points inside its level's band (达成 [80 %, 100 %], 部分达成 [60 %, 80 %), 未达成
 * [0, 60 %) of the weight); a missed target comes with a deviation reason (偏差原因).
 */
final class Entries {

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

  /**
   * One entry per leaf of {@code table}, claiming what the rules give it less {@code deductions}:
   * the entries are scored by the {@link io.github.jixiao.rules.scoring.Scorer} under the table
   * itself ({@link Claims#ownTable(List)}), and each claims its indicator's points.
   */
  public static Gen<List<IndicatorEntry>> entries(List<Indicator> table,
      List<Deduction> deductions) {
    return unclaimed(table).map(drawn ->
        Claims.claimed(drawn, Claims.score(table, drawn, deductions)));
  }

  /**
   * One entry for {@code indicator}, a level-1 indicator with no parent, claiming what the rules
   * give it: scored under a table of the indicator and, if its weight is short of 100, a second
   * root of the rest.
   *
   * @throws IllegalArgumentException if {@code indicator} is not at level 1, has a parent or weighs
   *     more than 100
   */
  public static Gen<IndicatorEntry> entry(Indicator indicator) {
    if (indicator.getLevel() != 1 || indicator.getParentCode().isPresent()
        || indicator.getWeight().compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("indicator '" + indicator.getCode() + "' is at level "
          + indicator.getLevel() + indicator.getParentCode().map(p -> " under '" + p + "'")
              .orElse("") + " with weight " + indicator.getWeight().toPlainString()
          + "; an entry on its own is for a level-1 indicator with no parent and a weight of at"
          + " most 100; use entries(table) for the leaves of a table");
    }
    List<Indicator> table = new ArrayList<>(List.of(indicator));
    BigDecimal rest = BigDecimal.valueOf(100).subtract(indicator.getWeight());
    if (rest.signum() > 0) {
      table.add(Indicator.builder().code(indicator.getCode() + "-rest").name("其他指标").level(1)
          .weight(rest).kind(IndicatorKind.QUALITATIVE).build());
    }
    List<Indicator> scored = List.copyOf(table);
    return source -> {
      IndicatorEntry drawn = indicator.getKind() == IndicatorKind.QUALITATIVE
          ? qualitative(source, indicator)
          : quantitative(source, indicator);
      return Claims.claimed(List.of(drawn), Claims.score(scored, List.of(drawn), List.of()))
          .get(0);
    };
  }

  /**
   * One entry per leaf of {@code table}, before the rules are applied: a quantitative leaf's actual
   * value and no claim, a qualitative leaf's level and the points the unit chooses inside its band.
   */
  static Gen<List<IndicatorEntry>> unclaimed(List<Indicator> table) {
    List<Indicator> leaves = IndicatorTables.leaves(table);
    return source -> {
      List<IndicatorEntry> entries = new ArrayList<>(leaves.size());
      for (Indicator leaf : leaves) {
        entries.add(leaf.getKind() == IndicatorKind.QUALITATIVE
            ? qualitative(source, leaf)
            : quantitative(source, leaf));
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

  private static IndicatorEntry quantitative(Source source, Indicator leaf) {
    BigDecimal target = leaf.getTarget().orElseThrow();
    BigDecimal actual = target.signum() == 0
        ? Decimals.hundredths(source.between(0, 10_000, 0))
        // Between none and half again the target, simplest the target itself.
        : Decimals.twoDecimals(target.multiply(BigDecimal.valueOf(source.between(0, 150, 100)))
            .divide(Decimals.HUNDRED));
    IndicatorEntry.Builder entry = IndicatorEntry.builder().indicatorCode(leaf.getCode())
        .actual(actual);
    if (!met(leaf.getDirection().orElseThrow(), target, actual)) {
      entry.deviationReason(source.choose(Words.DEVIATION_REASONS));
    }
    return entry.build();
  }

  private static IndicatorEntry qualitative(Source source, Indicator leaf) {
    long weight = Decimals.toHundredths(leaf.getWeight());
    // Three-step levels only: a table without a rulebook is scored by the three-step default.
    List<QualitativeLevel> possible = QualitativeLevel.of(QualitativeScale.THREE_STEP).stream()
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
   *
   * @throws IllegalArgumentException for a five-step level (优 … 差), whose bands no form publishes
   */
  public static long[] band(QualitativeLevel level, long weight) {
    long sixty = ceilPercent(weight, 60);
    long eighty = ceilPercent(weight, 80);
    return switch (level) {
      case ACHIEVED -> new long[] {eighty, weight};
      case PARTLY_ACHIEVED -> new long[] {sixty, eighty - 1};
      case NOT_ACHIEVED -> new long[] {0, sixty - 1};
      default -> throw new IllegalArgumentException(level + " is a five-step level: its band is"
          + " the rulebook's, not the national form's");
    };
  }

  private static long ceilPercent(long weight, long percent) {
    return -Math.floorDiv(-weight * percent, 100);
  }
}
