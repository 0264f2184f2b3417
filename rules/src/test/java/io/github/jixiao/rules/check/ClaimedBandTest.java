package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * JX-201 under a rulebook: a claimed score outside the band its rule lets the unit pick in — a
 * qualitative level's band on a five-step scale or the national three-step one, a range band's
 * points (分档区间) — is found at the entry, read as the rule reads it (issue 14).
 */
class ClaimedBandTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** {@code spec} on indicator 1 of {@code weight}, the rest of 100 on indicator 2. */
  private static Rulebook rulebook(RuleSpec spec, String weight, String name) {
    return Rulebook.builder().id("bands").title("档次").source("test")
        .provenance(Provenance.confirmed("test"))
        .addIndicator(RulebookIndicator.builder().code("1").name(name).level(1)
            .weight(d(weight)).rule(spec).build())
        .addIndicator(RulebookIndicator.builder().code("2").name("其他").level(1)
            .weight(d("100").subtract(d(weight))).rule(BuiltInRules.deductionPerFinding())
            .build())
        .build();
  }

  private static SelfEvaluation evaluation(Indicator first, IndicatorEntry entry) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2023)
        .department(Department.builder().code("unit").name("某单位").level(GovernmentLevel.COUNTY)
            .region("四川省").kind(DepartmentKind.ADMINISTRATIVE).build())
        .budget(Budget.builder().fullYear(d("100")).executed(d("100")).build())
        .addIndicator(first)
        .addIndicator(Indicator.builder().code("2").name("其他").level(1)
            .weight(d("100").subtract(first.getWeight())).kind(IndicatorKind.QUALITATIVE).build())
        .addEntry(entry).build();
  }

  private static final RuleSpec FIVE_STEP =
      BuiltInRules.qualitativeFiveStep(d("0.9"), d("0.8"), d("0.7"), d("0.6"));

  private static List<Finding> fiveStep(String claim) {
    Indicator effect = Indicator.builder().code("1").name("履职效果").level(1).weight(d("10"))
        .kind(IndicatorKind.QUALITATIVE).build();
    CheckReport report = Checks.standard().run(evaluation(effect, IndicatorEntry.builder()
        .indicatorCode("1").level(QualitativeLevel.GOOD).claimedScore(d(claim)).build()),
        rulebook(FIVE_STEP, "10", "履职效果"));
    return report.findings("JX-201");
  }

  @Test
  void aClaimAboveItsFiveStepLevelsBandIsFound() {
    // 良 at weight 10 under 90/80/70/60 %: [8.00, 9.00).
    assertThat(fiveStep("9.20")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[0].claimedScore");
      assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
      assertThat(f.getExpected()).hasValue("[8.00, 9.00)");
      assertThat(f.getActual()).hasValue("9.20");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("the claimed score of '1 履职效果' is 9.20,"
          + " outside the band [8.00, 9.00) of its level good");
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("指标“1 履职效果”的自评得分 9.20 不在其完成程度“良”的档次 [8.00, 9.00) 内");
    });
    assertThat(fiveStep("8.50")).isEmpty();
    assertThat(fiveStep("9.00")).singleElement()
        .satisfies(f -> assertThat(f.getActual()).hasValue("9.00"));
  }

  @Test
  void theNationalBandsAreCheckedAsTheRuleReadsThem() {
    // 部分达成 at weight 5: national [3.00, 4.00), the 2020 municipal form's [2.50, 4.00).
    Indicator effect = Indicator.builder().code("1").name("履职效果").level(1).weight(d("5"))
        .kind(IndicatorKind.QUALITATIVE).build();
    SelfEvaluation claimed = evaluation(effect, IndicatorEntry.builder().indicatorCode("1")
        .level(QualitativeLevel.PARTLY_ACHIEVED).claimedScore(d("2.60")).build());
    assertThat(Checks.standard().run(claimed, rulebook(BuiltInRules.qualitative(), "5", "履职效果"))
        .findings("JX-201")).singleElement().satisfies(f -> {
          assertThat(f.getExpected()).hasValue("[3.00, 4.00)");
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("the claimed score of '1 履职效果' is"
              + " 2.60, outside the band [3.00, 4.00) of its level partly achieved");
        });
    assertThat(Checks.standard().run(claimed, rulebook(BuiltInRules.qualitative(d("0.8"),
        d("0.5")), "5", "履职效果")).findings("JX-201")).isEmpty();
    // Without a rulebook there is no band to hold the claim to: 2.60 lies in [0, 5].
    assertThat(Checks.standard().run(claimed).findings("JX-201")).isEmpty();
  }

  private static final RuleSpec RESEARCH = BuiltInRules.rangeBands(
      Band.range(d("0"), d("60"), d("0"), d("20")),
      Band.builder().from(d("60")).to(d("80")).toInclusive(true).points(d("21"))
          .pointsTo(d("40")).build(),
      Band.builder().from(d("80")).fromInclusive(false).to(d("100")).points(d("41"))
          .pointsTo(d("59")).build(),
      Band.exactly(d("100"), d("60")));

  private static List<Finding> research(String actual, String claim) {
    Indicator rate = Indicator.builder().code("1").name("研究任务完成率").level(1).weight(d("60"))
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d("100"))
        .unit("%").build();
    return Checks.standard().run(evaluation(rate, IndicatorEntry.builder().indicatorCode("1")
        .actual(d(actual)).claimedScore(d(claim)).deviationReason("部分课题延期").build()),
        rulebook(RESEARCH, "60", "研究任务完成率")).findings("JX-201");
  }

  @Test
  void aClaimOutsideTheRangeOfItsRatesBandIsFound() {
    // 85 % lies in 完成 80 % 以上, 41–59.
    assertThat(research("85", "60")).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.entries[0].claimedScore");
      assertThat(f.getExpected()).hasValue("[41.00, 59.00]");
      assertThat(f.getActual()).hasValue("60");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("the claimed score of '1 研究任务完成率' is"
          + " 60, outside the range 41.00–59.00 of points that its value 85% allows");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“1 研究任务完成率”的自评得分 60 不在其完成值"
          + " 85% 所在档次的得分区间 41.00–59.00 内");
    });
    assertThat(research("85", "50")).isEmpty();
    // 全部完成 is 60 and nothing else; 59.9 % lies in 0–20.
    assertThat(research("100", "60")).isEmpty();
    assertThat(research("59.9", "21")).singleElement()
        .satisfies(f -> assertThat(f.getExpected()).hasValue("[0.00, 20.00]"));
  }

  @Test
  void aFiveStepLevelMeetsItsTargetOnlyAtTheTopOfItsScale() {
    Indicator effect = Indicator.builder().code("1").name("履职效果").level(1).weight(d("10"))
        .kind(IndicatorKind.QUALITATIVE).build();
    Rulebook book = rulebook(FIVE_STEP, "10", "履职效果");
    SelfEvaluation excellent = evaluation(effect, IndicatorEntry.builder().indicatorCode("1")
        .level(QualitativeLevel.EXCELLENT).claimedScore(d("9.50")).build());
    assertThat(Checks.standard().run(excellent, book).findings("JX-406")).isEmpty();
    SelfEvaluation good = evaluation(effect, IndicatorEntry.builder().indicatorCode("1")
        .level(QualitativeLevel.GOOD).claimedScore(d("8.50")).build());
    assertThat(Checks.standard().run(good, book).findings("JX-406")).singleElement()
        .satisfies(f -> {
          assertThat(f.getExpected()).hasValue("EXCELLENT");
          assertThat(f.getActual()).hasValue("GOOD");
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("'1 履职效果' was rated good against a"
              + " target of excellent and gives no deviation reason");
        });
  }

  @Test
  void aClaimAboveTheWeightIsToldOnceAsBefore() {
    assertThat(fiveStep("12")).singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("the claimed score of '1 履职效果' is 12, above its weight 10"));
  }
}
