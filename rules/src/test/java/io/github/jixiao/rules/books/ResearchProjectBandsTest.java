package io.github.jixiao.rules.books;

import static io.github.jixiao.rules.books.Books.actual;
import static io.github.jixiao.rules.books.Books.d;
import static io.github.jixiao.rules.books.Books.group;
import static io.github.jixiao.rules.books.Books.quantitative;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * {@code research-project-bands}: a research-project form's banded completion (rulebooks.md): 全部完成
 * 60; 完成 80 % 以上 41–59; 完成 60 % 及以上 21–40; 完成 60 % 以下 0–20, the assessor picking inside
 * each range; the form's other 40 points are not published and are the table's own.
 */
class ResearchProjectBandsTest {

  private static final Rulebook RESEARCH = Books.loaded("research-project-bands");

  /** A research project completing {@code rate} % of its tasks, {@code chosen} points (or null). */
  private static SelfEvaluation evaluation(String rate, String chosen) {
    IndicatorEntry.Builder completion = IndicatorEntry.builder().indicatorCode("01")
        .actual(d(rate));
    if (chosen != null) {
      completion.claimedScore(d(chosen));
    }
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2022)
        .title("科研项目绩效自评").rulebook("research-project-bands")
        .department(Books.department("某研究所（示例）", GovernmentLevel.PROVINCIAL, "某省"))
        .budget(Budget.builder().fullYear(d("80")).executed(d("78")).build())
        .addIndicators(
            quantitative("01", "研究任务完成情况", null, "60", Direction.AT_LEAST, "100", "%"),
            group("02", "其他指标", null, "40"),
            quantitative("02.1", "成果发表", "02", "40", Direction.AT_LEAST, "3", "篇"))
        .addEntries(completion.build(), actual("02.1", "3"))
        .build();
  }

  private static IndicatorScore completion(String rate, String chosen) {
    return Books.score(evaluation(rate, chosen), RESEARCH).indicator("1").orElseThrow();
  }

  @Test
  void theAssessorsPointsInsideTheBandOfTheRateAreTaken() {
    assertThat(RESEARCH.getRegion()).isEmpty();

    ScoreCard card = Books.score(evaluation("90", "50"), RESEARCH);

    // The table's 01 is the rulebook's 1 (by name). 90 % lies in "80 % 以上" (80, 100): 41–59,
    // and the 50 chosen is taken; 成果发表 3 of 3: 40.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("50.00"));
    assertThat(card.indicator("02.1").orElseThrow().getPoints()).isEqualTo(d("40.00"));
    // 50 + 40 = 90.00: 优.
    assertThat(card.getTotal()).contains(d("90.00"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }

  @Test
  void eachBandAtItsEdges() {
    // 全部完成: 100 % (and above) gives 60, a range of one figure.
    assertThat(completion("100", null).getPoints()).isEqualTo(d("60.00"));
    assertThat(completion("105", null).getPoints()).isEqualTo(d("60.00"));
    // 80 % itself is read into "60 % 及以上" [60, 80]: 21–40; nothing chosen gives 21; 45 is
    // outside and refused, 21 given; just above, 80.01 %, is in 41–59: 41.
    assertThat(completion("80", null).getPoints()).isEqualTo(d("21.00"));
    IndicatorScore fortyFiveAtEighty = completion("80", "45");
    assertThat(fortyFiveAtEighty.getStatus()).isEqualTo(ScoreStatus.REFUSED);
    assertThat(fortyFiveAtEighty.getPoints()).isEqualTo(d("21.00"));
    assertThat(completion("80.01", null).getPoints()).isEqualTo(d("41.00"));
    // 60 % is in its band (及以上): 40 chosen is taken; 59.99 % is below: 0–20, 20 taken, 21
    // refused and 0 given.
    assertThat(completion("60", "40").getPoints()).isEqualTo(d("40.00"));
    assertThat(completion("59.99", "20").getPoints()).isEqualTo(d("20.00"));
    assertThat(completion("59.99", "21").getPoints()).isEqualTo(d("0.00"));
  }
}
