package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.QualitativeScale;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bands of the rule {@code qualitative} (定性分档): on its scale ({@code scale}), each level's
 * share of the weight from its lower bound to the next level's. Three-step: 达成 [achievedFrom, 1],
 * 部分达成 [partlyFrom, achievedFrom), 未达成 [0, partlyFrom), 0.8 and 0.6 unless said otherwise (the
 * national form; a 2020 municipal form prints 100–80 % / 80–50 % / 50–0 %, partlyFrom 0.5).
 * Five-step: 优 [excellentFrom, 1], 良 [goodFrom, excellentFrom), 中, 低, 差 [0, lowFrom) — no form
 * publishes these bounds (the Sichuan 2023 form only names 优良中低差), so there are no defaults.
 */
public final class QualitativeBands {

  private static final BigDecimal ACHIEVED = new BigDecimal("0.8");
  private static final BigDecimal PARTLY = new BigDecimal("0.6");

  /** The three-step scale's parameters, best level's first. */
  static final List<String> THREE_STEP = List.of(BuiltInRules.ACHIEVED_FROM,
      BuiltInRules.PARTLY_FROM);

  /** The five-step scale's parameters, best level's first. */
  static final List<String> FIVE_STEP = List.of(BuiltInRules.EXCELLENT_FROM,
      BuiltInRules.GOOD_FROM, BuiltInRules.FAIR_FROM, BuiltInRules.LOW_FROM);

  private QualitativeBands() {}

  /** The scale {@code spec} scores: its option {@code scale}, three-step unless said otherwise. */
  public static QualitativeScale scale(RuleSpec spec) {
    return QualitativeScale.FIVE_STEP.id().equals(spec.getOptions().get(BuiltInRules.SCALE))
        ? QualitativeScale.FIVE_STEP : QualitativeScale.THREE_STEP;
  }

  /** The lower-bound parameters of {@code scale}, best level's first. */
  static List<String> params(QualitativeScale scale) {
    return scale == QualitativeScale.THREE_STEP ? THREE_STEP : FIVE_STEP;
  }

  /**
   * The lower bounds of {@code spec}'s levels but the last, as shares of the weight, best level's
   * first; empty when a five-step spec does not give them all.
   */
  static Optional<List<BigDecimal>> shares(RuleSpec spec) {
    if (scale(spec) == QualitativeScale.THREE_STEP) {
      return Optional.of(List.of(spec.param(BuiltInRules.ACHIEVED_FROM).orElse(ACHIEVED),
          spec.param(BuiltInRules.PARTLY_FROM).orElse(PARTLY)));
    }
    List<BigDecimal> shares = new ArrayList<>(FIVE_STEP.size());
    for (String param : FIVE_STEP) {
      Optional<BigDecimal> share = spec.param(param);
      if (share.isEmpty()) {
        return Optional.empty();
      }
      shares.add(share.get());
    }
    return Optional.of(shares);
  }

  /**
   * The band of points {@code level} earns under {@code spec} at {@code weight}; empty when the
   * level belongs to another scale than the spec's, or a five-step spec lacks its bounds.
   */
  public static Optional<PointBand> of(RuleSpec spec, BigDecimal weight, QualitativeLevel level) {
    if (level.scale() != scale(spec)) {
      return Optional.empty();
    }
    return shares(spec).map(shares -> band(shares, weight, level));
  }

  private static PointBand band(List<BigDecimal> shares, BigDecimal weight,
      QualitativeLevel level) {
    int i = QualitativeLevel.of(level.scale()).indexOf(level);
    BigDecimal low = i < shares.size() ? weight.multiply(shares.get(i)) : BigDecimal.ZERO;
    BigDecimal high = i == 0 ? weight : weight.multiply(shares.get(i - 1));
    return new PointBand(low, high, i == 0);
  }
}
