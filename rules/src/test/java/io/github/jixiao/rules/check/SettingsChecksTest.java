package io.github.jixiao.rules.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.spi.CheckContext;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The checks read a rulebook's settings as the scorer does (issue 14): an uncapped execution
 * line may be claimed above its weight, a 扣减分数 column counts in the claimed total and against
 * the weight, and the execution rate is measured against the rulebook's base.
 */
class SettingsChecksTest {

  private static final Rulebook GUANGZHOU = Rulebooks.guangzhouDepartment2021();

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** The Baiyun seed with 3135.00 executed of 3000.00 (104.5 %), claiming {@code execution}. */
  private static SelfEvaluation overExecuted(String execution) {
    return BaiyunFixture.evaluation(Budget.builder().fullYear(d("3000.00"))
        .executed(d("3135.00")).build())
        .withEntry("2.1.1", e -> e.withClaimedScore(d(execution)));
  }

  @Test
  void anUncappedExecutionLineMayBeClaimedUpToWeightTimesRate() {
    Rulebook uncapped = GUANGZHOU.withExecution(ExecutionSettings.builder().capped(false).build());

    // 10 × 104.5 % = 10.45: the scorer's points, so a claim of 10.45 is in range; 10.50 is not.
    assertThat(Checks.standard().run(overExecuted("10.45"), uncapped).findings("JX-201"))
        .isEmpty();
    assertThat(Checks.standard().run(overExecuted("10.50"), uncapped).findings("JX-201"))
        .singleElement().satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[2].claimedScore");
          assertThat(f.getExpected()).hasValue("10.45");
        });
    // Capped (the default), 10.45 is above the weight 10.
    assertThat(Checks.standard().run(overExecuted("10.45"), GUANGZHOU).findings("JX-201"))
        .singleElement().satisfies(f -> assertThat(f.getExpected()).hasValue("10"));
  }

  @Test
  void aDeductionsColumnCountsInTheClaimedTotalAndAgainstTheWeight() {
    Rulebook column = GUANGZHOU.withDeductionsColumn(true);
    // The claims add up to 94 (25 + 22 + 9 + 5 + 3 + 6 × 5), the claimed total. 2.2 claims 6
    // with a 扣减分数 of 1: net 5, so the claims give 93 where the column is taken.
    SelfEvaluation oneOff = BaiyunFixture.evaluation()
        .withEntry("2.2", e -> e.withDeduction(d("1")));
    assertThat(Checks.standard().run(oneOff, GUANGZHOU).findings("JX-206")).isEmpty();
    assertThat(Checks.standard().run(oneOff, column).findings("JX-206")).singleElement()
        .satisfies(f -> {
          assertThat(f.getExpected()).hasValue("93");
          assertThat(f.getActual()).hasValue("94");
        });

    // A 扣减分数 of 7 on 2.2 (weight 6) takes more than its weight.
    SelfEvaluation sevenOff = BaiyunFixture.evaluation()
        .withEntry("2.2", e -> e.withDeduction(d("7")));
    assertThat(Checks.standard().run(sevenOff, column).findings("JX-202")).singleElement()
        .satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[5].deduction");
          assertThat(f.getExpected()).hasValue("6");
          assertThat(f.getActual()).hasValue("7");
        });
    assertThat(Checks.standard().run(sevenOff, GUANGZHOU).findings("JX-202")).isEmpty();
  }

  /**
   * A project table under mof-project-2020: 01 预算执行率 (bound to the rulebook's 1 by name),
   * 产出 50 (会议保障质量 20, 达成; 会议召开次数 30, 2 of 2), 效益 30 (达成), no 满意度.
   */
  private static SelfEvaluation project(String executed, String executionClaim,
      io.github.jixiao.core.IndicatorEntry quality) {
    return SelfEvaluation.builder().kind(io.github.jixiao.core.EvaluationKind.PROJECT)
        .fiscalYear(2021).department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200")).executed(d(executed)).build())
        .addIndicators(
            leaf("01", "预算执行率", null, "10").kind(io.github.jixiao.core.IndicatorKind.QUANTITATIVE)
                .direction(io.github.jixiao.core.Direction.AT_LEAST).target(d("100")).unit("%")
                .build(),
            leaf("02", "产出指标", null, "50").build(),
            leaf("02.1", "会议保障质量", "02", "20").build(),
            leaf("02.2", "会议召开次数", "02", "30").kind(io.github.jixiao.core.IndicatorKind.QUANTITATIVE)
                .direction(io.github.jixiao.core.Direction.AT_LEAST).target(d("2")).unit("次")
                .build(),
            leaf("03", "效益指标", null, "30").build(),
            leaf("03.1", "代表依法履职", "03", "30").build())
        .addEntries(
            io.github.jixiao.core.IndicatorEntry.builder().indicatorCode("01")
                .claimedScore(d(executionClaim)).build(),
            quality,
            io.github.jixiao.core.IndicatorEntry.builder().indicatorCode("02.2").actual(d("2"))
                .claimedScore(d("30")).build(),
            io.github.jixiao.core.IndicatorEntry.builder().indicatorCode("03.1")
                .level(io.github.jixiao.core.QualitativeLevel.ACHIEVED).claimedScore(d("30"))
                .build())
        .build();
  }

  private static io.github.jixiao.core.Indicator.Builder leaf(String code, String name,
      String parent, String weight) {
    io.github.jixiao.core.Indicator.Builder b = io.github.jixiao.core.Indicator.builder()
        .code(code).name(name).level(parent == null ? 1 : 2).weight(d(weight))
        .kind(io.github.jixiao.core.IndicatorKind.QUALITATIVE);
    return parent == null ? b : b.parentCode(parent);
  }

  private static io.github.jixiao.core.IndicatorEntry achieved(String claim) {
    return io.github.jixiao.core.IndicatorEntry.builder().indicatorCode("02.1")
        .level(io.github.jixiao.core.QualitativeLevel.ACHIEVED).claimedScore(d(claim)).build();
  }

  @Test
  void anUncappedLineBoundByNameIsCheckedAtThePointsTheScorerGives() {
    Rulebook uncapped = Rulebooks.mofProject2020().withExecution(
        ExecutionSettings.builder().capped(false).build());
    // 208.9118 of 200 is 104.4559 %: 10 × 104.4559 % = 10.44559 → 10.45 on the card. The table's
    // 01 is the rulebook's 1 by name; the scorer's 10.45 is the ceiling of the claim.
    assertThat(Checks.standard().run(project("208.9118", "10.45", achieved("18")), uncapped)
        .findings("JX-201")).isEmpty();
    assertThat(Checks.standard().run(project("208.9118", "10.46", achieved("18")), uncapped)
        .findings("JX-201")).singleElement().satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.entries[0].claimedScore");
          assertThat(f.getExpected()).hasValue("10.45");
        });
  }

  @Test
  void aClaimInItsBandIsJudgedBeforeTheDeductionsColumnAsTheRuleJudgesIt() {
    // 达成 [16.00, 20.00] of 20; the unit claims 18 and its 扣减分数 is 3: the rule takes 18 and
    // the column leaves 15.00. The 18 is inside the band, so JX-201 says nothing.
    Rulebook column = Rulebooks.mofProject2020().withDeductionsColumn(true);
    SelfEvaluation evaluation = project("200", "10",
        achieved("18").withDeduction(java.util.Optional.of(d("3"))));

    assertThat(io.github.jixiao.rules.scoring.Scorer.standard().score(evaluation, column)
        .indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("15.00"));
    assertThat(Checks.standard().run(evaluation, column).findings("JX-201")).isEmpty();
  }

  @Test
  void theExecutionRateIsMeasuredAgainstTheRulebooksBase() {
    // 3212.37 executed of 3306.19 is 97.16 %; with 100.00 carried over, 3212.37 ÷ 3406.19 =
    // 94.31 %; against 3250.00 in place, 98.84 %.
    SelfEvaluation seed = SelfEvaluation.builder().from(BaiyunFixture.evaluation())
        .budget(Budget.builder().fullYear(d("3306.19")).executed(d("3212.37"))
            .carryOver(CarryOver.builder().atStart(d("100.00")).atEnd(d("0")).build())
            .fundsInPlace(d("3250.00")).build())
        .build();
    assertThat(rate(seed, GUANGZHOU)).isEqualTo("97.16");
    assertThat(rate(seed, GUANGZHOU.withExecution(ExecutionSettings.builder()
        .base(ExecutionBase.FULL_YEAR_WITH_CARRY_OVER).build()))).isEqualTo("94.31");
    assertThat(rate(seed, GUANGZHOU.withExecution(ExecutionSettings.builder()
        .base(ExecutionBase.FUNDS_IN_PLACE).build()))).isEqualTo("98.84");
  }

  private static String rate(SelfEvaluation evaluation, Rulebook rulebook) {
    CheckContext context = Checks.context(evaluation, rulebook);
    return context.executionRate(2).orElseThrow().value().toPlainString();
  }
}
