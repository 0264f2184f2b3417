package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.ReviewedEvaluation;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.review.ReviewProblem;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A review (复核) beside the consistent fixture (claimed 91.72, 优) scored under the Guangzhou
 * 2021 rulebook, whose indicators the review's rows name: 偏离度 per indicator and for the total,
 * the grade change, and the review's own problems JX-701 to JX-707.
 */
class ReviewCardsTest {

  private static final Rulebook GZ = Rulebooks.guangzhouDepartment2021();

  private static ReviewCard card(SelfEvaluation e, Review review) {
    return ReviewCards.of(review, e, GZ, Scorer.standard().score(e, GZ));
  }

  private static Review.Builder review() {
    return Review.builder().evaluation(ReviewedEvaluation.builder()
        .departmentCode("baiyun-rd-sc-office").fiscalYear(2021).build());
  }

  private static ReviewEntry.Builder row(String code, String score) {
    ReviewEntry.Builder b = ReviewEntry.builder().indicatorCode(code);
    return score == null ? b : b.score(d(score));
  }

  @Test
  void theTotalsDeviationIsTheShareOfTheUnitsScoreTheReviewTookAway() {
    Review r = review().total(d("80.5")).grade(Grade.GOOD).build();

    ReviewCard c = card(Fixture.consistent().build(), r);

    // (91.72 − 80.5) ÷ 91.72 = 11.22 ÷ 91.72 = 0.122328… → 12.23 %; 优 → 良
    assertThat(c.deviation()).contains(d("12.23"));
    assertThat(c.unitGrade()).contains(Grade.EXCELLENT);
    assertThat(c.reviewGrade()).contains(Grade.GOOD);
    assertThat(c.gradeChanged()).isTrue();
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void aSelfScoreOfZeroMakesTheDeviationNotApplicable() {
    assertThat(ReviewCards.deviation(Optional.of(d("0")), Optional.of(d("5")))).isEmpty();
    assertThat(ReviewCards.deviation(Optional.of(d("25")), Optional.empty())).isEmpty();
    // 25 reviewed at 20: 5 ÷ 25 = 20.00 %; 22 at 25 is −13.64 % (3 ÷ 22 = 0.136363…)
    assertThat(ReviewCards.deviation(Optional.of(d("25")), Optional.of(d("20"))))
        .contains(d("20.00"));
    assertThat(ReviewCards.deviation(Optional.of(d("22")), Optional.of(d("25"))))
        .contains(d("-13.64"));
  }

  @Test
  void theDeviationIsExactForAnyScoresAndNotApplicableExactlyWhenTheUnitsIsZero() {
    // scores in hundredths of a point, 0.00 to 100.00
    qt().forAll(integers().between(0, 10_000), integers().between(0, 10_000))
        .checkAssert((unit, reviewed) -> {
          BigDecimal u = BigDecimal.valueOf(unit, 2);
          BigDecimal r = BigDecimal.valueOf(reviewed, 2);
          Optional<BigDecimal> got = ReviewCards.deviation(Optional.of(u), Optional.of(r));
          assertThat(got.isEmpty()).isEqualTo(unit == 0);
          got.ifPresent(g -> {
            // exact: the half-up rounding of (u − r) × 100 ÷ u computed with integers
            BigDecimal exact = new BigDecimal((long) (unit - reviewed) * 100)
                .divide(new BigDecimal(unit), 2, RoundingMode.HALF_UP);
            assertThat(g).isEqualTo(exact);
            assertThat(g.scale()).isEqualTo(2);
          });
        });
  }

  @Test
  void eachRowsOwnProblemIsFoundWithItsPath() {
    // the rows name the rulebook's indicators (the card's): 1.2 履职效果 25, 2.2 采购管理 6, …
    Review r = review().addEntries(
        row("1.2", "15").deduction(d("5")).build(),                          // no reason
        row("2.2", "4").reason("未提供采购台账").build(),                      // no evidence, 4 kept
        row("2.3", "4").deduction(d("2")).deductionPercent(d("30"))
            .reason("资产盘点未覆盖全部资产").build(),                          // 30 % of 6 = 1.80, not 2
        row("2.4", null).build(),                                            // blank
        row("2.1.1", "12").build(),                                          // above its 10
        row("9.9", "1").build())                                             // no such indicator
        .build();

    ReviewCard c = card(Fixture.consistent().build(), r);

    assertThat(c.problems()).extracting(ReviewProblem::code, ReviewProblem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("JX-701", "$.entries[0].reason"),
        org.assertj.core.groups.Tuple.tuple("JX-702", "$.entries[1].score"),
        org.assertj.core.groups.Tuple.tuple("JX-703", "$.entries[2].deductionPercent"),
        org.assertj.core.groups.Tuple.tuple("JX-704", "$.entries[3].score"),
        org.assertj.core.groups.Tuple.tuple("JX-705", "$.entries[4].score"),
        org.assertj.core.groups.Tuple.tuple("JX-706", "$.entries[5].indicatorCode"));
    assertThat(c.problems().get(2).message(Locale.CHINESE)).isEqualTo("指标“2.3 资产管理”扣分比例 30% × "
        + "分值 6 为 1.80 分，与所扣 2 分不符");
    assertThat(c.hasErrors()).isTrue();
  }

  @Test
  void aReviewOfAnotherYearAndATotalThatIsNotItsRowsAreSaid() {
    Review r = Review.builder().evaluation(ReviewedEvaluation.builder()
        .departmentCode("baiyun-rd-sc-office").fiscalYear(2020).build()).total(d("90")).build();
    SelfEvaluation e = Fixture.consistent().build();

    assertThat(card(e, r).problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JX-707");
      assertThat(p.message(Locale.CHINESE)).isEqualTo("复核所指的自评为 baiyun-rd-sc-office（2020 年度），"
          + "而所给自评为 baiyun-rd-sc-office（2021 年度）：请给出复核所指的自评");
    });
  }

  @Test
  void aStatedTotalThatIsNotTheSumOfItsScoresIsSaid() {
    Review.Builder b = review().total(d("99"));
    // every indicator of the rulebook at its full weight: 25 + 25 + 10 + 5 + 5 + 5 × 6 = 100
    String[][] full = {{"1.1", "25"}, {"1.2", "25"}, {"2.1.1", "10"}, {"2.1.2", "5"},
        {"2.1.3", "5"}, {"2.2", "6"}, {"2.3", "6"}, {"2.4", "6"}, {"2.5", "6"}, {"2.6", "6"}};
    for (String[] f : full) {
      b.addEntries(row(f[0], f[1]).build());
    }

    ReviewCard c = card(Fixture.consistent().build(), b.build());

    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("JX-708");
      assertThat(p.message(Locale.CHINESE)).isEqualTo("复核总分 99 与各指标复核得分之和 100 不符");
    });
    // the stated total is the review's: (91.72 − 99) ÷ 91.72 = −7.937… → −7.94 %
    assertThat(c.deviation()).contains(d("-7.94"));
  }
}
