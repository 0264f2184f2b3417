package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.RateSource;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Rounding (得分取整) as real rulebooks do it (rulebooks.md): half up to two decimals (default),
 * truncation to two decimals (one vendor's screen), whole points (8.62 written as 9) — and points
 * from the unrounded rate (default) or from the stated one. The issue's example: a rate of
 * 38.8459 % on a weight of 10.
 */
class RoundingSettingsTest {

  private static final RoundingPolicy STATED = RoundingPolicy.builder()
      .rateSource(RateSource.STATED).build();

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Rulebook rounding(RoundingPolicy policy) {
    return Rulebooks.guangzhouDepartment2021().withRounding(policy);
  }

  /** 预算完成率 of the seed with 3884.59 executed of 10000.00: 38.8459 %. */
  private static IndicatorScore issuesRate(RoundingPolicy policy) {
    return Scorer.standard().score(BaiyunFixture.evaluation(Budget.builder()
        .fullYear(d("10000.00")).executed(d("3884.59")).build()), rounding(policy))
        .indicator("2.1.1").orElseThrow();
  }

  @Test
  void theDefaultIsTwoDecimalsHalfUpFromTheUnroundedRate() {
    RoundingPolicy standard = Rulebooks.guangzhouDepartment2021().getRounding();
    assertThat(standard.getScale()).isEqualTo(2);
    assertThat(standard.getMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(standard.getRateSource()).isEqualTo(RateSource.UNROUNDED);
    IndicatorScore execution = issuesRate(standard);

    // 10 × 38.8459 % = 3.88459 → 3.88; shown at the decimals that recompute: 10 × 38.846 % =
    // 3.8846 → 3.88 (38.85 % would give 3.885 → 3.89).
    assertThat(execution.getPoints()).isEqualTo(d("3.88"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 38.846% < 100%，得分 = 10 × 38.846% = 3.88");
  }

  @Test
  void fromTheStatedRateThePointsComeFromTheRateAsPrinted() {
    IndicatorScore execution = issuesRate(STATED);

    // 38.8459 % stated as 38.85 %: 10 × 38.85 % = 3.885 → 3.89
    assertThat(execution.getPoints()).isEqualTo(d("3.89"));
    assertThat(execution.getFormula().orElseThrow().getValue()).contains(d("38.845900"));
    assertThat(execution.getInputs()).anySatisfy(a -> {
      assertThat(a.getName()).isEqualTo("actual");
      assertThat(a.getNumber()).contains(d("38.85"));
    });
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 38.85% < 100%，得分 = 10 × 38.85% = 3.89");
  }

  @Test
  void truncationCutsTheIssuesRateToThreePointEightEight() {
    IndicatorScore execution = issuesRate(RoundingPolicy.truncated());

    // 3.88459 truncated → 3.88; 10 × 38.85 % = 3.885 truncated → 3.88 too: shown with 2 decimals.
    assertThat(execution.getPoints()).isEqualTo(d("3.88"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 38.85% < 100%，得分 = 10 × 38.85% = 3.88");
    // From the stated rate, truncated: 3.885 → 3.88.
    assertThat(issuesRate(RoundingPolicy.truncated().withRateSource(RateSource.STATED))
        .getPoints()).isEqualTo(d("3.88"));
  }

  @Test
  void wholePointsMakeTheIssuesRateFourPoints() {
    IndicatorScore execution = issuesRate(RoundingPolicy.wholePoints());

    // 3.88459 → 4
    assertThat(execution.getPoints()).isEqualTo(d("4"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 38.85% < 100%，得分 = 10 × 38.85% = 4");
  }

  @Test
  void theSeedTruncated() {
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(),
        rounding(RoundingPolicy.truncated()));

    // 10 × 97.1622… % = 9.71622… truncated → 9.71 (half up: 9.72); 10 × 97.16 % = 9.716 → 9.71
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();
    assertThat(execution.getPoints()).isEqualTo(d("9.71"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 9.71");
    // 1.1 25 (100 of 100) + 1.2 22 (达成, chosen) + 9.71 + 2.1.2 5 + 2.1.3 5 − 2 + 5 × 6
    assertThat(card.indicator("2.1.3").orElseThrow().getPoints()).isEqualTo(d("3.00"));
    assertThat(card.getTotal()).contains(d("94.71"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .startsWith("本表得分按截尾（直接舍去）保留 2 位小数，按未取整的比率计分");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH))
        .startsWith("points are rounded by truncation to 2 decimals, from the unrounded rate");
  }

  @Test
  void theSeedInWholePoints() {
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(),
        rounding(RoundingPolicy.wholePoints()));

    // 9.7162… → 10; 资金使用合规性 5 − 2 = 3; 25 + 22 + 10 + 5 + 3 + 30 = 95
    assertThat(card.indicator("2.1.1").orElseThrow().getPoints()).isEqualTo(d("10"));
    assertThat(card.indicator("2.1.1").orElseThrow().explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 10");
    assertThat(card.indicator("2.1.3").orElseThrow().explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("资金使用合规性 按发现问题扣分，起评 5 分；扣分 2（项目资金支出进度分配不均 2），"
            + "得分 = 5 − 2 = 3");
    assertThat(card.getTotal()).contains(d("95"));
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .startsWith("本表得分按四舍五入取整数分，按未取整的比率计分");
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH))
        .startsWith("points are rounded half up to whole points, from the unrounded rate");
  }

  @Test
  void theStandardRoundingPutsNoNoteOnTheCard() {
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(),
        Rulebooks.guangzhouDepartment2021());

    assertThat(card.getNotes()).extracting(Message::getKey)
        .noneMatch(k -> k.startsWith("note.rounding"));
  }

  @Test
  void pointsBeforeDeductionsAreShownSoTheSubtractionRecomputes() {
    // 760.00 of 1000.00: 10 × 76 % = 7.6, less a deduction of 1 = 6.6 → 7 in whole points. The
    // points before the deduction are the rule's 7.6, not the rounded 7 + 1 = 8.
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(Budget.builder()
        .fullYear(d("1000.00")).executed(d("760.00")).build(), Deduction.builder()
        .indicatorCode("2.1.1").points(d("1")).reason("预算执行偏慢").build()),
        rounding(RoundingPolicy.wholePoints()));
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    assertThat(execution.getPoints()).isEqualTo(d("7"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "预算完成率 76.00% < 100%，得分 = 10 × 76.00% = 8；扣分 1（预算执行偏慢 1），得分 = 7.6 − 1 = 6.6 → 7");
    assertThat(execution.explain(Locale.ENGLISH)).isEqualTo(
        "预算完成率 76.00% < 100%, points = 10 × 76.00% = 8; 1 points deducted (预算执行偏慢 1),"
            + " points = 7.6 − 1 = 6.6 → 7");
  }

  @Test
  void truncatedPointsBeforeDeductionsKeepTheDecimalsTheyNeed() {
    // The seed's 9.7162… less 2, truncated: 7.7162… → 7.71. Shown as 9.72 − 2 = 7.72 it would not
    // recompute; 9.716 − 2 = 7.716 → 7.71 does.
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(BaiyunFixture.budget(),
        Deduction.builder().indicatorCode("2.1.1").points(d("2")).reason("x").build()),
        rounding(RoundingPolicy.truncated()));
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    assertThat(execution.getPoints()).isEqualTo(d("7.71"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .endsWith("；扣分 2（x 2），得分 = 9.716 − 2 = 7.716 → 7.71");
  }

  @Test
  void underTheDefaultTheDeductionsReadAsBefore() {
    ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(BaiyunFixture.budget(),
        Deduction.builder().indicatorCode("2.1.1").points(d("2")).reason("x").build()),
        Rulebooks.guangzhouDepartment2021());
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    // 9.7162… − 2 = 7.7162… → 7.72: 9.72 − 2 = 7.72 recomputes, and the card composes it.
    assertThat(execution.getPoints()).isEqualTo(d("7.72"));
    assertThat(execution.getDeductionsExplanation()).isEmpty();
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .endsWith("；扣分 2（x 2），得分 = 9.72 − 2 = 7.72");
  }
}
