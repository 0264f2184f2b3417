package io.github.jixiao.rules.check;

import static io.github.jixiao.rules.check.Fixture.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.ReviewedEvaluation;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Fixture.Draft;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.review.ReviewProblem;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * JX-709, the reviewers' standard 5 (lifecycle.md §4): completion above 130 % of target is noted,
 * not deducted — on the consistent fixture, 常委会会议次数 ≥ 6 claimed at 25 of 25.
 */
class FarAboveTargetReviewTest {

  private static final Rulebook GZ = Rulebooks.guangzhouDepartment2021();

  private static List<ReviewProblem> problems(String actual, ReviewEntry row) {
    Draft draft = Fixture.consistent();
    draft.entry(Fixture.entry("2.1.1", actual, "25"));
    SelfEvaluation e = draft.build();
    Review review = Review.builder().evaluation(ReviewedEvaluation.builder()
        .departmentCode("baiyun-rd-sc-office").fiscalYear(2021).build()).addEntry(row).build();
    return ReviewCards.of(review, e, GZ, Scorer.standard().score(e, GZ)).problems().stream()
        .filter(p -> p.code().equals("JX-709")).toList();
  }

  private static ReviewEntry.Builder meetings(String score) {
    return ReviewEntry.builder().indicatorCode("2.1.1").score(d(score));
  }

  @Test
  void eightMeetingsOfSixCutForTheExcessIsAgainstTheStandard() {
    // 8 ÷ 6 = 133.33 % > 130 %: reviewed at 20 of the unit's 25 for "超额完成"
    List<ReviewProblem> found = problems("8", meetings("20").reason("超额完成，目标设定偏低").build());

    assertThat(found).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Severity.WARNING);
      assertThat(p.path()).isEqualTo("$.entries[0].score");
      assertThat(p.message(Locale.CHINESE)).isEqualTo("指标“2.1.1 常委会会议次数”完成 8，"
          + "目标 6（133.33%），复核却扣了分：按复核标准第 5 条，完成超过目标 130% 的只作记录、不扣分；请恢复分数，或写明其他扣分理由");
    });
    // a deduction with no reason at all is the same
    assertThat(problems("8", meetings("25").deduction(d("5")).build())).hasSize(1);
  }

  @Test
  void anotherReasonExactly130PercentOrTheReviewersLowerCountAreNotFlagged() {
    // a reason of its own
    assertThat(problems("8", meetings("20").reason("两次会议无会议纪要").build())).isEmpty();
    // 7.8 ÷ 6 = 130 % exactly: not above
    assertThat(problems("7.8", meetings("20").reason("超额完成").build())).isEmpty();
    // the reviewer counted 7 (116.67 %): the excess is the unit's, not the reviewer's
    assertThat(problems("8", meetings("20").actual(d("7")).reason("超额部分无佐证").build()))
        .isEmpty();
    // points kept: nothing taken
    assertThat(problems("8", meetings("25").reason("超额完成").build())).isEmpty();
  }
}
