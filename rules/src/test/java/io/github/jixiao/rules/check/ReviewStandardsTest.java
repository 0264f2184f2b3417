package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static io.github.jixiao.rules.check.Fixture.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.result.Severity;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reviewers' standards and contradictions of lifecycle.md §4 on a training project in the
 * national form's tree: 产出指标 (T2: 数量 T2.1 培训人次 ≥ 1000, 20; 质量 T2.2 培训合格率 ≥ 95, 20; 成本
 * T2.3 人均培训成本 ≤ 1500 元, 10) and 效益指标 (T3: 社会效益 T3.1 基层业务能力提升, 30); budget 200
 * 万元, 180 executed.
 */
class ReviewStandardsTest {

  private static Draft project() {
    Draft draft = new Draft();
    draft.budget = Fixture.budget("200", "180");
    draft.indicators.add(Fixture.group("T2", "产出指标", 1, null, "50"));
    draft.indicators.add(Fixture.group("T2.1", "数量指标", 2, "T2", "20"));
    draft.indicators.add(Fixture.quantitative("T2.1.1", "培训人次", "T2.1", "20",
        Direction.AT_LEAST, "1000", null));
    draft.indicators.add(Fixture.group("T2.2", "质量指标", 2, "T2", "20"));
    draft.indicators.add(Fixture.quantitative("T2.2.1", "培训合格率", "T2.2", "20",
        Direction.AT_LEAST, "95", null));
    draft.indicators.add(Fixture.group("T2.3", "成本指标", 2, "T2", "10"));
    draft.indicators.add(Fixture.quantitative("T2.3.1", "人均培训成本", "T2.3", "10",
        Direction.AT_MOST, "1500", null));
    draft.indicators.add(Fixture.group("T3", "效益指标", 1, null, "30"));
    draft.indicators.add(Fixture.group("T3.1", "社会效益指标", 2, "T3", "30"));
    draft.indicators.add(Fixture.quantitative("T3.1.1", "基层业务能力提升率", "T3.1", "30",
        Direction.AT_LEAST, "80", null));
    draft.entries.add(Fixture.entry("T2.1.1", "1000", "20"));
    draft.entries.add(Fixture.entry("T2.2.1", "96", "20"));
    draft.entries.add(Fixture.entry("T2.3.1", "1400", "10"));
    draft.entries.add(Fixture.entry("T3.1.1", "85", "30"));
    return draft;
  }

