package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.formula.Formulas;
import io.github.jixiao.rules.result.FormulaStatus;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The base of the execution rate (预算执行率的分母): the full-year budget (the default; Sichuan's
 * 调整后预算数), the full-year budget with last year's carry-over (a 2020 municipal form, formats.md
 * table D), or the funds in place. The seed executed 3212.37 of 3306.19 万元.
 */
class ExecutionBaseTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Rulebook under(ExecutionBase base) {
    return Rulebooks.guangzhouDepartment2021()
        .withExecution(ExecutionSettings.builder().base(base).build());
  }

  private static Budget.Builder seedBudget() {
    return Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"));
  }

  /** The seed with {@code budget} and no deduction, under {@code base}. */
  private static ScoreCard score(Budget budget, ExecutionBase base) {
    return Scorer.standard().score(BaiyunFixture.evaluation(budget), under(base));
  }

  @Test
  void theFullYearBudgetIsTheDefaultAndChangesNothing() {
    assertThat(Rulebooks.guangzhouDepartment2021().getExecution())
        .isEqualTo(ExecutionSettings.standard());
    ScoreCard card = score(seedBudget().build(), ExecutionBase.FULL_YEAR);
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    // 3212.37 ÷ 3306.19 = 97.1622… % → 10 × 97.16 % = 9.72
    assertThat(execution.getPoints()).isEqualTo(d("9.72"));
    assertThat(execution.getFormula().orElseThrow().getFormula())
        .isEqualTo(Formulas.EXECUTION_RATE);
    assertThat(card.getNotes()).extracting(Message::getKey)
        .noneMatch(k -> k.startsWith("note.execution-base"));
    assertThat(card).isEqualTo(Scorer.standard().score(BaiyunFixture.evaluation(
        seedBudget().build()), Rulebooks.guangzhouDepartment2021()));
  }

  @Test
  void withLastYearsCarryOverTheBaseIsFullYearPlusCarryOver() {
    Budget budget = seedBudget().carryOver(CarryOver.builder().atStart(d("100.00"))
        .atEnd(d("93.82")).build()).build();
    ScoreCard card = score(budget, ExecutionBase.FULL_YEAR_WITH_CARRY_OVER);
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    // 3212.37 ÷ (3306.19 + 100.00) = 3212.37 ÷ 3406.19 = 94.3097… % → 10 × 94.31 % = 9.431 → 9.43
    assertThat(execution.getPoints()).isEqualTo(d("9.43"));
    assertThat(execution.getFormula()).hasValueSatisfying(f -> {
      assertThat(f.getFormula()).isEqualTo(Formulas.EXECUTION_RATE_WITH_CARRY_OVER);
      assertThat(f.getValue()).contains(d("94.309771"));
      assertThat(f.input("executed")).contains(d("3212.37"));
      assertThat(f.input("budget")).contains(d("3406.19"));
      assertThat(f.input("fullYear")).contains(d("3306.19"));
      assertThat(f.input("carryOver")).contains(d("100.00"));
    });
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 94.31% < 100%，得分 = 10 × 94.31% = 9.43");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .contains("2.1.1 预算完成率 的执行率以全年预算数（含上年结转结余）为分母：全年预算数 3306.19"
            + " + 上年结转结余 100.00 = 3406.19，执行数 3212.37");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH))
        .contains("2.1.1 预算完成率: execution is rated against the full-year budget with last"
            + " year's carry-over: full-year budget 3306.19 + carry-over 100.00 = 3406.19;"
            + " executed 3212.37");
  }

  @Test
  void againstTheFundsInPlaceTheBaseIsTheMoneyActuallyThere() {
    ScoreCard card = score(seedBudget().fundsInPlace(d("3250.00")).build(),
        ExecutionBase.FUNDS_IN_PLACE);
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    // 3212.37 ÷ 3250.00 = 98.8421… % → 10 × 98.84 % = 9.884 → 9.88
    assertThat(execution.getPoints()).isEqualTo(d("9.88"));
    assertThat(execution.getFormula()).hasValueSatisfying(f -> {
      assertThat(f.getFormula()).isEqualTo(Formulas.EXECUTION_RATE_FUNDS_IN_PLACE);
      assertThat(f.getValue()).contains(d("98.842154"));
      assertThat(f.input("executed")).contains(d("3212.37"));
      assertThat(f.input("fundsInPlace")).contains(d("3250.00"));
    });
    assertThat(execution.explain(Locale.ENGLISH))
        .isEqualTo("预算完成率 98.84% < 100%, points = 10 × 98.84% = 9.88");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .contains("2.1.1 预算完成率 的执行率以资金到位数为分母：资金到位数 3250.00，执行数 3212.37");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH))
        .contains("2.1.1 预算完成率: execution is rated against the funds in place, 3250.00;"
            + " executed 3212.37");
    // 25 + 22 + 9.88 + 5 + 5 (no deduction here) + 5 × 6
    assertThat(card.getTotal()).contains(d("96.88"));
  }

  @Test
  void aMissingBaseFigureIsMissingDataNeverZeroPercent() {
    // The encoded seed types no actual for 预算完成率, and its budget gives no funds in place.
    ScoreCard card = Scorer.standard().score(BaiyunFixture.asEncoded(),
        under(ExecutionBase.FUNDS_IN_PLACE));
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    assertThat(execution.getFormula()).hasValueSatisfying(f -> {
      assertThat(f.getStatus()).isEqualTo(FormulaStatus.MISSING_DATA);
      assertThat(f.getValue()).isEmpty();
    });
    assertThat(execution.getStatus()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(execution.getInputs()).noneMatch(a -> a.getName().equals("actual"));
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .contains("2.1.1 预算完成率 的执行率以资金到位数为分母，评价未提供该数据：执行率缺少数据，不按 0% 计");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH))
        .contains("2.1.1 预算完成率: execution is rated against the funds in place, which the"
            + " evaluation does not give: the rate is missing data, not 0 %");
  }

  @Test
  void aTypedRateIsUsedForAMissingBaseOnlyWithANote() {
    // The fixture types 97.16 for 预算完成率: no carry-over is given, so that is what scores.
    ScoreCard card = score(seedBudget().build(), ExecutionBase.FULL_YEAR_WITH_CARRY_OVER);

    assertThat(card.indicator("2.1.1").orElseThrow().getPoints()).isEqualTo(d("9.72"));
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).contains(
        "2.1.1 预算完成率 的计算公式 execution-rate.with-carry-over 缺少数据，按自评表填报的实际值 97.16 计分");
  }

  @Test
  void zeroFundsInPlaceMakeTheLineNotApplicable() {
    ScoreCard card = score(seedBudget().fundsInPlace(d("0")).build(),
        ExecutionBase.FUNDS_IN_PLACE);

    assertThat(card.indicator("2.1.1").orElseThrow().getStatus())
        .isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.isRescaled()).isTrue();
  }

  @Test
  void theChecksCanAskForTheRateAgainstAnyBase() {
    Budget budget = seedBudget().fundsInPlace(d("3250.00")).carryOver(CarryOver.builder()
        .atStart(d("100.00")).atEnd(d("0")).build()).build();

    assertThat(ExecutionBase.FULL_YEAR.rate(budget, 2).map(Percentage::value))
        .contains(d("97.16"));
    assertThat(ExecutionBase.FULL_YEAR_WITH_CARRY_OVER.rate(budget, 2)
        .map(Percentage::value)).contains(d("94.31"));
    assertThat(ExecutionBase.FUNDS_IN_PLACE.rate(budget, 2)
        .map(Percentage::value)).contains(d("98.84"));
    assertThat(ExecutionBase.FUNDS_IN_PLACE.rate(seedBudget().build(), 2))
        .isEqualTo(Optional.empty());
  }
}
