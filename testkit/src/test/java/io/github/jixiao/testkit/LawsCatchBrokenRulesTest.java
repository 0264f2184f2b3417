package io.github.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.scoring.ScoringRules;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.rules.spi.ScoringRule;
import io.github.jixiao.testkit.ScoringRuleLaws.Law;
import io.github.jixiao.testkit.quicktheories.QuickTheoriesLaws;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each law catches the rule that breaks it, naming the law and a small case. */
class LawsCatchBrokenRulesTest {

  private static final RuleSpec MINE = RuleSpec.of("my-rule");
  private static final Pattern SMALLEST =
      Pattern.compile("Smallest found falsifying value\\(s\\) :-\\s*\\n(\\{[^\\n]*})");

  /** 正向 proportional, but without min(…, 1): above the target it gives more than the weight. */
  static final class UncappedProportional implements ScoringRule {
    @Override
    public String type() {
      return MINE.getType();
    }

    @Override
    public RuleOutcome score(RuleInput in) {
      if (in.getActual().isEmpty() || in.getTarget().filter(t -> t.signum() > 0).isEmpty()) {
        return RuleOutcome.missingInput(Message.of("missing.actual", name(in)));
      }
      BigDecimal points = in.getWeight().multiply(in.getActual().get())
          .divide(in.getTarget().get(), 10, RoundingMode.HALF_UP);
      return RuleOutcome.scored(points, explained(in, points));
    }

    @Override
    public Monotonicity monotonicity(RuleSpec spec) {
      return Monotonicity.INCREASING;
    }
  }

  @Test
  void aRuleGivingPointsAboveItsWeightIsCaughtAndShrunkToTheSmallestOvershoot() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
        QuickTheoriesLaws.check(ScoringRuleLaws.of(new UncappedProportional(),
            RuleGens.inputs(MINE)), 1_000, 7));

    assertThat(failure).as("the broken rule must be caught").isNotNull();
    assertThat(failure.getMessage()).contains("breaks POINTS_WITHIN_WEIGHT");
    Matcher smallest = SMALLEST.matcher(failure.getMessage());
    assertThat(smallest.find()).as(failure.getMessage()).isTrue();
    // Shrunk to the simplest weight and target, and the actual value just above the target.
    assertThat(smallest.group(1)).startsWith("{rule=my-rule, weight=10.00, target=100.00")
        .contains("actual=100.01").doesNotContain("deductions");
  }

  @Test
  void theSameRuleCheckedWithoutShrinkingStillNamesTheLawAndTheCase() {
    assertThatThrownBy(() -> ScoringRuleLaws.of(new UncappedProportional(), RuleGens.inputs(MINE))
        .checkRandomly(2021, 1_000))
        .isInstanceOfSatisfying(LawViolation.class, e -> {
          assertThat(e.law()).isEqualTo(Law.POINTS_WITHIN_WEIGHT.name());
          assertThat(e.example()).isInstanceOf(ScoringRuleLaws.Case.class);
          assertThat(e).hasMessageContaining("UncappedProportional breaks POINTS_WITHIN_WEIGHT")
              .hasMessageContaining("for weight");
        });
  }

  @Test
  void aRuleThatRemembersIsNotDeterministic() {
    AtomicInteger calls = new AtomicInteger();
    ScoringRule flaky = ScoringRule.of(MINE.getType(), in -> {
      BigDecimal points = calls.incrementAndGet() % 2 == 0 ? in.getWeight() : BigDecimal.ZERO;
      return RuleOutcome.scored(points, explained(in, points));
    });
    assertBreaks(flaky, RuleGens.inputs(MINE), Law.DETERMINISTIC);
  }

  @Test
  void aRuleMovingAgainstItsDeclaredDirectionIsNotMonotone() {
    ScoringRule proportional = ScoringRules.standard().find(BuiltInRules.PROPORTIONAL).orElseThrow();
    ScoringRule claimsDecreasing = new ScoringRule() {
      @Override
      public String type() {
        return BuiltInRules.PROPORTIONAL;
      }

      @Override
      public RuleOutcome score(RuleInput input) {
        return proportional.score(input);
      }

      @Override
      public Monotonicity monotonicity(RuleSpec spec) {
        return Monotonicity.DECREASING;
      }
    };
    assertBreaks(claimsDecreasing, RuleGens.inputs(BuiltInRules.PROPORTIONAL), Law.MONOTONE);
  }

  @Test
  void aRuleWhoseExplanationHasNoTemplateOrAnUnfilledPlaceholderIsNotExplained() {
    ScoringRule untemplated = ScoringRule.of(MINE.getType(), in -> RuleOutcome.scored(
        in.getWeight(),
        Message.of("mine.unknown-key", Argument.number("points", in.getWeight()))));
    assertBreaks(untemplated, RuleGens.inputs(MINE), Law.EXPLAINED);

    ScoringRule unfilled = ScoringRule.of(MINE.getType(), in -> RuleOutcome.scored(
        in.getWeight(), Message.custom("mine.full",
        "{name} 得分 {points}", "{name} earns {points}", name(in))));
    assertBreaks(unfilled, RuleGens.inputs(MINE), Law.EXPLAINED);
  }

  @Test
  void aRuleThatTakesTheDeductionsOffItselfWithoutAFloorIsCaughtInsideAnEvaluation() {
    // Reads the evaluation's deductions and subtracts them: below zero once they exceed the weight.
    ScoringRule doubleCounting = ScoringRule.of(MINE.getType(), in -> {
      BigDecimal deducted = in.getEvaluation().map(e -> e.getDeductions().stream()
          .map(Deduction::getPoints).reduce(BigDecimal.ZERO, BigDecimal::add))
          .orElse(BigDecimal.ZERO);
      BigDecimal points = in.getWeight().subtract(deducted);
      return RuleOutcome.scored(points, explained(in, points));
    });
    assertBreaks(doubleCounting, RuleGens.inputs(MINE), Law.DEDUCTIONS_FLOORED_AT_ZERO);
  }

  @Test
  void aRuleThatThrowsOnMissingInputDoesNotReturnAnOutcome() {
    ScoringRule throwing = ScoringRule.of(MINE.getType(), in -> {
      BigDecimal points = in.getWeight().min(in.getActual().orElseThrow());
      return RuleOutcome.scored(points, explained(in, points));
    });
    assertBreaks(throwing, RuleGens.unshapedInputs(MINE), Law.RETURNS_AN_OUTCOME);
  }

  private static void assertBreaks(ScoringRule rule, Gen<RuleInput> inputs, Law law) {
    assertThatThrownBy(() -> ScoringRuleLaws.of(rule, inputs).checkRandomly(94, 1_000))
        .isInstanceOfSatisfying(LawViolation.class, e -> assertThat(e.law()).isEqualTo(law.name()));
  }

  private static Argument name(RuleInput in) {
    return Argument.text("name", in.getIndicatorName());
  }

  private static Message explained(RuleInput in, BigDecimal points) {
    return Message.custom("mine.points", "{name} 得分 {points}", "{name} earns {points}",
        name(in), Argument.number("points", in.round(points)));
  }
}
