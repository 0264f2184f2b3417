package io.github.jixiao.benchmarks;

import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring (评分) one evaluation with {@link Scorer#standard()} against the hand-written floor,
 * {@link Baselines#scoreSeed} or {@link Baselines#scoreProject}, in the same run. Setup fails unless
 * both give the same total, so the ratio compares the same result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

  /** The evaluation: the seed, or a project evaluation of 30 or 300 indicators. */
  @Param({"seed", "30", "300"})
  public String evaluation;

  private Subject subject;
  private final Scorer scorer = Scorer.standard();

  /** Builds the evaluation and checks that the baseline's total is the scorer's. */
  @Setup
  public void setUp() {
    subject = Subject.named(evaluation);
    BigDecimal jixiao = scorer.score(subject.evaluation(), subject.rulebook()).getTotal()
        .orElseThrow();
    BigDecimal baseline = subject.baselineTotal();
    if (jixiao.compareTo(baseline) != 0) {
      throw new IllegalStateException("baseline total " + baseline + " differs from the scorer's "
          + jixiao + " for " + evaluation + ": the comparison would not be honest");
    }
  }

  /** Jixiao: the whole score card (points, rules, inputs, subtotals, grade). */
  @Benchmark
  public ScoreCard jixiao() {
    return scorer.score(subject.evaluation(), subject.rulebook());
  }

  /** The floor: the same total with plain {@code BigDecimal} arithmetic. */
  @Benchmark
  public BigDecimal baseline() {
    return subject.baselineTotal();
  }
}
