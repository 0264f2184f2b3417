package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.rules.spi.ScoringRule;
import java.util.List;

/** The built-in rules (内置评分方法), in the methodology's order. */
public final class BuiltIns {

  private BuiltIns() {}

  /** Every built-in rule, each knowing its type id. */
  public static List<ScoringRule> all() {
    return List.of(new ProportionalRule(), new ReverseRatioRule(), new ReverseLinearRule(),
        new EqualRule(), new QualitativeRule(), new BandsRule(), new ThresholdRule(),
        new ChecklistRule(), new DeductionRule(), new MilestonesRule(), new CoefficientRule(),
        new RangeBandsRule());
  }
}
