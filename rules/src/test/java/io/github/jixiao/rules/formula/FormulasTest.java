package io.github.jixiao.rules.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.rules.result.FormulaResult;
import io.github.jixiao.rules.result.FormulaStatus;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Named formulas compute rates from the evaluation's own figures, and show them. */
class FormulasTest {

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void theRegistryOfFormulasCannotBeChangedThroughItsIds() {
    assertThatThrownBy(() -> Formulas.standard().ids().remove(Formulas.EXECUTION_RATE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Formulas.standard().ids().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Formulas.standard().contains(Formulas.EXECUTION_RATE)).isTrue();
    assertThat(Formulas.standard().ids()).startsWith(Formulas.EXECUTION_RATE).contains(Formulas.MISSED_MILESTONES);
  }

  @Test
  void executionRateOfTheSeedIsComputedFromItsOwnFigures() {
    FormulaResult rate = Formulas.standard().compute(Formulas.EXECUTION_RATE, BaiyunFixture.evaluation());
    assertThat(rate.getStatus()).isEqualTo(FormulaStatus.COMPUTED);
    assertThat(rate.getValue()).contains(d("97.162293"));
    assertThat(rate.getUnit()).isEqualTo("%");
    assertThat(rate.input("executed")).contains(d("3212.37"));
    assertThat(rate.input("budget")).contains(d("3306.19"));
  }

  @Test
  void aRateWhoseDenominatorIsZeroDoesNotApply() {
    SelfEvaluation nothingBudgeted = BaiyunFixture.evaluation(Budget.builder()
        .fullYear(BigDecimal.ZERO).executed(BigDecimal.ZERO).build());
    FormulaResult rate = Formulas.standard().compute(Formulas.EXECUTION_RATE, nothingBudgeted);
    assertThat(rate.getStatus()).isEqualTo(FormulaStatus.NOT_APPLICABLE);
    assertThat(rate.getValue()).isEmpty();
  }

  @Test
  void aFormulaWhoseFiguresAreMissingSaysSo() {
    FormulaResult rate = Formulas.standard().compute(Formulas.STAFF_CONTROL, BaiyunFixture.evaluation());
    assertThat(rate.getStatus()).isEqualTo(FormulaStatus.MISSING_DATA);
  }

  @Test
  void carryOverRateAndItsChangeAndOperatingCostControl() {
    SelfEvaluation e = BaiyunFixture.evaluation(Budget.builder().fullYear(d("3306.19"))
        .executed(d("3212.37")).operating(BudgetLine.of(d("200"), d("190")))
        .carryOver(CarryOver.builder().atStart(d("80")).atEnd(d("93.82")).build()).build());
    assertThat(Formulas.standard().compute(Formulas.CARRY_OVER_RATE, e).getValue())
        .contains(d("2.837707"));  // 93.82 ÷ 3306.19
    assertThat(Formulas.standard().compute(Formulas.CARRY_OVER_CHANGE, e).getValue())
        .contains(d("17.275000")); // (93.82 − 80) ÷ 80
    assertThat(Formulas.standard().compute(Formulas.OPERATING_COST_CONTROL, e).getValue())
        .contains(d("95.000000"));
  }

  @Test
  void keyTaskCompletionCountsTheKeyTasksOfTheSeed() {
    FormulaResult done = Formulas.standard().compute(Formulas.KEY_TASK_COMPLETION, BaiyunFixture.evaluation());
    assertThat(done.getValue()).contains(d("100.000000"));
    assertThat(done.input("completed")).contains(d("100"));
  }

  @Test
  void anUnknownFormulaIsRefusedWithTheKnownOnesListed() {
    assertThatThrownBy(() -> Formulas.standard().compute("exec-rate", BaiyunFixture.evaluation()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no formula is named 'exec-rate'; use one of execution-rate,"
            + " execution-rate.with-carry-over, execution-rate.funds-in-place, adjustment-rate,"
            + " carry-over-rate,")
        .hasMessageEndingWith(", payment-progress, missed-milestones");
  }

  @Test
  void anUnknownFormulaOfAHundredThousandCharactersIsEchoedBoundedAndEscaped() {
    String id = "\u001b[2J\r" + "x".repeat(100_000);
    assertThatThrownBy(() -> Formulas.standard().compute(id, BaiyunFixture.evaluation()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no formula is named '\\u001b[2J\\u000d" + "x".repeat(35)
            + "…'; use one of execution-rate,");
  }
}
