package io.github.jixiao.benchmarks;

import io.github.jixiao.core.Review;
import io.github.jixiao.core.ReviewEntry;
import io.github.jixiao.core.ReviewedEvaluation;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The review card (复核对照) of a scored evaluation, {@code ReviewCards.of(review, evaluation,
 * rulebook, card)} — rows, 偏离度 per indicator and total, grades and the review's own problems —
 * against the floor: the same 偏离度 computed by hand over the card's indicators, nothing else.
 * Reviews: every indicator reviewed at its points less a tenth of a point where it had any, a
 * reason given. Setup fails unless both give the same total 偏离度.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReviewCardBenchmark {

  /** The evaluation: {@code 30} or {@code 300} indicators. */
  @Param({"30", "300"})
  public String evaluation;

  private Subject subject;
  private ScoreCard card;
  private Review review;

  /** Scores the evaluation once and writes its review. */
  @Setup
  public void setUp() {
    subject = Subject.named(evaluation);
    card = Scorer.standard().score(subject.evaluation(), subject.rulebook());
    Review.Builder b = Review.builder().evaluation(ReviewedEvaluation.builder()
        .departmentCode(subject.evaluation().getDepartment().getCode())
        .fiscalYear(subject.evaluation().getFiscalYear()).build());
    BigDecimal total = BigDecimal.ZERO;
    for (IndicatorScore s : card.getIndicators()) {
      BigDecimal tenth = s.getPoints().signum() > 0 ? new BigDecimal("0.1") : BigDecimal.ZERO;
      BigDecimal score = s.getPoints().subtract(tenth);
      total = total.add(score);
      ReviewEntry.Builder row = ReviewEntry.builder().indicatorCode(s.getCode()).score(score);
      if (tenth.signum() > 0) {
        row.deduction(tenth).reason("佐证材料不完整");
      }
      b.addEntries(row.build());
    }
    review = b.total(total).build();
    BigDecimal expected = byHand(row -> { });
    if (!jixiao().deviation().equals(java.util.Optional.of(expected))) {
      throw new IllegalStateException("the review card gives " + jixiao().deviation()
          + " and the baseline " + expected + ": the comparison would not be honest");
    }
  }

  /** Jixiao: the whole review card. */
  @Benchmark
  public ReviewCard jixiao() {
    return ReviewCards.of(review, subject.evaluation(), subject.rulebook(), card);
  }

  /** The floor: every row's 偏离度 by hand (each consumed), the total's returned. */
  @Benchmark
  public BigDecimal baseline(Blackhole blackhole) {
    return byHand(blackhole::consume);
  }

  private BigDecimal byHand(Consumer<BigDecimal> rows) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    Map<String, BigDecimal> scores = new HashMap<>();
    for (ReviewEntry e : review.getEntries()) {
      scores.put(e.getIndicatorCode(), e.getScore().orElseThrow());
    }
    for (IndicatorScore s : card.getIndicators()) {
      BigDecimal reviewed = scores.get(s.getCode());
      if (s.getClaimed().isPresent() && s.getClaimed().get().signum() != 0) {
        rows.accept(s.getClaimed().get().subtract(reviewed).multiply(hundred)
            .divide(s.getClaimed().get(), 2, RoundingMode.HALF_UP));
      }
    }
    BigDecimal unit = subject.evaluation().getClaimedTotal().orElseThrow();
    return unit.subtract(review.getTotal().orElseThrow()).multiply(hundred)
        .divide(unit, 2, RoundingMode.HALF_UP);
  }
}
