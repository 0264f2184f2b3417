package io.github.jixiao.benchmarks;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A batch (批量) of {@value #SIZE} generated project evaluations held in memory, each scored and
 * checked on one thread: the cost of scoring and checking alone, without reading, beside {@link
 * BatchBenchmark}'s whole batch read from a file on two threads. One operation is one evaluation
 * ({@code @OperationsPerInvocation}), so the score is evaluations per second and JMH's {@code
 * gc.alloc.rate.norm} (with {@code -prof gc}) is bytes allocated per evaluation. The evaluations
 * have 10 to 60 indicators (uniform, seeded); the baseline is the hand-written score and checks.
 * Until issue 14 this was {@code BatchBenchmark}; its results before then are this one's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class InMemoryBatchBenchmark {

  /** How many evaluations the batch holds. */
  public static final int SIZE = 10_000;

  private final ScoringPlan plan = Scorer.standard().compile(Evaluations.PROJECT_RULEBOOK);
  private final Checks checks = Checks.standard();
  private List<SelfEvaluation> batch;

  /** Generates the batch, the same for every run. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2021);
    batch = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      batch.add(Evaluations.project(10 + random.nextInt(51), random.nextLong()));
    }
  }

  /**
   * Jixiao: every evaluation scored (score card) through a plan compiled once, and checked alone
   * (check report), as before issue 14 but for the plan.
   */
  @Benchmark
  @OperationsPerInvocation(SIZE)
  public void jixiao(Blackhole blackhole) {
    for (SelfEvaluation evaluation : batch) {
      blackhole.consume(plan.score(evaluation));
      blackhole.consume(checks.run(evaluation));
    }
  }

  /** The floor: every evaluation's total and failing checks by hand. */
  @Benchmark
  @OperationsPerInvocation(SIZE)
  public void baseline(Blackhole blackhole) {
    for (SelfEvaluation evaluation : batch) {
      blackhole.consume(Baselines.scoreProject(evaluation));
      blackhole.consume(Baselines.check(evaluation));
    }
  }
}
