package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.CheckCode;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.result.SkippedCheck;
import io.github.jixiao.rules.spi.CheckContext;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Task;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks that need a rulebook, on the seed under the reconstructed Guangzhou 2021 rulebook: the
 * rules give 94.72 (预算完成率 9.72 of 10) where the unit claims 94 (9 for 预算完成率).
 */
class RescoringChecksTest {

  private static final Rulebook GUANGZHOU = Rulebooks.guangzhouDepartment2021();

  /** The seed's table mirroring the rulebook, with 预算完成率 and the total claimed as given. */
  static Draft guangzhou(String executionClaim, String total) {
    Draft draft = new Draft();
    draft.rulebook = GUANGZHOU.getId();
    draft.duties.add(Fixture.duty("office-2", "负责区人大常委会有关决定事项及常委会领导交办事项的组织实施和督促检查"));
    draft.tasks.add(Task.builder().code("proposals").title("代表建议办理：代表共提出了建议100件均已答复完毕")
        .addDutyCode("office-2").key(true).plannedCount(100).completedCount(100).build());
    for (RulebookIndicator node : GUANGZHOU.getIndicators()) {
      draft.indicators.add(BaiyunFixture.mirror(node));
    }
    draft.entries.add(claim("1.1", "25"));
    draft.entries.add(IndicatorEntry.builder().indicatorCode("1.2").claimedScore(d("22"))
        .level(QualitativeLevel.ACHIEVED).build());
    draft.entries.add(IndicatorEntry.builder().indicatorCode("2.1.1")
        .claimedScore(d(executionClaim)).actual(d("97.16"))
        .deviationReason("在资金管理方面预算完成率未能达到 100%").build());
    draft.entries.add(IndicatorEntry.builder().indicatorCode("2.1.2").claimedScore(d("5"))
        .actual(d("98.50")).build());
    draft.entries.add(claim("2.1.3", "3"));
    for (String code : List.of("2.2", "2.3", "2.4", "2.5", "2.6")) {
      draft.entries.add(claim(code, "6"));
    }
    draft.deductions.add(Deduction.builder().indicatorCode("2.1.3").points(d("2"))
        .reason("项目资金支出进度分配不均").build());
    draft.claimedTotal = d(total);
    draft.claimedGrade = Grade.EXCELLENT;
    return draft;
  }

  private static IndicatorEntry claim(String code, String points) {
    return IndicatorEntry.builder().indicatorCode(code).claimedScore(d(points)).build();
  }

  private static CheckReport run(Draft draft) {
    return Checks.standard().run(draft.build(), GUANGZHOU);
  }

  @Test
  void withoutARulebookTheRescoringChecksAreListedAsNotRunWithTheReason() {
    CheckReport report = Checks.standard().run(guangzhou("9", "94").build());

    assertThat(report.getChecksNotRun()).extracting(SkippedCheck::getCheckCode)
        .containsExactly("JX-204", "JX-205", "JX-207", "JX-301");
    assertThat(report.getChecksNotRun()).filteredOn(s -> !s.getCheckCode().equals("JX-205"))
        .allSatisfy(s -> {
          assertThat(s.getReasonEn()).isEqualTo("no rulebook was given");
          assertThat(s.getReasonZh()).isEqualTo("未提供评分办法");
        });
    assertThat(report.getChecksRun()).doesNotContain("JX-204", "JX-205", "JX-207", "JX-301");
  }

