package io.github.jixiao.testkit;

import static io.github.jixiao.testkit.quicktheories.QuickTheoriesGens.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * The testkit's reviews (复核) of its self-evaluations: beside the evaluation, scored under its own
 * table, a review has none of the review's own problems, its total is the sum of its scores, and
 * the total's 偏离度 is (claimed − review) ÷ claimed at 2 decimals, not applicable at a claim of 0.
 */
class ReviewGensTest {

  record Reviewed(SelfEvaluation evaluation, Review review) {}

  @Test
  void generatedReviewsAreFreeOfProblemsAndTheirDeviationIsExact() {
    Gen<Reviewed> reviewed = JixiaoGens.selfEvaluations()
        .flatMap(e -> JixiaoGens.reviews(e).map(r -> new Reviewed(e, r)));
    qt().withExamples(100).forAll(of(reviewed)).checkAssert(pair -> {
      Rulebook own = Claims.ownTable(pair.evaluation().getIndicators());
      ReviewCard card = ReviewCards.of(pair.review(), pair.evaluation(), own,
          Scorer.standard().score(pair.evaluation(), own));

      assertThat(card.problems()).isEmpty();
      BigDecimal sum = pair.review().getEntries().stream().map(ReviewEntry::getScore)
          .map(s -> s.orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(card.reviewTotal()).hasValueSatisfying(t -> assertThat(t)
          .isEqualByComparingTo(sum));
      BigDecimal claimed = pair.evaluation().getClaimedTotal().orElseThrow();
      if (claimed.signum() == 0) {
        assertThat(card.deviation()).isEmpty();
      } else {
        assertThat(card.deviation()).contains(claimed.subtract(sum)
            .multiply(BigDecimal.valueOf(100)).divide(claimed, 2, RoundingMode.HALF_UP));
      }
    });
  }
}
