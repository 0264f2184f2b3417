package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleOutcome;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.rulebook.GradeScale;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The laws of scoring, over generated values (QuickTheories). */
class ScoringPropertiesTest {

  private static final List<RuleSpec> SPECS = List.of(BuiltInRules.proportional(),
      BuiltInRules.reverseRatio(), BuiltInRules.reverseLinear(), BuiltInRules.equal(),
      Yueyang.STAFF, Yueyang.THREE_PUBLIC_CHANGE, Yueyang.KEY_SPENDING, Yueyang.ADJUSTMENT,
      Yueyang.PAYMENTS, Yueyang.THREE_PUBLIC_CONTROL, Yueyang.RULES_IN_PLACE, Yueyang.COMPLIANCE,
      BuiltInRules.threshold(BigDecimal.valueOf(90), new BigDecimal("0.25"),
          BuiltInRules.Fraction.WHOLE_POINTS),
      BuiltInRules.milestones(BigDecimal.ONE), BuiltInRules.deductionPerFinding());

  /** Weights 0.01–100.00, values −50.00–250.00, targets 0.00–200.00: hundredths, exactly. */
  private static RuleOutcome score(int spec, int weight, int actual, int target) {
    return RuleHarness.score(SPECS.get(spec), BigDecimal.valueOf(weight, 2).toPlainString(),
        BigDecimal.valueOf(actual, 2).toPlainString(),
        BigDecimal.valueOf(target, 2).toPlainString(), "%");
  }

  @Test
  void pointsAlwaysLieWithinZeroAndTheWeight() {
    qt().forAll(integers().between(0, SPECS.size() - 1), integers().between(1, 10_000),
        integers().between(-5_000, 25_000), integers().between(0, 20_000))
        .checkAssert((spec, weight, actual, target) -> {
          BigDecimal points = score(spec, weight, actual, target).points();
          assertThat(points).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(weight, 2));
        });
  }

  @Test
  void pointsMoveOnlyInTheDeclaredDirection() {
    int specs = SPECS.size();
    qt().forAll(integers().between(0, specs * 20_000 - 1), integers().between(1, 10_000),
        integers().between(-5_000, 25_000), integers().between(0, 5_000))
        .checkAssert((specAndTarget, weight, low, rise) -> {
          int spec = specAndTarget % specs;
          int target = specAndTarget / specs + 1;
          RuleOutcome lower = score(spec, weight, low, target);
          RuleOutcome higher = score(spec, weight, low + rise, target);
          if (lower.status() != ScoreStatus.SCORED || higher.status() != ScoreStatus.SCORED) {
            return; // outside the rule's domain: a refusal is not a score to compare
          }
          Monotonicity declared = ScoringRules.standard().find(SPECS.get(spec).getType())
              .orElseThrow().monotonicity(SPECS.get(spec));
          if (declared == Monotonicity.INCREASING) {
            assertThat(higher.points()).isGreaterThanOrEqualTo(lower.points());
          } else if (declared == Monotonicity.DECREASING) {
            assertThat(higher.points()).isLessThanOrEqualTo(lower.points());
          }
        });
  }

  @Test
  void everyRuleIsDeterministic() {
    qt().forAll(integers().between(0, SPECS.size() - 1), integers().between(1, 10_000),
        integers().between(-5_000, 25_000), integers().between(0, 20_000))
        .checkAssert((spec, weight, actual, target) -> {
          RuleOutcome first = score(spec, weight, actual, target);
          RuleOutcome second = score(spec, weight, actual, target);
          assertThat(second.points()).isEqualTo(first.points());
          assertThat(second.status()).isEqualTo(first.status());
          assertThat(second.explanation()).isEqualTo(first.explanation());
        });
  }

  @Test
  void theTotalIsTheSumOfRoundedIndicatorPointsAndEachStaysWithinItsWeight() {
    Rulebook guangzhou = Rulebooks.guangzhouDepartment2021();
    qt().forAll(longs().between(1, 1_000_000_00L), longs().between(0, 1_200_000_00L),
        integers().between(1, 1_000))
        .checkAssert((budgetFen, executedFen, deduction) -> {
          SelfEvaluation evaluation = BaiyunFixture.evaluation(Budget.builder()
              .fullYear(BigDecimal.valueOf(budgetFen, 2))
              .executed(BigDecimal.valueOf(executedFen, 2)).build(),
              Deduction.builder().indicatorCode("2.2").points(BigDecimal.valueOf(deduction, 2))
                  .reason("采购程序不规范").build());
          ScoreCard card = Scorer.standard().score(evaluation, guangzhou);
          BigDecimal sum = BigDecimal.ZERO;
          for (IndicatorScore s : card.getIndicators()) {
            assertThat(s.getPoints().scale()).isEqualTo(2);
            assertThat(s.getPoints()).isBetween(BigDecimal.ZERO, s.getWeight());
            sum = sum.add(s.getPoints());
          }
          assertThat(card.isRescaled()).isFalse();
          assertThat(card.getTotal()).contains(sum);
          assertThat(card.getGrade()).contains(guangzhou.getGradeScale().gradeOf(sum));
        });
  }

  @Test
  void theGradeNeverFallsAsTheTotalRises() {
    GradeScale central = GradeScale.central();
    qt().forAll(integers().between(0, 10_000), integers().between(0, 10_000))
        .checkAssert((a, b) -> {
          Grade lower = central.gradeOf(BigDecimal.valueOf(Math.min(a, b), 2));
          Grade higher = central.gradeOf(BigDecimal.valueOf(Math.max(a, b), 2));
          // Grade is declared best first: a better grade has a smaller ordinal.
          assertThat(higher.ordinal()).isLessThanOrEqualTo(lower.ordinal());
        });
  }
}
