package io.github.jixiao.testkit;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule specs (评分方法) of the built-in types with parameters that make sense for a weight, and
 * the inputs (评分输入) each rule consumes: a rate and a target for the rate rules, a level of the
 * spec's scale (three-step or five-step) and maybe chosen points for the qualitative rule, a rate
 * and maybe chosen points for range bands, a 得分系数 for the coefficient rule, items met for a
 * checklist, milestones missed. Values are drawn in whole hundredths.
 */
final class Rules {

  private Rules() {}

  /** The most a generated actual value or target reaches, in hundredths: 1000.00. */
  static final long MOST_VALUE = 1000_00;

  /** A spec of a built-in type, valid for {@code weight}. */
  public static Gen<RuleSpec> spec(String type, BigDecimal weight) {
    long most = Decimals.toHundredths(weight);
    return source -> switch (type) {
      case BuiltInRules.PROPORTIONAL, BuiltInRules.REVERSE_RATIO, BuiltInRules.REVERSE_LINEAR,
          BuiltInRules.EQUAL, BuiltInRules.DEDUCTION -> RuleSpec.of(type);
      case BuiltInRules.QUALITATIVE -> qualitative(source);
      case BuiltInRules.BANDS -> bands(source, most);
      case BuiltInRules.THRESHOLD -> RuleSpec.builder().type(type)
          .putParam(BuiltInRules.STANDARD, Decimals.hundredths(source.between(0, 200_00, 100_00)))
          .putParam(BuiltInRules.STEP, Decimals.hundredths(source.between(1, most, Math.min(50, most))))
          .putOption(BuiltInRules.DIRECTION, source.choose(List.of("at-most", "at-least")))
          .putOption(BuiltInRules.FRACTION, source.choose(List.of("proportional", "whole-points")))
          .build();
      case BuiltInRules.CHECKLIST -> RuleSpec.builder().type(type)
          .putParam(BuiltInRules.ITEMS, BigDecimal.valueOf(source.between(1, 10, 3)))
          .putParam(BuiltInRules.PER_ITEM, Decimals.hundredths(source.between(1, 5_00, 1_00)))
          .putOption(BuiltInRules.FORM, source.choose(List.of("add", "deduct"))).build();
      case BuiltInRules.MILESTONES -> RuleSpec.builder().type(type)
          .putParam(BuiltInRules.PER_MISSED, Decimals.hundredths(source.between(1, most, Math.min(50, most))))
          .build();
      case BuiltInRules.COEFFICIENT -> RuleSpec.of(type);
      case BuiltInRules.RANGE_BANDS -> rangeBands(source, most);
      default -> throw new IllegalArgumentException("'" + type + "' is not a built-in rule type;"
          + " use one of " + BuiltInRules.ids());
    };
  }

