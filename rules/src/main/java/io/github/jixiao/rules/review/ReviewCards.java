package io.github.jixiao.rules.review;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes a review card (复核对照): the review beside the self-evaluation it is of and the rules'
 * score card of that evaluation under {@code rulebook}. 偏离度 = (自评得分 − 复核得分) ÷ 自评得分 × 100,
 * at 2 decimals, rounded half up; a unit's score of 0 makes it not applicable, never a division
 * error. The review's own problems are {@link ReviewChecks}'.
 */
public final class ReviewCards {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReviewCards() {}

  /**
   * The card of {@code review} of {@code evaluation}, whose score card under {@code rulebook} is
   * {@code card}.
   */
  public static ReviewCard of(Review review, SelfEvaluation evaluation, Rulebook rulebook,
      ScoreCard card) {
    Objects.requireNonNull(review, "review");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(rulebook, "rulebook");
    Objects.requireNonNull(card, "card");
    Map<String, ReviewEntry> byCode = new HashMap<>();
    review.getEntries().forEach(e -> byCode.put(e.getIndicatorCode(), e));
    List<ReviewRow> rows = new ArrayList<>();
    boolean everyScored = true;
    BigDecimal sum = BigDecimal.ZERO;
    for (IndicatorScore s : card.getIndicators()) {
      Optional<BigDecimal> reviewed = Optional.ofNullable(byCode.get(s.getCode()))
          .flatMap(ReviewEntry::getScore);
      // not applicable: no rules' points (never a 0), and no place in the review's sum
      boolean applicable = s.getStatus() != ScoreStatus.NOT_APPLICABLE;
      if (applicable) {
        everyScored &= reviewed.isPresent();
        sum = sum.add(reviewed.orElse(BigDecimal.ZERO));
      }
      rows.add(new ReviewRow(s.getCode(), s.getName(), s.getWeight(), s.getClaimed(),
          applicable ? Optional.of(s.getPoints()) : Optional.empty(), reviewed,
          deviation(s.getClaimed(), reviewed)));
    }
    // a sum of raw scores is the review's total only where the scorer moved no weight
    everyScored &= card.getWeightMoves().isEmpty();
    Optional<BigDecimal> unitTotal = evaluation.getClaimedTotal();
    Optional<BigDecimal> reviewTotal = review.getTotal();
    if (reviewTotal.isEmpty() && everyScored && !rows.isEmpty()) {
      reviewTotal = Optional.of(sum);
    }
    Optional<Grade> unitGrade = evaluation.getClaimedGrade()
        .or(() -> unitTotal.map(rulebook.getGradeScale()::gradeOf));
    Optional<BigDecimal> finalTotal = reviewTotal;
    Optional<Grade> reviewGrade = review.getGrade()
        .or(() -> finalTotal.map(rulebook.getGradeScale()::gradeOf));
    return new ReviewCard(rulebook.getId(), rows, unitTotal, card.getTotal(), reviewTotal,
        deviation(unitTotal, reviewTotal), unitGrade, reviewGrade,
        ReviewChecks.problems(review, evaluation, card, everyScored ? Optional.of(sum)
            : Optional.empty()));
  }

  /**
   * 偏离度 in %: (unit − review) ÷ unit × 100 at 2 decimals, rounded half up; empty without both
   * or when the unit's score is 0 (not applicable).
   */
  public static Optional<BigDecimal> deviation(Optional<BigDecimal> unit,
      Optional<BigDecimal> review) {
    if (unit.isEmpty() || review.isEmpty() || unit.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(unit.get().subtract(review.get()).multiply(HUNDRED)
        .divide(unit.get(), 2, RoundingMode.HALF_UP));
  }
}