  @Test
  void theSeedsClaimOf9ForTheExecutionRateAnd94InAllAreBeyondTheTolerance() {
    CheckReport report = run(guangzhou("9", "94"));

    assertThat(report.getChecksRun()).contains("JX-204", "JX-205", "JX-207", "JX-301");
    assertThat(report.findings("JX-301")).satisfiesExactly(
        f -> {
          assertThat(f.getPath()).isEqualTo("$.claimedTotal");
          assertThat(f.getExpected()).hasValue("94.72");
          assertThat(f.getActual()).hasValue("94");
        },
        f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[2].claimedScore");
          assertThat(f.getExpected()).hasValue("9.72");
          assertThat(f.getActual()).hasValue("9");
          assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
        });
  }

  @Test
  void aClaimTheRulesRefuseIsComparedWithThePointsTheyGive() {
    Draft draft = guangzhou("9.72", "94.72");
    // 履职效果 (25) 未达成 yet claiming full points: the rule refuses the claim and gives 0.00.
    draft.entries.set(1, IndicatorEntry.builder().indicatorCode("1.2").claimedScore(d("25"))
        .level(QualitativeLevel.NOT_ACHIEVED).build());

    assertThat(run(draft).findings("JX-301")).filteredOn(f -> f.getPath().startsWith("$.entries"))
        .singleElement().satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[1].claimedScore");
          assertThat(f.getExpected()).hasValue("0.00");
          assertThat(f.getActual()).hasValue("25");
          assertThat(f.getMessageEn()).isEqualTo("'1.2 履职效果' claims 25 but the rules give 0.00"
              + " (the claim is refused by the rule), more than 0.50 apart");
        });
  }

  @Test
  void aClaimScoredZeroForAMissingInputIsComparedToo() {
    Draft draft = guangzhou("9.72", "94.72");
    // 履职效果 claims 22 without saying whether it was achieved: no level, 0 points.
    draft.entries.set(1, claim("1.2", "22"));

    assertThat(run(draft).findings("JX-301")).filteredOn(f -> f.getPath().startsWith("$.entries"))
        .singleElement().satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[1].claimedScore");
          assertThat(f.getExpected()).hasValue("0.00");
          assertThat(f.getActual()).hasValue("22");
          assertThat(f.getMessageZh()).contains("（缺少评分所需数据）");
        });
  }

  @Test
  void claimsWithinHalfAPointOfTheRulesAreSilent() {
    assertThat(run(guangzhou("9.30", "94.30")).findings("JX-301")).isEmpty();
    assertThat(run(guangzhou("9.72", "94.72")).findings("JX-301")).isEmpty();
  }

  @Test
  void aScoreCardAlreadyComputedIsUsedAsGiven() {
    SelfEvaluation evaluation = guangzhou("9", "94").build();
    ScoreCard card = Scorer.standard().score(evaluation, GUANGZHOU);

    CheckReport report = Checks.standard().run(CheckContext.of(evaluation, GUANGZHOU, card));

    assertThat(report.findings("JX-301")).hasSize(2);
    assertThat(report).isEqualTo(run(guangzhou("9", "94")));
  }

  @Test
  void aClaimedGradeOtherThanTheGradeOfTheClaimedTotalIsAFinding() {
    Draft draft = guangzhou("9", "94");
    draft.claimedGrade = Grade.GOOD;

    assertThat(run(draft).findings("JX-207")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.claimedGrade");
      assertThat(f.getExpected()).hasValue("EXCELLENT (优)");
      assertThat(f.getActual()).hasValue("GOOD (良)");
    });
    assertThat(run(guangzhou("9", "94")).findings("JX-207")).isEmpty();
  }

  @Test
  void aTableCodeThatIsAnotherIndicatorsCodeInTheRulebookIsAFinding() {
    Draft draft = guangzhou("9", "94");
    int at = indexOf(draft, "2.2");
    draft.indicators.set(at, Indicator.builder().code("2.2").name("政府采购执行率").level(2)
        .parentCode("2").weight(d("6")).kind(IndicatorKind.QUALITATIVE).build());

    assertThat(run(draft).findings("JX-204")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators[" + at + "].code");
      assertThat(f.getExpected()).hasValue("采购管理");
      assertThat(f.getActual()).hasValue("政府采购执行率");
    });
    assertThat(run(guangzhou("9", "94")).findings("JX-204")).isEmpty();
  }

  @Test
  void aTableWeightOtherThanTheRulebooksIsAFinding() {
    Draft draft = guangzhou("9", "94");
    int at = indexOf(draft, "2.6");
    draft.indicators.set(at, Indicator.builder().code("2.6").name("信息公开管理").level(2)
        .parentCode("2").weight(d("7")).kind(IndicatorKind.QUALITATIVE).build());

    assertThat(run(draft).findings("JX-203")).anySatisfy(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators[" + at + "].weight");
      assertThat(f.getExpected()).hasValue("6");
      assertThat(f.getActual()).hasValue("7");
    });
    assertThat(run(guangzhou("9", "94")).findings("JX-203")).isEmpty();
  }

  @Test
  void leavesUnderARulebookGroupMissingFromTheTableAreWeighedAgainstTheGroup() {
    Draft draft = guangzhou("9", "94");
    draft.indicators.removeIf(i -> i.getCode().equals("1"));
    draft.indicators.add(Indicator.builder().code("1.3").name("代表建议办理").level(2)
        .parentCode("1").weight(d("5")).kind(IndicatorKind.QUALITATIVE).build());

    CheckReport report = run(draft);

    assertThat(report.findings("JX-205")).isEmpty();
    assertThat(report.findings("JX-203")).anySatisfy(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators[0].parentCode");
      assertThat(f.getExpected()).hasValue("50");
      assertThat(f.getActual()).hasValue("55");
    });
  }

  @Test
  void aParentCodeInNeitherTheTableNorTheRulebookIsAFinding() {
    Draft draft = guangzhou("9", "94");
    draft.indicators.add(Indicator.builder().code("3.1").name("满意度").level(2)
        .parentCode("3").weight(d("5")).kind(IndicatorKind.QUALITATIVE).build());

    assertThat(run(draft).findings("JX-205")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.indicators[" + (draft.indicators.size() - 1)
          + "].parentCode");
      assertThat(f.getActual()).hasValue("3");
    });
  }

  @Test
  void whenScoringFailsTheRescoringCheckIsAnErrorFindingAndTheOthersStillRun() {
    Draft draft = guangzhou("9", "94");
    int at = indexOf(draft, "2.2");
    draft.indicators.set(at, Indicator.builder().code("2.2").name("采购管理").level(2)
        .parentCode("2").weight(d("6")).kind(IndicatorKind.QUALITATIVE)
        .formula("no-such-formula").build());
    draft.claimedGrade = Grade.GOOD;

    CheckReport report = run(draft);

    assertThat(report.findings("JX-000")).singleElement().satisfies(f -> {
      assertThat(f.getCheckCode()).isEqualTo("JX-301");
      assertThat(f.getMessageEn()).startsWith("check JX-301 ("
          + CheckCode.CLAIMED_SCORE_VS_RULES.description() + ") found nothing: the evaluation"
          + " cannot be scored: indicator '2.2' (采购管理) names the formula 'no-such-formula',"
          + " which does not exist; use one of [").contains("execution-rate");
      assertThat(f.getMessageZh()).startsWith("审核规则 JX-301（"
          + CheckCode.CLAIMED_SCORE_VS_RULES.descriptionZh() + "）未得出结论：无法评分：指标“2.2”（采购管理）"
          + "的计算公式 'no-such-formula' 不存在；可用的公式：").contains("execution-rate、");
    });
    assertThat(report.findings("JX-207")).hasSize(1);
  }

  private static int indexOf(Draft draft, String code) {
    for (int i = 0; i < draft.indicators.size(); i++) {
      if (draft.indicators.get(i).getCode().equals(code)) {
        return i;
      }
    }
    throw new AssertionError(code);
  }
}
