package io.github.jixiao.benchmarks;

import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringPlan;
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
 * {@link Baselines#scoreSeed} or {@link Baselines#scoreProject}, in the same run: through a plan
 * compiled once ({@code jixiao}, as a batch scores), and compiling the rulebook on every call
 * ({@code jixiaoUncompiled}, {@code Scorer.score(evaluation, rulebook)}). Setup fails unless both
 * give the baseline's total, so the ratio compares the same result.
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
  private ScoringPlan plan;

  /** Builds the evaluation and checks that the baseline's total is the scorer's. */
  @Setup
  public void setUp() {
    subject = Subject.named(evaluation);
    plan = scorer.compile(subject.rulebook());
    BigDecimal jixiao = plan.score(subject.evaluation()).getTotal().orElseThrow();
    if (scorer.score(subject.evaluation(), subject.rulebook()).getTotal().orElseThrow()
        .compareTo(jixiao) != 0) {
      throw new IllegalStateException("the plan and the scorer differ for " + evaluation);
    }
    BigDecimal baseline = subject.baselineTotal();
    if (jixiao.compareTo(baseline) != 0) {
      throw new IllegalStateException("baseline total " + baseline + " differs from the scorer's "
          + jixiao + " for " + evaluation + ": the comparison would not be honest");
    }
  }

  /** Jixiao through a compiled plan: the whole score card (points, rules, inputs, grade). */
  @Benchmark
  public ScoreCard jixiao() {
    return plan.score(subject.evaluation());
  }

  /** Jixiao compiling the rulebook on every call: what {@code Scorer.score} costs. */
  @Benchmark
  public ScoreCard jixiaoUncompiled() {
    return scorer.score(subject.evaluation(), subject.rulebook());
  }

  /** The floor: the same total with plain {@code BigDecimal} arithmetic. */
  @Benchmark
  public BigDecimal baseline() {
    return subject.baselineTotal();
  }
}
