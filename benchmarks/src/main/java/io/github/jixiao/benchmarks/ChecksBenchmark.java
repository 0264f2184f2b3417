package io.github.jixiao.benchmarks;

import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import java.util.Set;
import java.util.TreeSet;
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
 * The standard checks (一致性审核) on one evaluation, {@link Checks#standard()} run on the
 * evaluation alone, against the hand-written pass {@link Baselines#check}, in the same run. Setup
 * fails unless, over the codes the baseline covers, both find the same checks failing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChecksBenchmark {

  /** The evaluation: the seed, or a project evaluation of 30 or 300 indicators. */
  @Param({"seed", "30", "300"})
  public String evaluation;

  private Subject subject;
  private final Checks checks = Checks.standard();

  /** Builds the evaluation and checks that the baseline finds what the checks find. */
  @Setup
  public void setUp() {
    subject = Subject.named(evaluation);
    Set<String> baseline = Baselines.check(subject.evaluation());
    Set<String> jixiao = new TreeSet<>();
    for (Finding finding : checks.run(subject.evaluation()).getFindings()) {
      if (Baselines.CHECKED.contains(finding.getCode())) {
        jixiao.add(finding.getCode());
      }
    }
    if (!jixiao.equals(baseline)) {
      throw new IllegalStateException("the baseline finds " + baseline + " but the checks find "
          + jixiao + " on " + evaluation + ": the comparison would not be honest");
    }
  }

  /** Jixiao: every standard check, findings with paths and messages in zh and en. */
  @Benchmark
  public CheckReport jixiao() {
    return checks.run(subject.evaluation());
  }

  /** The floor: the same comparisons by hand, returning only the failing codes. */
  @Benchmark
  public Set<String> baseline() {
    return Baselines.check(subject.evaluation());
  }
}
