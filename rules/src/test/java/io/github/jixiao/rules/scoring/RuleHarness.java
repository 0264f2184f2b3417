package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import java.math.BigDecimal;

/** Scores one value with one built-in rule, as the scorer would, without an evaluation. */
final class RuleHarness {

  private RuleHarness() {}

  static RuleOutcome score(RuleSpec spec, String weight, String actual) {
    return score(spec, weight, actual, null, "%");
  }

  static RuleOutcome score(RuleSpec spec, String weight, String actual, String target,
      String unit) {
    RuleInput.Builder in = RuleInput.builder().indicatorCode("x").indicatorName("指标")
        .weight(new BigDecimal(weight)).spec(spec);
    if (actual != null) {
      in.actual(new BigDecimal(actual));
    }
    if (target != null) {
      in.target(new BigDecimal(target));
    }
    if (unit != null) {
      in.unit(unit);
    }
    return ScoringRules.standard().find(spec.getType()).orElseThrow().score(in.build());
  }

  static RuleOutcome qualitative(String weight, QualitativeLevel level, String chosen) {
    RuleInput.Builder in = RuleInput.builder().indicatorCode("q").indicatorName("履职效果")
        .weight(new BigDecimal(weight)).spec(BuiltInRules.qualitative()).level(level);
    if (chosen != null) {
      in.chosenPoints(new BigDecimal(chosen));
    }
    return ScoringRules.standard().find(BuiltInRules.QUALITATIVE).orElseThrow().score(in.build());
  }

  /** {@code level} with the unit's {@code chosen} points (or none) under {@code spec}. */
  static RuleOutcome qualitative(RuleSpec spec, String weight, QualitativeLevel level,
      String chosen) {
    RuleInput.Builder in = RuleInput.builder().indicatorCode("q").indicatorName("履职效果")
        .weight(new BigDecimal(weight)).spec(spec).level(java.util.Optional.ofNullable(level));
    if (chosen != null) {
      in.chosenPoints(new BigDecimal(chosen));
    }
    return ScoringRules.standard().find(spec.getType()).orElseThrow().score(in.build());
  }

  /** {@code actual} (in %) with the unit's {@code chosen} points (or none) under {@code spec}. */
  static RuleOutcome chosen(RuleSpec spec, String weight, String actual, String chosen) {
    RuleInput.Builder in = RuleInput.builder().indicatorCode("r").indicatorName("研究任务完成率")
        .weight(new BigDecimal(weight)).spec(spec).unit("%").actual(new BigDecimal(actual));
    if (chosen != null) {
      in.chosenPoints(new BigDecimal(chosen));
    }
    return ScoringRules.standard().find(spec.getType()).orElseThrow().score(in.build());
  }

  static BigDecimal rounded(RuleOutcome outcome) {
    return outcome.points().setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
