package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static io.github.jixiao.rules.check.Fixture.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.result.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The reviewers' standards 3 and 4 (lifecycle.md §4): a quantitative claim with nothing to
 * assess scores 0 (JX-607), and so does satisfaction with no survey behind it (JX-608, "未收到投诉
 * = 100 %满意" does not count), on the consistent fixture: 常委会会议次数 ≥ 6 is entries[2]; a
 * 满意度 leaf is added as entries[5].
 */
class AssessableAndSurveyedTest {

  private static IndicatorEntry meetingsClaimed(String claimed) {
    return IndicatorEntry.builder().indicatorCode("2.1.1").claimedScore(d(claimed)).build();
  }

  @Test
  void meetingsClaimingTwentyFivePointsWithNoNumberAndNoEvidenceScoreZero() {
    Draft draft = Fixture.consistent();
    draft.entry(meetingsClaimed("25"));

    assertThat(findings(draft.build(), "JX-607")).singleElement().satisfies(f -> {
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.getPath()).isEqualTo("$.entries[2].actual");
      assertThat(f.getExpected()).hasValue("0");
      assertThat(f.getActual()).hasValue("25");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“2.1.1 常委会会议次数”自评 25 分，却既无实际完成值，"
          + "也未列明佐证材料：按复核标准第 3 条，无从考核的申报得 0 分；请填写实际完成值及其佐证");
    });
  }

  @Test
  void anActualAWrittenResultEvidenceOrNoClaimLeaveSomethingToAssess() {
    assertThat(findings(Fixture.consistent().build(), "JX-607")).isEmpty();
    Draft draft = Fixture.consistent();
    draft.entry(meetingsClaimed("25").withEvidence(List.of("常委会会议纪要")));
    assertThat(findings(draft.build(), "JX-607")).isEmpty();
    draft.entry(meetingsClaimed("25").withActualWritten("6次"));
    assertThat(findings(draft.build(), "JX-607")).isEmpty();
    draft.entry(meetingsClaimed("0"));
    assertThat(findings(draft.build(), "JX-607")).isEmpty();
    // 预算完成率 computes its actual with its formula: never an empty claim
    draft = Fixture.consistent();
    draft.entry(IndicatorEntry.builder().indicatorCode("1.1.1").claimedScore(d("9.72")).build());
    assertThat(findings(draft.build(), "JX-607")).isEmpty();
  }

  private static Draft withSatisfaction(IndicatorEntry.Builder entry, String dataSource) {
    Draft draft = Fixture.consistent();
    draft.indicators.add(Fixture.group("3.2", "满意度指标", 2, "3", "10"));
    var satisfaction = Fixture.quantitative("3.2.1", "服务对象满意度", "3.2", "10",
        Direction.AT_LEAST, "90", null);
    draft.indicators.add(dataSource == null ? satisfaction
        : satisfaction.withDataSource(dataSource));
    draft.entries.add(entry.indicatorCode("3.2.1").actual(d("95")).claimedScore(d("10"))
        .build());
    return draft;
  }

  @Test
  void ninetyFivePercentSatisfiedWithNoSurveyNamedScoresZero() {
    Draft draft = withSatisfaction(IndicatorEntry.builder(), null);

    assertThat(findings(draft.build(), "JX-608")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[5].evidence");
      assertThat(f.getExpected()).hasValue("0");
      assertThat(f.getActual()).hasValue("10");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("'3.2.1 服务对象满意度' claims 10 points for"
          + " satisfaction but names no survey behind it: under the reviewers' standard 4 it"
          + " scores 0; name the survey (questionnaire, sample, respondents) in the data source"
          + " or the evidence");
    });
  }

  @Test
  void noComplaintsIsNamedAsNoSurvey() {
    Draft draft = withSatisfaction(IndicatorEntry.builder().completion("全年未收到投诉，满意度100%"),
        null);

    assertThat(findings(draft.build(), "JX-608")).singleElement()
        .satisfies(f -> assertThat(f.message(Locale.CHINESE)).isEqualTo("满意度指标“3.2.1 服务对象满意度”"
            + "以“未收到投诉”自评 10 分：未收到投诉不等于满意度调查，按复核标准第 4 条得 0 分；请写明调查（问卷、样本、受访人数）"));
  }

  @Test
  void aSurveyInTheDataSourceOrTheEvidenceOrNoPointsClaimedClearsIt() {
    assertThat(findings(withSatisfaction(IndicatorEntry.builder(), "发放问卷200份，有效问卷190份").build(),
        "JX-608")).isEmpty();
    assertThat(findings(withSatisfaction(IndicatorEntry.builder().addEvidence("服务对象满意度调查报告"),
        null).build(), "JX-608")).isEmpty();
    // a survey named beside the absence of complaints still counts
    assertThat(findings(withSatisfaction(IndicatorEntry.builder().completion("未收到投诉；抽样回访50户"),
        null).build(), "JX-608")).isEmpty();
    Draft none = withSatisfaction(IndicatorEntry.builder(), null);
    none.entry(none.entries.get(5).withClaimedScore(d("0")));
    assertThat(findings(none.build(), "JX-608")).isEmpty();
    // the fixture's own rows measure no satisfaction
    assertThat(findings(Fixture.consistent().build(), "JX-608")).isEmpty();
  }

  @Test
  void aVagueBenefitTargetThatAlreadyKeepsFortyPercentIsNotFlaggedAgain() {
    Draft draft = Fixture.consistent();
    // 社会效益 (30 points) under 效益 with the target 明显提升群众获得感: at most 30 × 40 % = 12.00
    draft.indicators.set(8, Fixture.group("3", "效益", 1, null, "30"));
    draft.indicators.set(10, draft.indicators.get(10).withTargetText("明显提升群众获得感"));
    assertThat(findings(draft.build(), "JX-606")).singleElement()
        .satisfies(f -> assertThat(f.getExpected()).hasValue("≤ 12.00"));
    draft.entry(draft.entries.get(4).withClaimedScore(d("12")));
    assertThat(findings(draft.build(), "JX-606")).isEmpty();
    draft.entry(draft.entries.get(4).withClaimedScore(d("12.01")));
    assertThat(findings(draft.build(), "JX-606")).hasSize(1);
  }
}
