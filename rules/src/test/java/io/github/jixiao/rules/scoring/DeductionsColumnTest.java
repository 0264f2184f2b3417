package io.github.jixiao.rules.scoring;

import static io.github.jixiao.rules.scoring.VendorProject.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A separate deductions column (扣减分数, the vendor import sheet: column 9 指标得分 "不包含扣减分数",
 * column 10 扣减分数), subtracted from the indicator's points, floored at 0, when the rulebook says
 * so; noted, never silently dropped, when it does not. The vendor's default sub-weights: 数量 20.
 */
class DeductionsColumnTest {

  private static final Rulebook WITH_COLUMN = Rulebooks.mofProject2020().withDeductionsColumn(true);

  private static IndicatorScore amount(Rulebook rulebook, String column) {
    return card(rulebook, column).indicator("02.1").orElseThrow();
  }

  private static ScoreCard card(Rulebook rulebook, String column) {
    SelfEvaluation evaluation = VendorProject.evaluation("200.00", e -> e.deduction(d(column)));
    return Scorer.standard().score(evaluation, rulebook);
  }

  @Test
  void theColumnIsNotTakenUnlessTheRulebookSaysSo() {
    assertThat(Rulebooks.mofProject2020().isDeductionsColumn()).isFalse();
    ScoreCard card = card(Rulebooks.mofProject2020(), "2.5");
    IndicatorScore amount = card.indicator("02.1").orElseThrow();

    // 2 of 2 meetings: 20, and the column is left alone — but the card says so.
    assertThat(amount.getPoints()).isEqualTo(d("20.00"));
    assertThat(amount.getDeductionColumn()).isEmpty();
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE)).contains(
        "02.1 数量指标：会议召开次数 的扣减分数 2.5 未扣除：规则表 mof-project-2020 不扣减分数列（deductionsColumn）");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH)).contains(
        "02.1 数量指标：会议召开次数: its 2.5 points in the deductions column are not taken, because"
            + " rulebook mof-project-2020 does not subtract that column (deductionsColumn)");
  }

  @Test
  void aColumnOfTwoPointFiveTakesTwentyToSeventeenPointFifty() {
    ScoreCard card = card(WITH_COLUMN, "2.5");
    IndicatorScore amount = card.indicator("02.1").orElseThrow();

    // 20 − 2.5 = 17.50
    assertThat(amount.getRulePoints()).isEqualByComparingTo("20");
    assertThat(amount.getDeductionColumn()).hasValueSatisfying(c ->
        assertThat(c).isEqualByComparingTo("2.5"));
    assertThat(amount.getDeductionsTaken()).isEqualByComparingTo("0");
    assertThat(amount.getPoints()).isEqualTo(d("17.50"));
    assertThat(amount.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "数量指标：会议召开次数 2.00次 ≥ 2次，得满分 20；扣减分数 2.5，得分 = 20.00 − 2.5 = 17.50");
    assertThat(amount.explain(Locale.ENGLISH)).isEqualTo("数量指标：会议召开次数 2.00次 ≥ 2次:"
        + " full points, 20; 2.5 points off in the deductions column, points = 20.00 − 2.5 = 17.50");
    // The unit's 指标得分 20 is before the column: it claims 20 − 2.5 = 17.50 in the end.
    assertThat(amount.getClaimed()).contains(d("17.5"));
    assertThat(amount.getDifference()).hasValueSatisfying(x -> assertThat(x).isZero());
    // 10 + (17.50 + 10 + 10 + 10) + 30 + 10
    assertThat(card.getTotal()).contains(d("97.50"));
    assertThat(card.getNotes()).isEmpty();
  }

  @Test
  void aColumnAboveThePointsTakesThemToZero() {
    IndicatorScore amount = amount(WITH_COLUMN, "25");

    // 20 − 25 floored at 0 (扣完为止): 20 taken, 0.00 left.
    assertThat(amount.getPoints()).isEqualTo(d("0.00"));
    assertThat(amount.getDeductionColumn()).hasValueSatisfying(c ->
        assertThat(c).isEqualByComparingTo("20"));
    assertThat(amount.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo("数量指标：会议召开次数 2.00次 ≥"
        + " 2次，得满分 20；扣减分数 25，实扣 20（扣分不超过上限，扣完为止），得分 = 20.00 − 20 = 0.00");
    assertThat(amount.getClaimed()).contains(d("0"));
  }

  @Test
  void theColumnComesAfterTheListedDeductions() {
    SelfEvaluation evaluation = SelfEvaluation.builder().from(VendorProject.evaluation("200.00",
        e -> e.deduction(d("2.5")))).addDeductions(Deduction.builder().indicatorCode("02.1")
        .points(d("1")).reason("会议材料印发不及时").build()).build();
    IndicatorScore amount = Scorer.standard().score(evaluation, WITH_COLUMN)
        .indicator("02.1").orElseThrow();

    // 20 − 1 (listed) − 2.5 (column) = 16.50
    assertThat(amount.getDeductionsTaken()).isEqualByComparingTo("1");
    assertThat(amount.getDeductionColumn()).hasValueSatisfying(c ->
        assertThat(c).isEqualByComparingTo("2.5"));
    assertThat(amount.getPoints()).isEqualTo(d("16.50"));
    assertThat(amount.explain(Locale.SIMPLIFIED_CHINESE)).endsWith(
        "；扣分 1（会议材料印发不及时 1），扣减分数 2.5，合计扣 3.5，得分 = 20.00 − 3.5 = 16.50");
  }

  @Test
  void theColumnIsHeldToTheSameCapAsTheListedDeductions() {
    // 资金使用合规性 (5) capped at 3 points of deductions: 2 listed + 2 in the column take 3.
    Rulebook rulebook = Rulebooks.guangzhouDepartment2021().withDeductionsColumn(true)
        .withIndicator("2.1.3", i -> i.withDeductionCap(new BigDecimal("3")));
    SelfEvaluation seed = BaiyunFixture.evaluation();
    SelfEvaluation evaluation = SelfEvaluation.builder().from(seed).entries(seed.getEntries()
        .stream().map(e -> e.getIndicatorCode().equals("2.1.3")
            ? IndicatorEntry.builder().from(e).deduction(d("2")).build() : e).toList()).build();
    IndicatorScore compliance = Scorer.standard().score(evaluation, rulebook)
        .indicator("2.1.3").orElseThrow();

    // min(2 + 2, cap 3) = 3 taken: 2 by the listed deduction, 1 by the column; 5 − 3 = 2.00.
    assertThat(compliance.getDeductionsTaken()).isEqualByComparingTo("2");
    assertThat(compliance.getDeductionColumn()).hasValueSatisfying(c ->
        assertThat(c).isEqualByComparingTo("1"));
    assertThat(compliance.getPoints()).isEqualTo(d("2.00"));
    // The unit claimed 3 before its column of 2: 1 in the end.
    assertThat(compliance.getClaimed()).contains(d("1"));
    assertThat(compliance.explain(Locale.SIMPLIFIED_CHINESE)).endsWith(
        "；扣分 2（项目资金支出进度分配不均 2），扣减分数 2，合计扣 3，得分 = 5.00 − 3 = 2.00");
  }

  @Test
  void theNetClaimIsTheClaimLessTheColumnFlooredAtZero() {
    IndicatorEntry entry = IndicatorEntry.builder().indicatorCode("02.1")
        .claimedScore(d("20")).deduction(d("2.5")).build();

    assertThat(WITH_COLUMN.netClaim(entry)).contains(d("17.5"));
    assertThat(Rulebooks.mofProject2020().netClaim(entry)).contains(d("20"));
    assertThat(WITH_COLUMN.netClaim(entry.withDeduction(d("25")))).contains(d("0"));
    assertThat(WITH_COLUMN.netClaim(entry.withClaimedScore(Optional.empty()))).isEmpty();
  }

  @Test
  void aNegativeColumnIsRefusedWhereItIsWritten() {
    assertThatThrownBy(() -> IndicatorEntry.builder().indicatorCode("02.1")
        .deduction(d("-2.5")).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
            .contains("deduction").contains("-2.5"));
  }
}
