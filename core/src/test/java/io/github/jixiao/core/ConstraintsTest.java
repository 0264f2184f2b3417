package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constraint of the domain: a value that breaks it is refused with its path, in English
 * and in Chinese, and the same value put right builds.
 */
class ConstraintsTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** Each case: the constraint, the bad value, the good value, the path of the violation. */
  static Stream<Arguments> constraints() {
    return Stream.of(
        c("duty code not blank", () -> Duty.builder().code(" ").text("召集本级人民代表大会会议").build(),
            () -> Duty.builder().code("sc-3").text("召集本级人民代表大会会议").build(), "code"),
        c("duty organ not blank when given",
            () -> Duty.builder().code("sc-3").text("召集会议").organ("").build(),
            () -> Duty.builder().code("sc-3").text("召集会议").organ("区人大常委会").build(), "organ"),
        c("unit not its own parent",
            () -> OrganisationalUnit.builder().code("office").name("办公室").parentCode("office").build(),
            () -> OrganisationalUnit.builder().code("office").name("办公室").build(), "parentCode"),
        c("staff in post not negative",
            () -> Staffing.builder().authorisedPosts(30).staffInPost(-1).build(),
            () -> Staffing.builder().authorisedPosts(30).staffInPost(31).build(), "staffInPost"),
        c("department region not blank",
            () -> department("").build(), () -> department("广东省广州市白云区").build(), "region"),
        c("task duty codes not blank",
            () -> Task.builder().code("t").title("依法决定重大事项").addDutyCode("").build(),
            () -> Task.builder().code("t").title("依法决定重大事项").addDutyCode("sc-4").build(),
            "dutyCodes[0]"),
        c("task completed count not negative",
            () -> Task.builder().code("t").title("召开常委会会议").completedCount(-6).build(),
            () -> Task.builder().code("t").title("召开常委会会议").completedCount(6).build(),
            "completedCount"),
        c("budget line amount not negative",
            () -> BudgetLine.of(d("-0.01"), d("0")), () -> BudgetLine.of(d("0.01"), d("0")),
            "budget"),
        c("carry-over at most six decimals",
            () -> CarryOver.builder().atStart(d("1.0000001")).atEnd(d("0")).build(),
            () -> CarryOver.builder().atStart(d("1.000001")).atEnd(d("0")).build(), "atStart"),
        c("payment period not blank",
            () -> Payment.builder().period(" ").planned(d("50")).paid(d("40")).build(),
            () -> Payment.builder().period("春节前").planned(d("50")).paid(d("40")).build(), "period"),
        c("三公 last year's budget not negative",
            () -> threePublic().previousYearBudget(d("-3")).build(),
            () -> threePublic().previousYearBudget(d("3")).build(), "previousYearBudget"),
        c("budget part not above its total",
            () -> budget().project(BudgetLine.of(d("3306.20"), d("1"))).build(),
            () -> budget().project(BudgetLine.of(d("3306.19"), d("1"))).build(), "project.budget"),
        c("budget adjustments at most six decimals",
            () -> budget().adjustments(d("-12.0000001")).build(),
            () -> budget().adjustments(d("-12.000001")).build(), "adjustments"),
        c("project executed not negative",
            () -> Project.builder().code("p").name("区人大会议项目").budget(d("100")).executed(d("-1"))
                .build(),
            () -> Project.builder().code("p").name("区人大会议项目").budget(d("100")).executed(d("99"))
                .build(), "executed"),
        c("indicator level at most 3", () -> indicator(4).build(),
            () -> indicator(1).build(), "level"),
        c("indicator weight above zero", () -> leaf("2.1.1", 3, "0").build(),
            () -> leaf("2.1.1", 3, "0.5").build(), "weight"),
        c("indicator target at most six decimals",
            () -> leaf().target(d("100.0000001")).build(), () -> leaf().target(d("100")).build(),
            "target"),
        c("entry claimed score at most two decimals",
            () -> IndicatorEntry.builder().indicatorCode("2.1.1").claimedScore(d("9.725")).build(),
            () -> IndicatorEntry.builder().indicatorCode("2.1.1").claimedScore(d("9.72")).build(),
            "claimedScore"),
        c("entry deviation reason not blank when given",
            () -> IndicatorEntry.builder().indicatorCode("2.1.1").deviationReason(" ").build(),
            () -> IndicatorEntry.builder().indicatorCode("2.1.1").deviationReason("项目资金支出进度分配不均")
                .build(), "deviationReason"),
        c("deduction points above zero",
            () -> Deduction.builder().indicatorCode("2.1.1").points(d("-1")).reason("支出进度不均").build(),
            () -> Deduction.builder().indicatorCode("2.1.1").points(d("1")).reason("支出进度不均").build(),
            "points"),
        c("stated figure precision at most 6",
            () -> figure().precision(7).build(), () -> figure().precision(6).build(), "precision"),
        c("narrative claim quote not blank",
            () -> NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET).quote("").build(),
            () -> NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET).quote("全面完成绩效目标任务")
                .build(), "quote"),
        c("problem areas not blank",
            () -> Problem.builder().text("预算编制工作有待细化").addArea(" ").build(),
            () -> Problem.builder().text("预算编制工作有待细化").addArea("预算编制").build(), "areas[0]"),
        c("improvement text not blank", () -> Improvement.builder().text("").build(),
            () -> Improvement.builder().text("着力加强资金使用管理").build(), "text"),
        c("fiscal year from 2000", () -> evaluation(1999).build(),
            () -> evaluation(2021).build(), "fiscalYear"),
        c("claimed total at most two decimals",
            () -> evaluation().claimedTotal(d("94.001")).build(),
            () -> evaluation().claimedTotal(d("94.00")).build(), "claimedTotal"),
        c("two indicators with one code",
            () -> evaluation().addIndicators(leaf().build(), leaf().build()).build(),
            () -> evaluation().addIndicator(leaf().build()).build(), "indicators[1].code"),
        c("an entry for an unknown indicator",
            () -> evaluation().addEntry(IndicatorEntry.builder().indicatorCode("9.9").build()).build(),
            () -> evaluation().addIndicator(leaf().build())
                .addEntry(IndicatorEntry.builder().indicatorCode("2.1.1").build()).build(),
            "entries[0].indicatorCode"),
        c("a deduction from an unknown indicator",
            () -> evaluation().addDeduction(Deduction.builder().indicatorCode("9.9").points(d("1"))
                .reason("支出进度不均").build()).build(),
            () -> evaluation().addIndicator(leaf().build()).addDeduction(Deduction.builder()
                .indicatorCode("2.1.1").points(d("1")).reason("支出进度不均").build()).build(),
            "deductions[0].indicatorCode"),
        c("a child one level below its parent in the table",
            () -> evaluation().addIndicators(indicator(1).build(), Indicator.builder().code("2.1.1")
                .name("预算完成率").level(3).parentCode("2").weight(d("10"))
                .kind(IndicatorKind.QUALITATIVE).build()).build(),
            () -> evaluation().addIndicators(indicator(1).build(), leaf("2.1", 2, "10").build())
                .build(), "indicators[1].level"),
        c("two stated figures with one code",
            () -> evaluation().addStatedFigures(figure().build(), figure().build()).build(),
            () -> evaluation().addStatedFigure(figure().build()).build(), "statedFigures[1].code"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("constraints")
  void aBrokenConstraintIsRefusedWithItsPathAndTheValuePutRightBuilds(Supplier<Object> bad,
      Supplier<Object> good, String path) {
    assertThatThrownBy(bad::get).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.violations()).extracting(Violation::path).contains(path);
      assertThat(e.violations()).allSatisfy(v -> {
        assertThat(v.message()).isNotBlank();
        assertThat(v.messageZh()).isNotBlank().isNotEqualTo(v.message());
      });
    });
    assertThat(good.get()).isNotNull();
  }

  private static Arguments c(String name, Supplier<Object> bad, Supplier<Object> good,
      String path) {
    return Arguments.of(Named.of(name, bad), good, path);
  }

  private static Department.Builder department(String region) {
    return Department.builder().code("baiyun").name("广州市白云区人民代表大会常务委员会办公室")
        .level(GovernmentLevel.COUNTY).region(region).kind(DepartmentKind.ADMINISTRATIVE);
  }

  private static Budget.Builder budget() {
    return Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"));
  }

  private static ThreePublicExpenses.Builder threePublic() {
    return ThreePublicExpenses.builder().overseasTrips(BudgetLine.of(d("0"), d("0")))
        .vehicles(BudgetLine.of(d("12.5"), d("11.2"))).hospitality(BudgetLine.of(d("3"), d("2.45")));
  }

  private static Indicator.Builder indicator(int level) {
    return Indicator.builder().code("2").name("管理效率").level(level).weight(d("50"))
        .kind(IndicatorKind.QUALITATIVE);
  }

  private static Indicator.Builder leaf() {
    return leaf("2.1.1", 3, "10");
  }

  /** 预算完成率 at {@code level}, under "2" for level 2 and under "2.1" for level 3. */
  private static Indicator.Builder leaf(String code, int level, String weight) {
    Indicator.Builder leaf = Indicator.builder().code(code).name("预算完成率").level(level)
        .parentCode(level == 2 ? "2" : "2.1").kind(IndicatorKind.QUANTITATIVE)
        .direction(Direction.AT_LEAST).unit("%");
    return leaf.weight(d(weight));
  }

  private static StatedFigure.Builder figure() {
    return StatedFigure.builder().code("solved-rate").name("群众反映问题解决率").kind(FigureKind.RATE)
        .statedValue(d("92")).unit("%").numerator(d("169")).denominator(d("184"));
  }

  private static SelfEvaluation.Builder evaluation() {
    return evaluation(2021);
  }

  private static SelfEvaluation.Builder evaluation(int year) {
    return SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(year)
        .department(department("广东省广州市白云区").build()).budget(budget().build());
  }
}