  /**
   * Inputs for {@code spec} with {@code weight}: the direction and target a rate rule needs, the
   * level a qualitative rule needs, a whole count for checklists and milestones, and for any other
   * type a bit of everything.
   */
  public static Gen<RuleInput> inputs(RuleSpec spec, BigDecimal weight) {
    return source -> {
      RuleInput.Builder input = RuleInput.builder().indicatorCode("1").weight(weight).spec(spec);
      switch (spec.getType()) {
        case BuiltInRules.PROPORTIONAL -> rate(source, input, Direction.AT_LEAST, 1);
        case BuiltInRules.REVERSE_RATIO -> rate(source, input, Direction.AT_MOST, 0);
        case BuiltInRules.REVERSE_LINEAR -> rate(source, input, Direction.AT_MOST, 1);
        case BuiltInRules.EQUAL -> rate(source, input, Direction.EQUAL, 0);
        case BuiltInRules.QUALITATIVE -> level(source, input, weight, scale(spec));
        case BuiltInRules.BANDS, BuiltInRules.THRESHOLD -> input
            .indicatorName(source.choose(Words.AT_MOST)).unit("%")
            .actual(Decimals.hundredths(source.between(0, 300_00, 100_00)));
        case BuiltInRules.CHECKLIST -> input.indicatorName(source.choose(Words.QUALITATIVE))
            .actual(BigDecimal.valueOf(source.between(0,
                spec.param(BuiltInRules.ITEMS).orElse(BigDecimal.TEN).longValue())));
        case BuiltInRules.MILESTONES -> input.indicatorName("支付进度")
            .actual(BigDecimal.valueOf(source.between(0, 10)));
        case BuiltInRules.DEDUCTION -> input.indicatorName(source.choose(Words.QUALITATIVE));
        case BuiltInRules.COEFFICIENT -> input.indicatorName(source.choose(Words.AT_LEAST))
            .coefficient(Decimals.hundredths(source.between(0, 100_00, 80_00)));
        case BuiltInRules.RANGE_BANDS -> {
          input.indicatorName(source.choose(Words.AT_LEAST)).unit("%")
              .actual(Decimals.hundredths(source.between(0, 300_00, 100_00)));
          choice(source, input, weight);
        }
        default -> anything(source, input, weight);
      }
      return input.build();
    };
  }

  /** Inputs for {@code spec} with {@code weight} that may miss or mix anything, whatever the type. */
  public static Gen<RuleInput> unshaped(RuleSpec spec, BigDecimal weight) {
    return source -> {
      RuleInput.Builder input = RuleInput.builder().indicatorCode("1").weight(weight).spec(spec);
      anything(source, input, weight);
      return input.build();
    };
  }

  private static void rate(Source source, RuleInput.Builder input, Direction direction,
      long leastTarget) {
    long target = source.between(leastTarget, MOST_VALUE, 100_00);
    List<String> names = switch (direction) {
      case AT_LEAST -> Words.AT_LEAST;
      case AT_MOST -> Words.AT_MOST;
      case EQUAL -> Words.EQUAL;
    };
    input.indicatorName(source.choose(names)).direction(direction).unit("%")
        .target(Decimals.hundredths(target))
        .actual(Decimals.hundredths(source.between(0, 2 * MOST_VALUE, target)));
  }

  /** The scale of levels a qualitative spec scores (its option {@code scale}). */
  static QualitativeScale scale(RuleSpec spec) {
    return QualitativeScale.FIVE_STEP.id().equals(spec.option(BuiltInRules.SCALE, ""))
        ? QualitativeScale.FIVE_STEP : QualitativeScale.THREE_STEP;
  }

  /** A level of {@code scale}, the one the rule scores, and maybe chosen points. */
  private static void level(Source source, RuleInput.Builder input, BigDecimal weight,
      QualitativeScale scale) {
    input.indicatorName(source.choose(Words.QUALITATIVE));
    input.level(source.choose(QualitativeLevel.of(scale)));
    choice(source, input, weight);
  }

  /** Any level, of either scale, and maybe chosen points: for inputs not shaped for a rule. */
  private static void levelAndChoice(Source source, RuleInput.Builder input, BigDecimal weight) {
    input.level(source.choose(List.of(QualitativeLevel.values())));
    choice(source, input, weight);
  }

  private static void choice(Source source, RuleInput.Builder input, BigDecimal weight) {
    if (source.nextBoolean()) {
      input.chosenPoints(Decimals.hundredths(source.between(0, Decimals.toHundredths(weight))));
    }
  }

  /** For a rule not built in: each input present or not, a rate or a level. */
  private static void anything(Source source, RuleInput.Builder input, BigDecimal weight) {
    input.indicatorName(source.choose(Words.AT_LEAST));
    long target = source.between(0, MOST_VALUE, 100_00);
    if (!source.nextBoolean()) { // present is the simpler
      input.target(Decimals.hundredths(target)).unit("%");
    }
    if (!source.nextBoolean()) {
      input.direction(source.choose(List.of(Direction.values())));
    }
    if (!source.nextBoolean()) {
      input.actual(Decimals.hundredths(source.between(0, 2 * MOST_VALUE, target)));
    }
    if (source.nextBoolean()) {
      levelAndChoice(source, input, weight);
    }
    if (source.nextBoolean()) {
      input.coefficient(Decimals.hundredths(source.between(0, 100_00, 100_00)));
    }
  }

