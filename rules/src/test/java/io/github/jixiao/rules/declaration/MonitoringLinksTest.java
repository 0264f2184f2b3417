package io.github.jixiao.rules.declaration;

import static io.github.jixiao.rules.declaration.Declarations.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.CompletionLikelihood;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MonitoringAdjustment;
import io.github.jixiao.core.MonitoringEntry;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.SelfEvaluation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A July report that says 培训人次 (≥ 1000, 20 points) cannot be completed, against the year's
 * self-evaluation (lifecycle.md §6): full points afterwards are JX-964 unless an adjustment is
 * recorded; a report of another unit is JX-965.
 */
class MonitoringLinksTest {

  private static SelfEvaluation evaluation(String claimed, String adjustment) {
    Indicator.Builder trained = Indicator.builder().code("T2.1.1").name("培训人次").level(1)
        .weight(d("20")).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
        .target(d("1000")).unit("人次");
    if (adjustment != null) {
      trained.adjustmentReason(adjustment);
    }
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(Department.builder().code("219").name("某市财政局（示例）")
            .level(GovernmentLevel.MUNICIPAL).region("安徽省合肥市")
            .kind(DepartmentKind.ADMINISTRATIVE).build())
        .budget(Budget.builder().fullYear(d("200")).executed(d("180")).build())
        .addIndicators(trained.build())
        .addEntries(IndicatorEntry.builder().indicatorCode("T2.1.1").actual(d("1250"))
            .claimedScore(d(claimed)).build()).build();
  }

  private static MonitoringEntry.Builder july() {
    return MonitoringEntry.builder().code("T2.1.1").name("培训人次")
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d("1000"))
        .current(d("380")).likelihood(CompletionLikelihood.IMPOSSIBLE);
  }

  private static MonitoringReport report(String unit, MonitoringEntry row) {
    return MonitoringReport.builder().departmentCode(unit).departmentName("某市财政局（示例）")
        .fiscalYear(2021).month(7)
        .budget(Budget.builder().fullYear(d("200")).executed(d("70")).build()).addEntries(row)
        .build();
  }

  @Test
  void impossibleInJulyAndFullPointsInTheEnd() {
    List<StageFinding> found = MonitoringLinks.check(evaluation("20", null),
        report("219", july().build()), "monitoring-2021-07.json");

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-964");
      assertThat(f.path()).isEqualTo("$.entries[0].claimedScore");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("监控表 monitoring-2021-07.json 在 7 月称指标"
          + "“培训人次”完全不可能完成，自评却得满分 20 分，且未记录调整：请说明其后的变化，或按实际完成情况评分");
    });
  }

  @Test
  void anAdjustmentFewerPointsOrAnotherLikelihoodClearIt() {
    MonitoringReport adjusted = report("219", july().adjustment(MonitoringAdjustment.builder()
        .target(d("600")).reason("疫情期间压减培训班次").build()).build());
    assertThat(MonitoringLinks.check(evaluation("20", null), adjusted, "m.json")).isEmpty();
    assertThat(MonitoringLinks.check(evaluation("20", "年中调减培训任务"),
        report("219", july().build()), "m.json")).isEmpty();
    assertThat(MonitoringLinks.check(evaluation("19.99", null), report("219", july().build()),
        "m.json")).isEmpty();
    assertThat(MonitoringLinks.check(evaluation("20", null), report("219", july()
        .likelihood(CompletionLikelihood.POSSIBLE).build()), "m.json")).isEmpty();
  }

  @Test
  void aReportOfAnotherUnitIsSaidAndNotCompared() {
    assertThat(MonitoringLinks.check(evaluation("20", null), report("220", july().build()),
        "m.json")).extracting(StageFinding::code, StageFinding::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("JX-965", "$.monitoring"));
  }
}
