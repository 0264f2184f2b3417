package io.github.jixiao.core;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The constraints and invariants of the values below the root, with the seed's own data. */
class DomainValuesTest {

  @Test
  void statedPrecisionDefaultsToTheDecimalsAsWritten() {
    StatedFigure executionRate = figure("execution-rate", "97.16")
        .numerator(new BigDecimal("3212.37")).denominator(new BigDecimal("3306.19")).build();
    StatedFigure solvedRate = figure("solved-rate", "92")
        .numerator(new BigDecimal("169")).denominator(new BigDecimal("184")).build();
    StatedFigure solvedRateWithDecimals = figure("solved-rate", "92.00").build();

    assertThat(executionRate.getPrecision()).isEqualTo(2);
    assertThat(solvedRate.getPrecision()).isZero();
    assertThat(solvedRateWithDecimals.getPrecision()).isEqualTo(2);
  }

  @Test
  void aStatedValueCannotHaveMoreDecimalsThanItsPrecision() {
    assertThatThrownBy(() -> figure("execution-rate", "97.16").precision(0).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("$.precision");
              assertThat(v.message(Locale.ENGLISH)).contains("97.16 has 2 decimals but precision is 0");
            }));
  }

  @Test
  void aNumeratorNeedsItsDenominator() {
    assertThatThrownBy(() -> figure("solved-rate", "92").numerator(new BigDecimal("169")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("$.denominator"));
  }

  @Test
  void aLevelOneIndicatorHasNoParentAndDeeperOnesNeedOne() {
    assertThatThrownBy(() -> indicator("1", 1).parentCode("0").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("$.parentCode"));
    assertThatThrownBy(() -> indicator("1.1", 2).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.getMessage()).contains("a level-2 indicator needs the code of its parent"));
  }

  @Test
  void aQuantitativeIndicatorNeedsADirection() {
    assertThatThrownBy(() -> Indicator.builder().code("1.1.1").name("预算完成率").level(3)
        .parentCode("1.1").weight(new BigDecimal("10")).kind(IndicatorKind.QUANTITATIVE)
        .target(new BigDecimal("100")).unit("%").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("$.direction"));
  }

  @Test
  void weightsAndPointsHaveAtMostTwoDecimalsAndWeightsAreNotNegative() {
    assertThatThrownBy(() -> Indicator.builder().code("1").name("履职效能").level(1)
        .weight(new BigDecimal("-5")).kind(IndicatorKind.QUALITATIVE).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("$.weight"));
    // A number beyond its digits is told that alone: its sign is not asked (the door first).
    assertThatThrownBy(() -> Indicator.builder().code("1").name("履职效能").level(1)
        .weight(new BigDecimal("-5.001")).kind(IndicatorKind.QUALITATIVE).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).singleElement().satisfies(v -> {
              assertThat(v.path()).isEqualTo("$.weight");
              assertThat(v.message(Locale.ENGLISH))
                  .isEqualTo("must have at most 3 integer digits and 2 decimals (was -5.001)");
              assertThat(v.message(Locale.CHINESE)).isEqualTo("整数部分最多 3 位、小数部分最多 2 位（实际为 -5.001）");
            }));
  }

  @Test
  void aDeductionTakesPositivePointsForAReason() {
    assertThatThrownBy(() -> Deduction.builder().indicatorCode("2.1").points(BigDecimal.ZERO)
        .reason(" ").build())
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("$.points", "$.reason"));
  }

  @Test
  void departmentCodesAreUniqueAndUnitParentsExist() {
    Department.Builder office = baiyunOffice()
        .addDuty(Duty.builder().code("office-1").text("负责区人大会议的会务组织").build())
        .addDuty(Duty.builder().code("office-1").text("负责起草常委会的重要文件").build())
        .addUnit(OrganisationalUnit.builder().code("office").name("办公室").build())
        .addUnit(OrganisationalUnit.builder().code("liaison").name("联络科")
            .parentCode("secretariat").build());

    assertThatThrownBy(office::build)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactly("$.duties[1].code", "$.units[1].parentCode");
          assertThat(e.getMessage()).contains("no unit has code 'secretariat'");
        });
  }

  @Test
  void unitsMustFormATree() {
    Department.Builder office = baiyunOffice()
        .addUnit(OrganisationalUnit.builder().code("a").name("甲").parentCode("b").build())
        .addUnit(OrganisationalUnit.builder().code("b").name("乙").parentCode("a").build());

    assertThatThrownBy(office::build)
        .isInstanceOfSatisfying(InvalidValueException.class, e ->
            assertThat(e.violations()).extracting(Violation::path)
                .containsExactly("$.units[0].parentCode", "$.units[1].parentCode"));
  }

  @Test
  void aTaskMayOnlyServeDutiesTheDepartmentHas() {
    Department office = baiyunOffice()
        .addDuty(Duty.builder().code("office-1").text("负责区人大会议的会务组织").build()).build();
    SelfEvaluation.Builder evaluation = SelfEvaluation.builder()
        .kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021).department(office)
        .budget(Budget.builder().fullYear(new BigDecimal("3306.19"))
            .executed(new BigDecimal("3212.37")).build())
        .addTask(Task.builder().code("t1").title("圆满完成换届选举工作").addDutyCode("office-1")
            .addDutyCode("sc-2").key(true).build());

    assertThatThrownBy(evaluation::build)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path)
              .containsExactly("$.tasks[0].dutyCodes[1]");
          assertThat(e.getMessage()).contains("the department has no duty 'sc-2'");
        });
  }

  private static StatedFigure.Builder figure(String code, String value) {
    return StatedFigure.builder().code(code).name(code).kind(FigureKind.RATE)
        .statedValue(new BigDecimal(value)).unit("%");
  }

  private static Indicator.Builder indicator(String code, int level) {
    return Indicator.builder().code(code).name("履职效能").level(level)
        .weight(new BigDecimal("50")).kind(IndicatorKind.QUALITATIVE);
  }

  private static Department.Builder baiyunOffice() {
    return Department.builder().code("101001").name("广州市白云区人民代表大会常务委员会办公室")
        .level(GovernmentLevel.COUNTY).region("广东省广州市白云区")
        .kind(DepartmentKind.ADMINISTRATIVE);
  }
}
