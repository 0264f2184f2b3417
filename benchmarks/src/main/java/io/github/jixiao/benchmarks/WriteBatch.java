package io.github.jixiao.benchmarks;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.RandomSource;
import io.github.jixiao.testkit.RulebookGens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a batch of generated self-evaluations (绩效自评) to files, for timing the command line on
 * a year's worth of documents (batch summary, issue 19): {@code N} evaluations of {@code
 * JixiaoGens.selfEvaluations()} under seed 19, the same the {@link SummaryBenchmark} scores, each
 * in {@code DIR/e0001.json} … naming the rulebook of its own table, which goes to {@code
 * DIR-rulebooks/}. Used by {@code benchmarks/summary.sh}.
 */
public final class WriteBatch {

  private WriteBatch() {}

  /** {@code WriteBatch DIR N}: writes N evaluations to DIR and their rulebooks beside it. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: WriteBatch DIR N");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Path books = Files.createDirectories(Path.of(args[0] + "-rulebooks"));
    int n = Integer.parseInt(args[1]);
    JixiaoJson json = JixiaoJson.standard();
    RandomSource source = RandomSource.seeded(19);
    for (int i = 1; i <= n; i++) {
      SelfEvaluation e = JixiaoGens.selfEvaluations().generate(source);
      String id = String.format("gen-%04d", i);
      Rulebook book = RulebookGens.tableAsRulebook(e.getIndicators()).withId(id);
      json.write(DocumentType.RULEBOOK, book, books.resolve(id + ".json"));
      json.write(DocumentType.SELF_EVALUATION, e.withRulebook(id),
          dir.resolve(String.format("e%04d.json", i)));
    }
  }
}
