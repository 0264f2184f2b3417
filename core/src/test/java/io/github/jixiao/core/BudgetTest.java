package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BudgetTest {

  private static final BigDecimal FULL_YEAR = new BigDecimal("3306.19");
  private static final BigDecimal EXECUTED = new BigDecimal("3212.37");

  @Test
  void seedBudgetKeepsItsAmountsExactly() {
    Budget budget = Budget.builder().fullYear(FULL_YEAR).executed(EXECUTED).build();

    assertThat(budget.getUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(budget.getFullYear().toPlainString()).isEqualTo("3306.19");
    assertThat(budget.getExecuted().toPlainString()).isEqualTo("3212.37");
    assertThat(MoneyUnit.WAN_YUAN.toYuan(budget.getExecuted()))
        .isEqualByComparingTo("32123700");
  }

  @Test
  void executedAboveBudgetIsWellFormedForAReviewerToFind() {
    Budget budget = Budget.builder().fullYear(EXECUTED).executed(FULL_YEAR).build();

    assertThat(budget.getExecuted()).isGreaterThan(budget.getFullYear());
  }

  @Test
  void basicAndProjectMustAddUpToTheFullYearBudget() {
    assertThatThrownBy(() -> Budget.builder().fullYear(FULL_YEAR).executed(EXECUTED)
        .basic(BudgetLine.of(new BigDecimal("2000.00"), new BigDecimal("1990.00")))
        .project(BudgetLine.of(new BigDecimal("1306.18"), new BigDecimal("1222.37")))
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Budget");
          assertThat(e.violations()).extracting(Violation::path).containsExactly("$.fullYear");
          assertThat(e.getMessage()).contains("basic.budget + project.budget = 3306.18")
              .contains("fullYear = 3306.19");
        });
  }

  @Test
  void partsThatAddUpAreAcceptedWhateverTheirScale() {
    Budget budget = Budget.builder().fullYear(FULL_YEAR).executed(EXECUTED)
        .basic(BudgetLine.of(new BigDecimal("2000"), new BigDecimal("1990.0")))
        .project(BudgetLine.of(new BigDecimal("1306.19"), new BigDecimal("1222.37")))
        .build();

    assertThat(budget.getProject()).isPresent();
  }

  @Test
  void personnelAndOperatingMustAddUpToBasic() {
    assertThatThrownBy(() -> Budget.builder().fullYear(FULL_YEAR).executed(EXECUTED)
        .basic(BudgetLine.of(new BigDecimal("2000.00"), new BigDecimal("1990.00")))
        .personnel(BudgetLine.of(new BigDecimal("1500.00"), new BigDecimal("1500.00")))
        .operating(BudgetLine.of(new BigDecimal("400.00"), new BigDecimal("490.00")))
        .build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("$.basic.budget"));
  }

  @Test
  void negativeMoneyAndTooManyDecimalsAreListedTogether() {
    assertThatThrownBy(() -> Budget.builder().fullYear(new BigDecimal("-1"))
        .executed(new BigDecimal("3212.3700001")).initial(new BigDecimal("-0.01")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("$.executed", "$.fullYear", "$.initial"));
  }

  @Test
  void aMissingAmountIsListedWithEveryOtherViolationInEnglishAndChinese() {
    assertThatThrownBy(() -> Budget.builder().fullYear(new BigDecimal("-5")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.type()).isEqualTo("Budget");
          assertThat(e.violations()).extracting(Violation::path, v -> v.message(Locale.ENGLISH),
              v -> v.message(Locale.CHINESE)).containsExactly(
                  tuple("$.executed", "is required but was not set", "为必填项，但未设置"),
                  tuple("$.fullYear", "must be greater than or equal to 0 (was -5)",
                      "必须大于或等于 0（实际为 -5）"));
          assertThat(e).hasMessage("Invalid Budget (2 problems): $.executed: is required but was"
              + " not set; $.fullYear: must be greater than or equal to 0 (was -5)");
          assertThat(e.describe(Locale.SIMPLIFIED_CHINESE))
              .isEqualTo("$.executed: 为必填项，但未设置\n$.fullYear: 必须大于或等于 0（实际为 -5）");
        });
  }

  @Test
  void aBudgetWithNothingSetNamesBothRequiredAmounts() {
    assertThatThrownBy(() -> Budget.builder().build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("$.executed", "$.fullYear"));
  }

  @Test
  void threePublicTotalsAreTheSumOfTheirParts() {
    ThreePublicExpenses sanGong = ThreePublicExpenses.builder()
        .overseasTrips(BudgetLine.of(new BigDecimal("0.00"), new BigDecimal("0.00")))
        .vehicles(BudgetLine.of(new BigDecimal("12.50"), new BigDecimal("11.20")))
        .hospitality(BudgetLine.of(new BigDecimal("3.00"), new BigDecimal("2.45")))
        .previousYearBudget(new BigDecimal("16.00"))
        .build();

    assertThat(sanGong.budgetTotal()).isEqualByComparingTo("15.50");
    assertThat(sanGong.executedTotal()).isEqualByComparingTo("13.65");
  }

  @Test
  void anyBudgetBuiltFromAgreeingPartsBuildsAndOneFenOffFails() {
    qt().forAll(longs().between(0, 10_000_000_00L), longs().between(0, 10_000_000_00L))
        .checkAssert((basicFen, projectFen) -> {
          BigDecimal basic = BigDecimal.valueOf(basicFen, 2);
          BigDecimal project = BigDecimal.valueOf(projectFen, 2);
          BigDecimal total = basic.add(project);
          Budget.Builder ok = Budget.builder().fullYear(total).executed(total)
              .basic(BudgetLine.of(basic, basic)).project(BudgetLine.of(project, project));
          assertThat(ok.build().getFullYear()).isEqualByComparingTo(total);

          BigDecimal off = total.add(new BigDecimal("0.01"));
          assertThatThrownBy(() -> Budget.builder().fullYear(off).executed(total)
              .basic(BudgetLine.of(basic, basic)).project(BudgetLine.of(project, project))
              .build())
              .isInstanceOfSatisfying(InvalidValueException.class, e ->
                  assertThat(e.violations()).extracting(Violation::path)
                      .containsExactly("$.fullYear"));
        });
  }
}
