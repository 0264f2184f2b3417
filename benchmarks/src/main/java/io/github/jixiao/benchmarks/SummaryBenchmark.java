package io.github.jixiao.benchmarks;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.spi.CheckContext;
import io.github.jixiao.rules.summary.BatchSummary;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.RandomSource;
import io.github.jixiao.testkit.RulebookGens;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
 * The batch summary (批量汇总, issue 19) of N generated evaluations ({@code
 * JixiaoGens.selfEvaluations()}, seeded, each under the rulebook of its own table) against plain
 * scoring of the same in the same run: {@code scoreAndCheck} is what {@code jixiao score} does per
 * evaluation (score card and the standard checks, nothing kept), the baseline; {@code summary}
 * does the same and feeds each into a {@link BatchSummary}, then asks for every figure (ranking,
 * grades, findings by code, histogram, means); {@code modelOnly} feeds the cards and reports
 * scored in setup, so it is the model's own cost. Setup fails unless the summary's mean computed
 * total is the cards' own, summed here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SummaryBenchmark {

  /** How many evaluations. */
  @Param({"1000"})
  public int evaluations;

  private final List<SelfEvaluation> batch = new ArrayList<>();
  private final List<Rulebook> rulebooks = new ArrayList<>();
  private final List<ScoreCard> cards = new ArrayList<>();
  private final List<CheckReport> reports = new ArrayList<>();

  /** Generates the batch, scores it once for {@code modelOnly}, and checks the summary's mean. */
  @Setup
  public void setUp() {
    RandomSource source = RandomSource.seeded(19);
    for (int i = 0; i < evaluations; i++) {
      SelfEvaluation e = JixiaoGens.selfEvaluations().generate(source);
      Rulebook book = RulebookGens.tableAsRulebook(e.getIndicators());
      ScoreCard card = Scorer.standard().score(e, book);
      batch.add(e);
      rulebooks.add(book);
      cards.add(card);
      reports.add(Checks.standard().run(CheckContext.of(e, book, card)));
    }
    BigDecimal sum = BigDecimal.ZERO;
    int scored = 0;
    for (ScoreCard card : cards) {
      if (card.getTotal().isPresent()) {
        sum = sum.add(card.getTotal().get());
        scored++;
      }
    }
    BatchSummary s = modelOnly(new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
    BigDecimal byHand = sum.divide(BigDecimal.valueOf(scored), BatchSummary.MEAN_SCALE,
        RoundingMode.HALF_UP);
    if (s.units().size() != evaluations || !s.meanComputed().orElseThrow().equals(byHand)) {
      throw new IllegalStateException("the summary's mean " + s.meanComputed() + " is not the"
          + " cards' " + byHand + ": the comparison would not be honest");
    }
  }

  /** The baseline: each evaluation scored and checked, as {@code jixiao score} does. */
  @Benchmark
  public void scoreAndCheck(Blackhole blackhole) {
    for (int i = 0; i < batch.size(); i++) {
      SelfEvaluation e = batch.get(i);
      Rulebook book = rulebooks.get(i);
      ScoreCard card = Scorer.standard().score(e, book);
      blackhole.consume(Checks.standard().run(CheckContext.of(e, book, card)));
    }
  }

  /** Scored, checked and summarised, every figure asked for. */
  @Benchmark
  public BatchSummary summary(Blackhole blackhole) {
    BatchSummary.Builder summary = BatchSummary.builder();
    for (int i = 0; i < batch.size(); i++) {
      SelfEvaluation e = batch.get(i);
      Rulebook book = rulebooks.get(i);
      ScoreCard card = Scorer.standard().score(e, book);
      summary.add("e" + i, e, card, Checks.standard().run(CheckContext.of(e, book, card)));
    }
    return figures(summary.build(), blackhole);
  }

  /** The model alone: the cards and reports of setup fed in, every figure asked for. */
  @Benchmark
  public BatchSummary modelOnly(Blackhole blackhole) {
    BatchSummary.Builder summary = BatchSummary.builder();
    for (int i = 0; i < batch.size(); i++) {
      summary.add("e" + i, batch.get(i), cards.get(i), reports.get(i));
    }
    return figures(summary.build(), blackhole);
  }

  private static BatchSummary figures(BatchSummary s, Blackhole blackhole) {
    blackhole.consume(s.byInflation());
    blackhole.consume(s.grades());
    blackhole.consume(s.findingsByCode());
    blackhole.consume(s.executionRates());
    blackhole.consume(s.meanClaimed());
    blackhole.consume(s.meanComputed());
    blackhole.consume(s.meanInflation());
    return s;
  }
}