  @Test
  void aCostWrittenWithAtLeastIsSaidAndOneWithAtMostIsNot() {
    Draft draft = project();
    draft.indicators.set(6, Fixture.quantitative("T2.3.1", "人均培训成本", "T2.3", "10",
        Direction.AT_LEAST, "1500", null));

    assertThat(findings(draft.build(), "JX-602")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators[6].direction");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“T2.3.1 人均培训成本”为成本指标，却写作“≥”："
          + "成本应以上限控制，请写作“≤”（“≥”鼓励多花钱）");
    });
    assertThat(findings(project().build(), "JX-602")).isEmpty();
  }

  @Test
  void theSameIndicatorUnderOutputsAndBenefitsIsSaidOnTheBenefitsOne() {
    Draft draft = project();
    draft.indicators.set(9, Fixture.quantitative("T3.1.1", "培训人次", "T3.1", "30",
        Direction.AT_LEAST, "1000", null));

    assertThat(findings(draft.build(), "JX-603")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators[9].name");
      assertThat(f.getActual()).hasValue("T2.1.1");
    });
    assertThat(findings(project().build(), "JX-603")).isEmpty();
  }

  @Test
  void executionOf0Point08PercentWithFullOutputsIsAContradiction() {
    Draft draft = project();
    // 0.16 ÷ 200 = 0.0008: 0.08 %, below 10 %; 培训人次 20 of 20, 合格率 20 of 20, 成本 10 of 10
    draft.budget = Fixture.budget("200", "0.16");

    assertThat(findings(draft.build(), "JX-604")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.budget.executed");
      assertThat(f.getActual()).hasValue("0.08");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("预算执行率为 0.08%，低于 10%，而 3 个产出指标全部得满分："
          + "资金未支出，产出不可能全部完成");
    });
    // 90 % executed, or one output short of its weight (培训人次 18 of 20): no contradiction
    assertThat(findings(project().build(), "JX-604")).isEmpty();
    draft.entries.set(0, Fixture.entry("T2.1.1", "900", "18"));
    assertThat(findings(draft.build(), "JX-604")).isEmpty();
  }

  @Test
  void qualityAtZeroBesideAFullQuantityIsAContradiction() {
    Draft draft = project();
    draft.entries.set(1, IndicatorEntry.builder().indicatorCode("T2.2.1").actual(d("0"))
        .claimedScore(d("0")).deviationReason("项目尚未验收").build());

    assertThat(findings(draft.build(), "JX-605")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[0].claimedScore");
      assertThat(f.getExpected()).hasValue("< 20");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“T2.1.1 培训人次”得满分，而同组的质量指标“T2.2.1 培训合格率”"
          + "得 0 分：未通过验收的工作不能算作完成");
    });
    assertThat(findings(project().build(), "JX-605")).isEmpty();
  }

  @Test
  void pointsLostWithTheTargetMetNeedAReasonToo() {
    Draft draft = project();
    // 合格率 96 ≥ 95 met, yet 18 of 20 claimed with no reason: JX-210, not JX-406
    draft.entries.set(1, Fixture.entry("T2.2.1", "96", "18"));

    assertThat(findings(draft.build(), "JX-210")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[1].deviationReason");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“T2.2.1 培训合格率”自评 18 分，低于分值 20 分，"
          + "却未填写偏差原因：得分低于分值须说明原因");
    });
    assertThat(findings(draft.build(), "JX-406")).isEmpty();
    assertThat(findings(project().build(), "JX-210")).isEmpty();
  }

  @Test
  void aCostOverrunOf2Point4TimesKeptAtFullPointsIsSaid() {
    Draft draft = project();
    // 人均培训成本 ≤ 1500 at 3600 (2.4 × 1500), still 10 of 10
    draft.entries.set(2, IndicatorEntry.builder().indicatorCode("T2.3.1").actual(d("3600"))
        .claimedScore(d("10")).deviationReason("场地费上涨").build());

    assertThat(findings(draft.build(), "JX-211")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[2].claimedScore");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“T2.3.1 人均培训成本”完成值为 3600，目标 ≤ 1500，"
          + "仍得满分 10 分");
    });
    // within its limit (1400 ≤ 1500) at full points: nothing
    assertThat(findings(project().build(), "JX-211")).isEmpty();
  }

  @Test
  void aBureauSetsAStandardsSeverityOrSwitchesItOff() {
    Draft draft = project();
    draft.indicators.set(6, Fixture.quantitative("T2.3.1", "人均培训成本", "T2.3", "10",
        Direction.AT_LEAST, "1500", null));
    SelfEvaluation e = draft.build();

    // the firm holds JX-602 fatal: an error, and the report has errors
    Checks strict = Checks.standard().withSeverity("JX-602", Severity.ERROR);
    assertThat(strict.run(e).getFindings()).filteredOn(f -> f.getCode().equals("JX-602"))
        .singleElement().satisfies(f -> assertThat(f.getSeverity()).isEqualTo(Severity.ERROR));
    assertThat(strict.find("JX-602").orElseThrow().severity()).isEqualTo(Severity.ERROR);
    assertThat(Checks.standard().without("JX-602").run(e).getFindings())
        .noneMatch(f -> f.getCode().equals("JX-602"));
    assertThatThrownBy(() -> Checks.standard().without("JX-699"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(
            "no check has the code JX-699; the codes are [JX-101, JX-102");
  }

  @Test
  void aBenefitTargetOfWordsAloneIsNotAssessable() {
    Draft draft = project();
    draft.indicators.set(9, io.github.jixiao.core.Indicator.builder().code("T3.1.1")
        .name("基层业务能力").level(3).parentCode("T3.1").weight(d("30"))
        .kind(io.github.jixiao.core.IndicatorKind.QUALITATIVE).targetText("明显提升").build());
    draft.entries.set(3, IndicatorEntry.builder().indicatorCode("T3.1.1")
        .level(io.github.jixiao.core.QualitativeLevel.ACHIEVED).claimedScore(d("30")).build());

    // 30 × (1 − 60 %) = 12.00 at most; the first vague word tried is 明显
    assertThat(findings(draft.build(), "JX-606")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators[9].targetText");
      assertThat(f.getExpected()).hasValue("≤ 12.00");
      assertThat(f.getActual()).hasValue("明显");
    });
    // a measurable benefit ("提升率不低于80%", a number in it) is assessable
    draft.indicators.set(9, io.github.jixiao.core.Indicator.builder().code("T3.1.1")
        .name("基层业务能力").level(3).parentCode("T3.1").weight(d("30"))
        .kind(io.github.jixiao.core.IndicatorKind.QUALITATIVE).targetText("提升率不低于80%")
        .build());
    assertThat(findings(draft.build(), "JX-606")).isEmpty();
  }

  @Test
  void aGroupsSubtotalAndACostSavingAreNotTakenForLeaves() {
    Draft draft = project();
    // 产出指标's own row, a subtotal of 48 of 50 without a reason: not an entry check's business
    draft.entries.add(IndicatorEntry.builder().indicatorCode("T2").claimedScore(d("48")).build());
    // 成本节约率 ≥ 5 % under 成本指标: a saving is rightly at least
    draft.indicators.set(6, Fixture.quantitative("T2.3.1", "成本节约率", "T2.3", "10",
        Direction.AT_LEAST, "5", null));
    draft.entries.set(2, Fixture.entry("T2.3.1", "6", "10"));

    assertThat(findings(draft.build(), "JX-210")).isEmpty();
    assertThat(findings(draft.build(), "JX-602")).isEmpty();
  }
}
