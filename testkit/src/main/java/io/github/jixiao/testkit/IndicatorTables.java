package io.github.jixiao.testkit;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Indicator tables (自评表) whose weights add up: the roots to exactly 100.00, every node's children
 * to exactly the node. Weights are drawn in whole hundredths, never below one point for a node
 * that has siblings, and simplest as whole points split equally; the simplest table is one root
 * of 100 points with no children.
 */
final class IndicatorTables {

  private IndicatorTables() {}

  /** The most roots of a generated table. */
  static final int MAX_ROOTS = 4;

  /** The most children of a generated node. */
  static final int MAX_CHILDREN = 4;

  private static final long ONE_POINT = 100;
  private static final long FULL_MARKS = 100 * ONE_POINT;
  /** Steps of weight, in hundredths: whole points (simplest), half points, tenths, hundredths. */
  private static final List<Long> STEPS = List.of(100L, 50L, 10L, 1L);

  /** A complete table: roots summing to 100, each a leaf or a group down to level 3. */
  public static Gen<List<Indicator>> complete() {
    return source -> {
      long step = source.choose(STEPS);
      List<Indicator> table = new ArrayList<>();
      int roots = source.intBetween(1, MAX_ROOTS);
      long[] weights = split(source, FULL_MARKS / step, roots, ONE_POINT / step);
      for (int i = 0; i < roots; i++) {
        subtree(source, table, String.valueOf(i + 1), 1, null, weights[i] * step, step);
      }
      return List.copyOf(table);
    };
  }

  /**
   * An open table: the fixed {@code groups} (a rulebook's level-1/2 indicators) followed by leaves
   * that the evaluation supplies under every group without children, their weights adding up to
   * the group's.
   */
  public static Gen<List<Indicator>> open(List<Indicator> groups) {
    List<Indicator> fixed = List.copyOf(groups);
    Set<String> parents = new HashSet<>();
    fixed.forEach(i -> i.getParentCode().ifPresent(parents::add));
    for (Indicator group : fixed) {
      if (!parents.contains(group.getCode()) && group.getLevel() == 3) {
        throw new IllegalArgumentException("group '" + group.getCode()
            + "' is at level 3 and has no children: leaves can only go below levels 1 and 2");
      }
    }
    return source -> {
      List<Indicator> table = new ArrayList<>(fixed);
      for (Indicator group : fixed) {
        if (!parents.contains(group.getCode())) {
          leavesUnder(source, table, group);
        }
      }
      return List.copyOf(table);
    };
  }

  /**
   * Indicators on their own: a level-1 leaf coded {@code "1"} of a weight from
   * {@link JixiaoGens#weights()}, quantitative with a direction, target and unit or qualitative
   * with a target text.
   */
  public static Gen<Indicator> single() {
    return source -> leaf(source, "1", 1, null,
        Decimals.toHundredths(JixiaoGens.weights().generate(source)));
  }

  /** The leaves of {@code table}: the indicators that are scored. */
  public static List<Indicator> leaves(List<Indicator> table) {
    Set<String> parents = new HashSet<>();
    table.forEach(i -> i.getParentCode().ifPresent(parents::add));
    return table.stream().filter(i -> !parents.contains(i.getCode())).toList();
  }

  private static void leavesUnder(Source source, List<Indicator> table, Indicator group) {
    long weight = Decimals.toHundredths(group.getWeight());
    long step = STEPS.stream().filter(s -> weight % s == 0).findFirst().orElse(1L);
    long units = weight / step;
    long least = Math.min(units, Math.max(1, ONE_POINT / step));
    int most = (int) Math.max(1, Math.min(MAX_CHILDREN, units / least));
    int count = source.intBetween(1, most);
    long[] parts = split(source, units, count, least);
    for (int j = 0; j < count; j++) {
      table.add(leaf(source, group.getCode() + "." + (j + 1), group.getLevel() + 1,
          group.getCode(), parts[j] * step));
    }
  }

  private static void subtree(Source source, List<Indicator> table, String code, int level,
      String parent, long weight, long step) {
    int most = level == 3 ? 0 : (int) Math.min(MAX_CHILDREN, weight / ONE_POINT);
    int children = source.intBetween(0, most);
    if (children == 0) {
      table.add(leaf(source, code, level, parent, weight));
      return;
    }
    table.add(group(source, code, level, parent, weight));
    long[] parts = split(source, weight / step, children, ONE_POINT / step);
    for (int j = 0; j < children; j++) {
      subtree(source, table, code + "." + (j + 1), level + 1, code, parts[j] * step, step);
    }
  }

  /**
   * {@code total} split into {@code count} parts of at least {@code least} each, adding up to
   * {@code total} exactly: an equal split (the simplest), then a transfer between each pair of
   * neighbours.
   */
  static long[] split(Source source, long total, int count, long least) {
    if (total < count * least) {
      throw new IllegalArgumentException(total + " cannot be split into " + count
          + " parts of at least " + least);
    }
    long[] parts = new long[count];
    for (int i = 0; i < count; i++) {
      parts[i] = total / count + (i < total % count ? 1 : 0);
    }
    for (int i = 0; i + 1 < count; i++) {
      long moved = source.between(-(parts[i] - least), parts[i + 1] - least, 0);
      parts[i] += moved;
      parts[i + 1] -= moved;
    }
    return parts;
  }

  private static Indicator group(Source source, String code, int level, String parent,
      long weight) {
    // A group is judged as a whole, never scored itself: its leaves are.
    return base(code, level, parent, weight)
        .name(source.choose(level == 1 ? Words.LEVEL_1 : Words.LEVEL_2))
        .kind(IndicatorKind.QUALITATIVE)
        .build();
  }

  /** A leaf: quantitative with a direction, a target and a unit, or qualitative with a target text. */
  static Indicator leaf(Source source, String code, int level, String parent, long weight) {
    Indicator.Builder leaf = base(code, level, parent, weight);
    IndicatorKind kind = source.choose(List.of(IndicatorKind.QUANTITATIVE, IndicatorKind.QUALITATIVE));
    if (kind == IndicatorKind.QUALITATIVE) {
      return leaf.kind(kind).name(source.choose(Words.QUALITATIVE))
          .targetText(source.choose(Words.QUALITATIVE_TARGETS)).build();
    }
    Direction direction = source.choose(List.of(Direction.values()));
    List<String> names = switch (direction) {
      case AT_LEAST -> Words.AT_LEAST;
      case AT_MOST -> Words.AT_MOST;
      case EQUAL -> Words.EQUAL;
    };
    return leaf.kind(kind).direction(direction).name(source.choose(names))
        .unit(source.choose(Words.QUANTITY_UNITS)).target(target(source, direction)).build();
  }

  /** A target: above zero for "≥" (a ratio to it must exist), otherwise zero or more. */
  private static BigDecimal target(Source source, Direction direction) {
    int scale = source.choose(List.of(0, 2));
    long least = direction == Direction.AT_LEAST ? 1 : 0;
    long most = 500 * (scale == 0 ? 1 : 100);
    long hundred = 100 * (scale == 0 ? 1 : 100);
    return BigDecimal.valueOf(source.between(least, most, hundred), scale);
  }

  private static Indicator.Builder base(String code, int level, String parent, long weight) {
    Indicator.Builder builder = Indicator.builder().code(code).level(level)
        .weight(Decimals.hundredths(weight));
    if (parent != null) {
      builder.parentCode(parent);
    }
    return builder;
  }
}
