package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.DocumentLine;
import io.github.jixiao.io.DocumentLines;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringPlan;
import io.github.jixiao.rules.spi.CheckContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A province-sized batch (全省批量自评) as issue 14 asks: {@code size} generated project
 * evaluations of 10 to 60 indicators, written once per trial to a JSON Lines file ({@link
 * BatchFile}, deleted after), then in each operation streamed from the file, each scored under
 * the MoF project rulebook through a plan compiled once ({@code Scorer.standard().compile}) and
 * reviewed by {@code Checks.standard()} under it (the checks that rescore use that card), on
 * {@code threads}
 * threads that share the reader ({@link DocumentLines#read()}: each takes the next line and
 * reads it itself); only a {@link BatchSummary} is kept. One operation is the whole batch
 * (single shot): its score is the seconds for {@code size} evaluations, and {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} the bytes for all of them ({@link RatioTable} divides). The heap is
 * 256 MB unless {@code -jvmArgsAppend} says otherwise: the stream holds one document per thread,
 * never the batch.
 *
 * <p>The baseline, in the same run: the same file read line by line ({@code BufferedReader},
 * shared by the same threads), each line parsed with Jackson's {@code readTree} and totalled and
 * checked by hand on the tree ({@link TreeBaselines}). Setup verifies on the first 1000 lines that
 * both give the same totals and the same failing checks, and every operation that its totals add
 * up to what the generator claimed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class BatchBenchmark {

  /** How many evaluations the batch holds. */
  @Param({"100000"})
  public int size;

  /** How many threads score it: the machine's two cores. */
  @Param({"2"})
  public int threads;

  private final JixiaoJson json = JixiaoJson.standard();
  private final ScoringPlan plan = Scorer.standard().compile(Evaluations.PROJECT_RULEBOOK);
  private final Checks checks = Checks.standard();
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private BatchFile batch;
  private ExecutorService pool;

  /** Writes the batch's file and checks, on its first 1000 lines, that the baseline is honest. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    batch = BatchFile.write(size);
    pool = Executors.newFixedThreadPool(threads);
    verifyBaseline(1000);
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    pool.shutdownNow();
    batch.delete();
  }

  /** Jixiao: every evaluation streamed, read strictly, scored and checked. */
  @Benchmark
  public BatchSummary jixiao() {
    try (DocumentLines<SelfEvaluation> lines = json.evaluations(batch.file())) {
      return checked(onThreads(() -> {
        BatchSummary mine = new BatchSummary();
        for (Optional<DocumentLine<SelfEvaluation>> line = lines.read(); line.isPresent();
            line = lines.read()) {
          Optional<SelfEvaluation> evaluation = line.get().value();
          if (evaluation.isEmpty()) {
            mine.refuse();
            continue;
          }
          ScoreCard card = plan.score(evaluation.get());
          CheckReport report = checks.run(
              CheckContext.of(evaluation.get(), plan.rulebook(), card));
          mine.add(card.getTotal().orElseThrow(), report.getFindings());
        }
        return mine;
      }));
    }
  }

  /** The floor: every line read with {@code readTree}, totalled and checked by hand. */
  @Benchmark
  public BatchSummary baseline() throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(batch.file(), StandardCharsets.UTF_8)) {
      return checked(onThreads(() -> {
        BatchSummary mine = new BatchSummary();
        for (String line = nextLine(reader); line != null; line = nextLine(reader)) {
          TreeBaselines.Review review = TreeBaselines.review(mapper.readTree(line));
          mine.addByHand(review.total(), review.failing().size());
        }
        return mine;
      }));
    }
  }

  private static String nextLine(BufferedReader reader) throws IOException {
    synchronized (reader) {
      return reader.readLine();
    }
  }

  /** The summaries of {@code work} run on every thread, added up. */
  private BatchSummary onThreads(Callable<BatchSummary> work) {
    List<Future<BatchSummary>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(pool.submit(work));
    }
    BatchSummary all = new BatchSummary();
    try {
      for (Future<BatchSummary> one : running) {
        all = all.plus(one.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the batch failed", e.getCause());
    }
    return all;
  }

  /** {@code summary}, once it is known to count every evaluation with the points claimed. */
  private BatchSummary checked(BatchSummary summary) {
    if (summary.evaluations() != size || summary.refused() != 0
        || summary.points().compareTo(batch.claimedPoints()) != 0) {
      throw new IllegalStateException("the batch of " + size + " adds up to " + summary
          + ", not to the " + batch.claimedPoints() + " points claimed");
    }
    return summary;
  }

  /** The first {@code lines} lines: the same totals and failing checks both ways. */
  private void verifyBaseline(int lines) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(batch.file(), StandardCharsets.UTF_8)) {
      for (int i = 1; i <= Math.min(lines, size); i++) {
        String line = reader.readLine();
        SelfEvaluation evaluation = json.readEvaluation(line);
        ScoreCard card = plan.score(evaluation);
        Set<String> found = new TreeSet<>();
        for (Finding finding : checks.run(CheckContext.of(evaluation, plan.rulebook(), card))
            .getFindings()) {
          if (TreeBaselines.CHECKED.contains(finding.getCode())) {
            found.add(finding.getCode());
          }
        }
        TreeBaselines.Review review = TreeBaselines.review(mapper.readTree(line));
        BigDecimal total = card.getTotal().orElseThrow();
        if (total.compareTo(review.total()) != 0 || !found.equals(review.failing())) {
          throw new IllegalStateException("line " + i + ": Jixiao gives " + total
              + " and " + found + ", the baseline " + review.total() + " and "
              + review.failing() + ": the comparison would not be honest");
        }
      }
    }
  }
}
