package io.github.jixiao.rules.scoring.internal;

import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.spi.ScoringRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** The built-in rules (内置评分方法) by type id, in the methodology's order. */
public final class BuiltIns {

  private BuiltIns() {}

  /** A fresh map of every built-in rule. */
  public static Map<String, ScoringRule> all() {
    Map<String, ScoringRule> rules = new LinkedHashMap<>();
    rules.put(BuiltInRules.PROPORTIONAL, new ProportionalRule());
    rules.put(BuiltInRules.REVERSE_RATIO, new ReverseRatioRule());
    rules.put(BuiltInRules.REVERSE_LINEAR, new ReverseLinearRule());
    rules.put(BuiltInRules.EQUAL, new EqualRule());
    rules.put(BuiltInRules.QUALITATIVE, new QualitativeRule());
    rules.put(BuiltInRules.BANDS, new BandsRule());
    rules.put(BuiltInRules.THRESHOLD, new ThresholdRule());
    rules.put(BuiltInRules.CHECKLIST, new ChecklistRule());
    rules.put(BuiltInRules.DEDUCTION, new DeductionRule());
    rules.put(BuiltInRules.MILESTONES, new MilestonesRule());
    return rules;
  }
}