  private static RuleSpec qualitative(Source source) {
    RuleSpec.Builder spec = RuleSpec.builder().type(BuiltInRules.QUALITATIVE)
        .putOption(BuiltInRules.PICK, source.choose(List.of("lower", "upper")));
    if (source.nextBoolean() && source.nextBoolean()) {
      // Five-step: its lower bounds stated, strictly descending, simplest 90/80/70/60 %.
      long excellent = source.between(4, 100, 90);
      long good = source.between(3, excellent - 1, Math.min(80, excellent - 1));
      long fair = source.between(2, good - 1, Math.min(70, good - 1));
      long low = source.between(1, fair - 1, Math.min(60, fair - 1));
      return spec.putOption(BuiltInRules.SCALE, QualitativeScale.FIVE_STEP.id())
          .putParam(BuiltInRules.EXCELLENT_FROM, Decimals.hundredths(excellent))
          .putParam(BuiltInRules.GOOD_FROM, Decimals.hundredths(good))
          .putParam(BuiltInRules.FAIR_FROM, Decimals.hundredths(fair))
          .putParam(BuiltInRules.LOW_FROM, Decimals.hundredths(low)).build();
    }
    if (source.nextBoolean()) {
      long achieved = source.between(2, 100, 80); // hundredths of the weight
      long partly = source.between(1, achieved - 1, Math.min(60, achieved - 1));
      spec.putParam(BuiltInRules.ACHIEVED_FROM, Decimals.hundredths(achieved))
          .putParam(BuiltInRules.PARTLY_FROM, Decimals.hundredths(partly));
    }
    return spec.build();
  }

  /**
   * A range-band table (分档区间) with no gap and no overlap, as {@link #bands}, each band giving a
   * range of points within the weight, lowest to highest.
   */
  private static RuleSpec rangeBands(Source source, long weight) {
    RuleSpec.Builder spec = RuleSpec.builder().type(BuiltInRules.RANGE_BANDS)
        .putOption(BuiltInRules.PICK, source.choose(List.of("lower", "upper")));
    for (Band band : bands(source, weight).getBands()) {
      long lowest = Decimals.toHundredths(band.getPoints());
      spec.addBand(Band.builder().from(band).pointsTo(Decimals.hundredths(
          source.between(lowest, weight, lowest))).build());
    }
    return spec.build();
  }

  /**
   * A band table with no gap and no overlap: below the first cut, between cuts, from the last
   * cut on; rising points (the usual table, 重点支出安排率) or any points within the weight.
   */
  private static RuleSpec bands(Source source, long weight) {
    int cuts = source.intBetween(1, 4);
    List<BigDecimal> at = new ArrayList<>();
    long cut = 0;
    for (int c = 0; c < cuts; c++) {
      cut += source.between(1, 50_00, 10_00);
      at.add(Decimals.hundredths(cut));
    }
    boolean rising = !source.nextBoolean();
    long points = rising ? 0 : source.between(0, weight);
    RuleSpec.Builder spec = RuleSpec.builder().type(BuiltInRules.BANDS);
    for (int b = 0; b <= cuts; b++) {
      BigDecimal from = b == 0 ? null : at.get(b - 1);
      BigDecimal to = b == cuts ? null : at.get(b);
      points = rising ? source.between(points, weight, weight) : source.between(0, weight);
      spec.addBand(Band.of(from, to, Decimals.hundredths(points)));
    }
    return spec.build();
  }
}
