package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.FigureKind;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.spi.Monotonicity;
import io.github.jixiao.rules.spi.RuleInput;
import io.github.jixiao.rules.spi.RuleOutcome;
import io.github.jixiao.testkit.Gen;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.RandomSource;
import io.github.jixiao.testkit.RuleGens;
import io.github.jixiao.testkit.ScoringRuleLaws;
import io.github.jixiao.testkit.quicktheories.QuickTheoriesLaws;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link StatedFigureRule} against the laws every scoring rule must keep, on inputs that carry an
 * evaluation with the figure it scores by: none, one without numerator and denominator, one the
 * testkit generates (a consistent rate, count or amount), or one with any numerator and
 * denominator — negative, zero, above the numerator.
 */
class StatedFigureRuleTest {

  private static final String FIGURE = "problems-solved-rate";
  private static final RuleSpec SPEC = RuleSpec.builder().type(StatedFigureRule.TYPE)
      .putOption("figure", FIGURE).build();

  /** Hundredths from −100.00 to 100.00, zero the simplest. */
  private static final Gen<BigDecimal> ANY_SIGN =
      Gen.longs(-100_00, 100_00).map(h -> BigDecimal.valueOf(h, 2));

  private static final Gen<StatedFigure> ANY_FIGURE = ANY_SIGN.zip(
      Gen.oneOf(List.of(Gen.constant(BigDecimal.ZERO), ANY_SIGN)),
      (numerator, denominator) -> StatedFigure.builder().code(FIGURE).name("群众反映问题解决率")
          .kind(FigureKind.RATE).statedValue(BigDecimal.ZERO).precision(2).unit("%")
          .numerator(numerator).denominator(denominator).build());

  private static final Gen<StatedFigure> WITHOUT_SOURCES = Gen.constant(StatedFigure.builder()
      .code(FIGURE).name("群众反映问题解决率").kind(FigureKind.RATE).statedValue(new BigDecimal("92"))
      .precision(0).unit("%").build());

  /** The figure the rule scores by, or none; beside another figure the rule must not take. */
  private static final Gen<List<StatedFigure>> FIGURES = Gen.oneOf(List.of(ANY_FIGURE,
      JixiaoGens.statedFigures(FIGURE), WITHOUT_SOURCES)).optional()
      .zip(JixiaoGens.statedFigures("satisfaction").optional(), (figure, other) -> {
        List<StatedFigure> figures = new ArrayList<>();
        figure.ifPresent(figures::add);
        other.ifPresent(figures::add);
        return figures;
      });

  private static final Gen<SelfEvaluation> EVALUATIONS = JixiaoGens.departments()
      .zip(JixiaoGens.budgets(), (department, budget) -> SelfEvaluation.builder()
          .kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021).department(department)
          .budget(budget))
      .zip(FIGURES, (evaluation, figures) -> evaluation.addAllStatedFigures(figures).build());

  /** What the rule sees: the testkit's inputs for a rule of one's own, with an evaluation. */
  static final Gen<RuleInput> INPUTS = RuleGens.inputs(SPEC).zip(EVALUATIONS,
      (input, evaluation) -> RuleInput.builder().indicatorCode(input.getIndicatorCode())
          .indicatorName("履职效果").weight(input.getWeight()).spec(SPEC)
          .target(input.getTarget()).direction(input.getDirection()).unit(input.getUnit())
          .actual(input.getActual()).level(input.getLevel())
          .chosenPoints(input.getChosenPoints()).evaluation(evaluation).build());

  @Test
  void theRuleKeepsTheLaws() {
    ScoringRuleLaws laws = ScoringRuleLaws.of(new StatedFigureRule(), INPUTS);

    QuickTheoriesLaws.check(laws);
    laws.checkRandomly(2021, 1_000);
  }

  @Test
  void theInputsReachEveryOutcomeOfTheRule() {
    RandomSource source = RandomSource.seeded(2021);
    Set<ScoreStatus> seen = EnumSet.noneOf(ScoreStatus.class);
    boolean negative = false;
    boolean partial = false;
    for (int i = 0; i < 1_000; i++) {
      RuleInput input = INPUTS.generate(source);
      RuleOutcome outcome = new StatedFigureRule().score(input);
      seen.add(outcome.status());
      negative |= outcome.explanation().getKey().equals("example.stated-figure-rate.negative");
      partial |= outcome.status() == ScoreStatus.SCORED && outcome.points().signum() > 0
          && outcome.points().compareTo(input.getWeight()) < 0;
    }

    assertThat(seen).contains(ScoreStatus.SCORED, ScoreStatus.MISSING_INPUT,
        ScoreStatus.NOT_APPLICABLE);
    assertThat(negative).as("a negative figure was met").isTrue();
    assertThat(partial).as("a rate below 100% was scored").isTrue();
  }

  @Test
  void aNegativeFigureIsNoRateAndEarnsNothing() {
    RuleOutcome outcome = new StatedFigureRule().score(input(-169, 184, null));

    assertThat(outcome.status()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(outcome.points()).isEqualByComparingTo("0");
    assertThat(outcome.explanation().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("履职效果 比率 problems-solved-rate 的分子或分母为负（-169/184），不能据以计分，得 0 分");
  }

  @Test
  void itDeclaresNoDirectionForItNeverReadsTheActualValue() {
    assertThat(new StatedFigureRule().monotonicity(SPEC)).isEqualTo(Monotonicity.NONE);
    RuleOutcome without = new StatedFigureRule().score(input(169, 184, null));
    for (String actual : List.of("0", "50", "1000")) {
      RuleOutcome with = new StatedFigureRule().score(input(169, 184, new BigDecimal(actual)));
      assertThat(with.points()).isEqualByComparingTo(without.points())
          .isEqualByComparingTo("22.9619565225");
      assertThat(with.explanation()).isEqualTo(without.explanation());
    }
  }

  /** The Baiyun figure 群众反映问题解决率 as {@code numerator}/{@code denominator}, weight 25. */
  private static RuleInput input(long numerator, long denominator, BigDecimal actual) {
    SelfEvaluation evaluation = EVALUATIONS.generate(RandomSource.seeded(1));
    StatedFigure figure = StatedFigure.builder().code(FIGURE).name("群众反映问题解决率")
        .kind(FigureKind.RATE).statedValue(new BigDecimal("92")).precision(0).unit("%")
        .numerator(BigDecimal.valueOf(numerator)).denominator(BigDecimal.valueOf(denominator))
        .build();
    RuleInput.Builder input = RuleInput.builder().indicatorCode("1.2").indicatorName("履职效果")
        .weight(new BigDecimal("25")).spec(SPEC).evaluation(SelfEvaluation.builder()
            .kind(evaluation.getKind()).fiscalYear(2021).department(evaluation.getDepartment())
            .budget(evaluation.getBudget()).addStatedFigures(figure).build());
    if (actual != null) {
      input.actual(actual);
    }
    return input.build();
  }
}
