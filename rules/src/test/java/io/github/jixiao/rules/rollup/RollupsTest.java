package io.github.jixiao.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Five training projects of one unit rolled up (lifecycle.md §5), every number worked by hand:
 * budgets 100, 300, 50, 0, 50 万元 executed 95, 240, 50, 0, 44.5; claimed 92 优, 85 良, 55 差,
 * 78 中, 90 优; 培训人次 (人次, ≥) in three of them, 合格率 (%, ≥) in two.
 */
class RollupsTest {

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static SelfEvaluation.Builder project(String title, String budget, String executed,
      String claimed, Grade grade) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021).title(title)
        .department(Department.builder().code("219").name("某区教育局").level(GovernmentLevel.COUNTY)
            .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE).build())
        .budget(Budget.builder().fullYear(d(budget)).executed(d(executed)).build())
        .claimedTotal(d(claimed)).claimedGrade(grade);
  }

  private static SelfEvaluation.Builder with(SelfEvaluation.Builder b, String code, String name,
      String unit, String target, String actual) {
    return b.addIndicators(Indicator.builder().code(code).name(name).level(1).weight(d("10"))
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d(target))
        .unit(unit).build())
        .addEntries(IndicatorEntry.builder().indicatorCode(code).actual(d(actual)).build());
  }

  private static List<RolledProject> five() {
    SelfEvaluation.Builder p1 = project("教师培训一", "100", "95", "92", Grade.EXCELLENT);
    with(p1, "1", "培训人次", "人次", "1000", "1250");
    with(p1, "2", "合格率", "%", "90", "96");
    SelfEvaluation.Builder p2 = project("教师培训二", "300", "240", "85", Grade.GOOD);
    with(p2, "1", "培训人次", "人次", "500", "450");
    with(p2, "2", "合格率", "%", "95", "92");
    SelfEvaluation.Builder p3 = project("校长培训", "50", "50", "55", Grade.POOR);
    with(p3, "1", "培训人次", "人次", "200", "200");
    SelfEvaluation.Builder p4 = project("结转项目", "0", "0", "78", Grade.FAIR);
    SelfEvaluation.Builder p5 = project("网络研修", "50", "44.5", "90", Grade.EXCELLENT);
    return List.of(p1, p2, p3, p4, p5).stream().map(b -> RolledProject.claimed(b.build()))
        .toList();
  }

  @Test
  void moneyIsAddedAndTheSumsExecutionRateIsTheSumsOwn() {
    DepartmentRollup r = Rollups.of(five(), Optional.empty());

    // 100 + 300 + 50 + 0 + 50 = 500; 95 + 240 + 50 + 0 + 44.5 = 429.5; 429.5 ÷ 500 = 85.90 %
    assertThat(r.budget()).isEqualByComparingTo("500");
    assertThat(r.executed()).isEqualByComparingTo("429.5");
    assertThat(r.executionRate()).contains(d("85.90"));
    assertThat(r.departmentCode()).isEqualTo("219");
    assertThat(r.fiscalYear()).isEqualTo(2021);
  }

  @Test
  void gradesAreCountedWithTheirSharesAndTheLowOnesListed() {
    DepartmentRollup r = Rollups.of(five(), Optional.empty());

    // 优 2 of 5 = 40.00 %, 良 1 = 20.00 %, 中 1, 差 1
    assertThat(r.perGrade()).containsEntry(Grade.EXCELLENT, 2).containsEntry(Grade.GOOD, 1)
        .containsEntry(Grade.FAIR, 1).containsEntry(Grade.POOR, 1);
    assertThat(r.gradeShares()).containsEntry(Grade.EXCELLENT, d("40.00"))
        .containsEntry(Grade.POOR, d("20.00"));
    assertThat(r.ungraded()).isZero();
    // 55 < 60; execution 80 % and 89 % < 90 %, the zero budget not applicable
    assertThat(r.belowSixty()).extracting(p -> p.evaluation().getTitle().orElseThrow())
        .containsExactly("校长培训");
    assertThat(r.belowNinetyExecution()).extracting(p -> p.evaluation().getTitle().orElseThrow())
        .containsExactly("教师培训二", "网络研修");
    assertThat(r.projects().get(3).executionRate()).isEmpty();
  }

  @Test
  void countsAreSummedBeforeTheyAreScoredAndRatesWeightedByMoney() {
    DepartmentRollup r = Rollups.of(five(), Optional.empty());

    assertThat(r.indicators()).hasSize(2);
    IndicatorTotal trained = r.indicators().get(0);
    // 1250 + 450 + 200 = 1900 of 1000 + 500 + 200 = 1700: 111.7647… → 111.76 %
    assertThat(trained.name()).isEqualTo("培训人次");
    assertThat(trained.rate()).isFalse();
    assertThat(trained.projects()).isEqualTo(3);
    assertThat(trained.actual().orElseThrow()).isEqualByComparingTo("1900");
    assertThat(trained.target().orElseThrow()).isEqualByComparingTo("1700");
    assertThat(trained.completion()).contains(d("111.76"));
    IndicatorTotal passed = r.indicators().get(1);
    // (96 × 100 + 92 × 300) ÷ 400 = 93.00; targets (90 × 100 + 95 × 300) ÷ 400 = 93.75;
    // 37200 ÷ 37500 = 99.20 %
    assertThat(passed.rate()).isTrue();
    assertThat(passed.actual()).contains(d("93.00"));
    assertThat(passed.target()).contains(d("93.75"));
    assertThat(passed.completion()).contains(d("99.20"));
  }

  private static SelfEvaluation department(String project) {
    return SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
        .department(Department.builder().code("219").name("某区教育局").level(GovernmentLevel.COUNTY)
            .region("广东省广州市白云区").kind(DepartmentKind.ADMINISTRATIVE).build())
        .budget(Budget.builder().unit(MoneyUnit.YUAN).fullYear(d("10000000"))
            .executed(d("9000000")).project(BudgetLine.of(d(project), d(project))).build())
        .build();
  }

  @Test
  void theDepartmentsProjectSpendingIsCheckedAgainstTheProjectsInItsOwnUnit() {
    // 6 000 000 元 = 600 万元; the five projects' 500 are 83.33 % of it
    DepartmentRollup covered = Rollups.of(five(), Optional.of(department("6000000")));
    assertThat(covered.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-852");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message(Locale.CHINESE)).isEqualTo(
          "已评价的 5 个项目预算数合计 500 万元，占部门项目支出 600 万元的 83.33%：并非所有项目都已评价");
    });
    // 4 500 000 元 = 450 万元 < 500: parts above their total
    DepartmentRollup above = Rollups.of(five(), Optional.of(department("4500000")));
    assertThat(above.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-851");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("$.budget.project.budget");
    });
    assertThat(Rollups.of(five(), Optional.of(department("5000000"))).findings()).isEmpty();
  }

  @Test
  void noProjectAnotherKindOrSeveralUnitsCannotBeRolledUp() {
    assertThatThrownBy(() -> Rollups.of(List.of(), Optional.empty()))
        .isInstanceOf(RollupException.class);
    assertThatThrownBy(() -> Rollups.of(List.of(RolledProject.claimed(department("1"))),
        Optional.empty())).isInstanceOf(RollupException.class);
    List<RolledProject> mixed = new java.util.ArrayList<>(five());
    SelfEvaluation other = mixed.get(0).evaluation();
    mixed.set(0, RolledProject.claimed(other.withDepartment(other.getDepartment().withCode("220"))));
    assertThatThrownBy(() -> Rollups.of(mixed, Optional.empty()))
        .isInstanceOfSatisfying(RollupException.class, e -> assertThat(
            e.reason().render(Locale.CHINESE))
            .isEqualTo("这些自评分属单位 219, 220、年度 [2021]：汇总须为同一单位、同一年度"));
  }
}
