package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.formula.TestFormulaProvider;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.spi.Formula;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "custom formulas are impossible": a formula of one's own, registered with the scorer,
 * gives an indicator its actual value as a built-in one does; one that fails is named.
 */
class UserFormulaTest {

  private static final Formula DEDUCTION_COUNT = new TestFormulaProvider().formulas().get(0);

  /** 扣分项数 (100): −2 per deduction the evaluation records, by the milestones rule. */
  private static Rulebook book() {
    return Rulebook.builder().id("deductions").title("扣分项数").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicators(RulebookIndicator.builder().code("1").name("扣分项数").level(1)
            .weight(new BigDecimal("100")).formula(TestFormulaProvider.DEDUCTION_COUNT)
            .rule(BuiltInRules.milestones(new BigDecimal("2"))).build())
        .build();
  }

  @Test
  void aRegisteredFormulaGivesTheIndicatorItsActualValue() {
    Scorer scorer = Scorer.standard().withFormulas(Formulas.standard().with(DEDUCTION_COUNT));

    // the seed records one deduction (2.1.3): 100 − 2 × 1 = 98.00
    IndicatorScore scored = scorer.score(BaiyunFixture.evaluation(), book()).indicator("1")
        .orElseThrow();
    assertThat(scored.getPoints()).isEqualByComparingTo("98.00");
  }

  @Test
  void aFormulaTheScorerDoesNotKnowIsNamedWithWhatItKnows() {
    // By default the indicator fails, named, and the rest of the card is scored.
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(), book());
    IndicatorScore failed = card.indicator("1").orElseThrow();
    assertThat(failed.getStatus()).isEqualTo(ScoreStatus.FAILED);
    assertThat(failed.getPoints()).isEqualByComparingTo("0");
    assertThat(failed.explain(Locale.ENGLISH)).startsWith("indicator '1' (扣分项数) names the"
        + " formula 'deduction-count', which does not exist");
    assertThat(card.getNotes()).extracting(Message::getKey).contains("note.formula-failed");
    // Strict, the card is refused.
    assertThatThrownBy(() -> Scorer.standard().strict().score(BaiyunFixture.evaluation(), book()))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.getMessage()).startsWith("indicator '1' (扣分项数) names the formula"
              + " 'deduction-count', which does not exist; use one of execution-rate,");
          assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("指标“1”（扣分项数）的计算公式"
              + "“deduction-count”不存在；可用的公式：execution-rate, ");
          assertThat(e.indicatorCode()).contains("1");
        });
  }

  @Test
  void aFormulaThatThrowsOrAnswersForAnotherIdIsNamed() {
    Formula throwing = new Formula() {
      @Override
      public String id() {
        return TestFormulaProvider.DEDUCTION_COUNT;
      }

      @Override
      public FormulaResult compute(SelfEvaluation evaluation) {
        throw new IllegalStateException("no ledger");
      }
    };
    Scorer broken = Scorer.standard().withFormulas(Formulas.standard().with(throwing));
    assertThat(broken.score(BaiyunFixture.evaluation(), book()).indicator("1").orElseThrow()
        .getStatus()).isEqualTo(ScoreStatus.FAILED);
    assertThatThrownBy(() -> broken.strict().score(BaiyunFixture.evaluation(), book()))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("the formula 'deduction-count' ("
              + throwing.getClass().getName() + ") of indicator '1' (扣分项数) failed"
              + " (java.lang.IllegalStateException)");
          assertThat(e.getCause()).hasMessage("no ledger");
        });

    Formula impostor = new Formula() {
      @Override
      public String id() {
        return TestFormulaProvider.DEDUCTION_COUNT;
      }

      @Override
      public FormulaResult compute(SelfEvaluation evaluation) {
        return Formulas.standard().compute(Formulas.EXECUTION_RATE, evaluation);
      }
    };
    Scorer confused = Scorer.standard().withFormulas(Formulas.standard().with(impostor))
        .strict();
    assertThatThrownBy(() -> confused.score(BaiyunFixture.evaluation(), book()))
        .isInstanceOf(ScoringException.class)
        .hasMessageEndingWith("returned the result of 'execution-rate'; a formula returns its own"
            + " result");
  }
}
