package io.github.jixiao.testkit;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.ReviewedEvaluation;
import io.github.jixiao.core.SelfEvaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reviews (复核) of a self-evaluation, free of the review's own problems when it is scored under
 * its own table (every leaf on the card): one row per leaf of its table with a score from 0 to the weight in hundredths; below the weight, the points taken
 * (扣分 = weight − score), the share of the weight they are (扣分比例, % at 2 decimals, half up),
 * a reason and sometimes a piece of evidence; the total the sum of the scores.
 */
final class Reviews {

  private Reviews() {}

  static Gen<Review> of(SelfEvaluation evaluation) {
    return source -> {
      Review.Builder review = Review.builder().evaluation(ReviewedEvaluation.builder()
          .departmentCode(evaluation.getDepartment().getCode())
          .fiscalYear(evaluation.getFiscalYear()).build());
      long total = 0;
      for (Indicator leaf : IndicatorTables.leaves(evaluation.getIndicators())) {
        long weight = Decimals.toHundredths(leaf.getWeight());
        long score = source.between(0, weight);
        total += score;
        ReviewEntry.Builder row = ReviewEntry.builder().indicatorCode(leaf.getCode())
            .score(Decimals.hundredths(score));
        if (score < weight) {
          BigDecimal taken = Decimals.hundredths(weight - score);
          row.deduction(taken).deductionPercent(taken.multiply(BigDecimal.valueOf(100))
              .divide(leaf.getWeight(), 2, RoundingMode.HALF_UP))
              .reason(source.choose(Words.DEDUCTION_REASONS));
          if (source.nextBoolean()) {
            row.addEvidence(source.choose(Words.EVIDENCE));
          }
        }
        review.addEntries(row.build());
      }
      return review.total(Decimals.hundredths(total)).build();
    };
  }
}
