package io.github.jixiao.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.github.jixiao.core.value.InvalidValueException;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed report's department, budget and evaluation, built from the report's own figures. */
class SeedTest {

  @Test
  void departmentHasTheReportsDutiesAndUnits() {
    Department office = BaiyunSeed.department();

    assertThat(office.getDuties()).hasSize(14 + 18 + 5);
    assertThat(office.getDuties()).filteredOn(d -> d.getOrgan().orElseThrow().endsWith("办公室"))
        .hasSize(5);
    assertThat(office.getUnits()).filteredOn(u -> u.getCategory().orElseThrow().equals("专门委员会"))
        .hasSize(4);
    assertThat(office.getUnits()).filteredOn(u -> u.getParentCode().isPresent())
        .extracting(OrganisationalUnit::getName)
        .containsExactly("科书科", "综合科", "组织行政科", "联络科");
    assertThat(office.getUnits()).filteredOn(u -> u.getCategory().orElseThrow().equals("工作委员会"))
        .hasSize(7);
    assertThat(office.duty("office-3").orElseThrow().getText()).contains("起草");
  }

  @Test
  void budgetIsTheReportsAndItsExecutionRateIsTheStated9716() {
    Budget budget = BaiyunSeed.budget();

    assertThat(Percentage.ofRatio(budget.getExecuted(), budget.getFullYear(), 2))
        .contains(new Percentage(new BigDecimal("97.16"), 2));
    assertThat(new Amount(budget.getFullYear(), budget.getUnit()).to(MoneyUnit.YUAN))
        .isEqualTo(Amount.of("33061900", MoneyUnit.YUAN));
  }

  @Test
  void executedMinusOneIsRefusedNamingExecutedInBothLanguages() {
    assertThatThrownBy(() -> Budget.builder().fullYear(new BigDecimal("3306.19"))
        .executed(new BigDecimal("-1")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$.executed");
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("must be greater than or equal to 0 (was -1)");
            assertThat(v.message(Locale.CHINESE)).isEqualTo("必须大于或等于 0（实际为 -1）");
          });
          assertThat(e.describe(Locale.CHINESE)).isEqualTo("$.executed: 必须大于或等于 0（实际为 -1）");
        });
  }

  @Test
  void theSeedEvaluationBuildsWithItsProjectFiguresClaimsAndProblems() {
    SelfEvaluation evaluation = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2021).title("2021年部门整体支出绩效自评报告")
        .department(BaiyunSeed.department()).budget(BaiyunSeed.budget())
        .addTask(Task.builder().code("elections").title("圆满完成换届选举工作").key(true)
            .heading("坚持党的领导，牢牢把握人大工作正确政治方向").addDutyCode("sc-2").addDutyCode("sc-3")
            .build())
        .addProject(Project.builder().code("congress-sessions").name("区人大会议项目")
            .outcome("会议按预期目标成功召开，保障了会议各项任务的完成").build())
        .claimedTotal(new BigDecimal("94"))
        .addStatedFigure(StatedFigure.builder().code("execution-rate").name("预算完成率")
            .kind(FigureKind.RATE).statedValue(new BigDecimal("97.16")).unit("%")
            .numerator(new BigDecimal("3212.37")).denominator(new BigDecimal("3306.19"))
            .quote("我单位全年预算数 3306.19 万元，执行数 3212.37 万元，完成预算的 97.16%。").build())
        .addNarrativeClaim(NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET)
            .quote("均达到了年初设定的各项绩效目标").section("部门整体绩效管理情况").build())
        .addProblem(Problem.builder().text("预算编制工作有待细化").addArea("预算编制").build())
        .addImprovement(Improvement.builder().text("着力加强预算编制管理").addArea("预算编制").build())
        .build();

    assertThat(evaluation.getClaimedTotal()).contains(new BigDecimal("94"));
    assertThat(evaluation.getStatedFigures().get(0).getPrecision()).isEqualTo(2);
    assertThat(evaluation.getDepartment().getDuties()).hasSize(37);
  }
}
