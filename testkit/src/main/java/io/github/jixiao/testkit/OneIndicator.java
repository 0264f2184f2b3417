package io.github.jixiao.testkit;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;

/**
 * One rule input (单项指标) scored the way the {@link Scorer} scores an evaluation: inside an evaluation
 * whose table holds the indicator (code {@code "1"}) and, to make the weights add up to 100, a
 * second indicator that always earns its full points; the rule registered under its spec's type.
 */
final class OneIndicator {

  private OneIndicator() {}

  /** The type id of the filler indicator's rule. */
  static final String FILLER = "testkit.full-marks";

  /** What the scorer gave the indicator (单项得分). */
  public record Scored(ScoreStatus status, BigDecimal rulePoints, BigDecimal points) {}

  private static final ScoringRule FULL_MARKS = ScoringRule.of(FILLER,
      in -> RuleOutcome.scored(in.getWeight(), Message.custom("testkit.full-marks",
          "{name} 得满分", "{name} earns full points",
          Argument.text("name", in.getIndicatorName()))));

  /** {@code input} with {@code actual} as its actual value, everything else the same. */
  public static RuleInput withActual(RuleInput input, BigDecimal actual) {
    RuleInput.Builder copy = RuleInput.builder().indicatorCode(input.getIndicatorCode())
        .indicatorName(input.getIndicatorName()).weight(input.getWeight()).spec(input.getSpec())
        .target(input.getTarget()).direction(input.getDirection()).unit(input.getUnit())
        .actual(actual).level(input.getLevel()).chosenPoints(input.getChosenPoints())
        .coefficient(input.getCoefficient()).rounding(input.getRounding())
        .evaluation(input.getEvaluation());
    return copy.build();
  }

  /** Scores {@code input} by {@code rule} through the scorer, with {@code deductions} on it. */
  public static Scored score(ScoringRule rule, RuleInput input, List<BigDecimal> deductions) {
    BigDecimal weight = input.getWeight();
    BigDecimal rest = BigDecimal.valueOf(100).subtract(weight);
    RulebookIndicator.Builder node = RulebookIndicator.builder().code("1")
        .name(input.getIndicatorName()).level(1).weight(weight).rule(input.getSpec());
    input.getTarget().ifPresent(node::target);
    input.getDirection().ifPresent(node::direction);
    input.getUnit().ifPresent(node::unit);
    Rulebook.Builder book = Rulebook.builder().id("testkit-one-indicator").title("单指标评分")
        .source("jixiao-testkit").provenance(Provenance.confirmed("ScoringRuleLaws"))
        .addIndicator(node.build());
    Indicator.Builder indicator = Indicator.builder().code("1").name(input.getIndicatorName())
        .level(1).weight(weight).kind(input.getDirection().isPresent()
            ? IndicatorKind.QUANTITATIVE : IndicatorKind.QUALITATIVE);
    input.getDirection().ifPresent(indicator::direction);
    input.getTarget().ifPresent(indicator::target);
    input.getUnit().ifPresent(indicator::unit);
    IndicatorEntry.Builder entry = IndicatorEntry.builder().indicatorCode("1");
    input.getActual().ifPresent(entry::actual);
    input.getLevel().ifPresent(entry::level);
    input.getChosenPoints().ifPresent(entry::claimedScore);
    input.getCoefficient().ifPresent(entry::coefficient);
    SelfEvaluation.Builder evaluation = SelfEvaluation.builder()
        .kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021).department(DEPARTMENT)
        .budget(Budget.builder().fullYear(BigDecimal.ZERO).executed(BigDecimal.ZERO).build())
        .addIndicator(indicator.build()).addEntry(entry.build());
    if (rest.signum() > 0) {
      book.addIndicator(RulebookIndicator.builder().code("2").name("其他指标").level(1).weight(rest)
          .rule(RuleSpec.of(FILLER)).build());
      evaluation.addIndicator(Indicator.builder().code("2").name("其他指标").level(1).weight(rest)
          .kind(IndicatorKind.QUALITATIVE).build());
    }
    for (BigDecimal points : deductions) {
      evaluation.addDeduction(Deduction.builder().indicatorCode("1").points(points)
          .reason("ScoringRuleLaws").build());
    }
    // Under the spec's type, whatever the rule calls itself: the laws score the rule, not its id.
    ScoringRules rules = ScoringRules.builder()
        .register(ScoringRule.of(input.getSpec().getType(), rule::score), FULL_MARKS).build();
    // Strict: a rule that breaks its contract inside the evaluation is a law violation, not FAILED.
    IndicatorScore scored = Scorer.using(rules).strict().score(evaluation.build(), book.build())
        .indicator("1").orElseThrow();
    return new Scored(scored.getStatus(), scored.getRulePoints(), scored.getPoints());
  }

  private static final Department DEPARTMENT = Department.builder().code("testkit")
      .name("ScoringRuleLaws").level(GovernmentLevel.COUNTY).region("—")
      .kind(DepartmentKind.ADMINISTRATIVE).build();
}
