package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of results (结果对照表) that {@code benchmarks/run.sh} prints: reads JMH's JSON results
 * ({@code -rf json}) and prints, in Markdown, each Jixiao benchmark beside its baseline with the
 * ratio (Jixiao ÷ baseline) and the target, the bytes each allocates per operation (JMH's
 * {@code gc.alloc.rate.norm}, which a loaded machine does not disturb as it does time), the growth
 * from 30 to 300 indicators, and the batches' throughput and allocation per evaluation — in memory,
 * and streamed from a file with the goal of 100 000 in under 10 s (scaled for another size). A
 * missing result is shown as "–", not guessed.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.jixiao.benchmarks.RatioTable results.json [more.json]}</pre>
 */
public final class RatioTable {

  private static final String PACKAGE = "io.github.jixiao.benchmarks.";
  private static final String MISSING = "–";

  private final Map<String, JsonNode> results = new HashMap<>();
  private final PrintStream out;

  private RatioTable(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the table of the JMH JSON result files named by {@code args}.
   *
   * @throws IOException if a file cannot be read or is not JMH's JSON
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: RatioTable results.json [more.json …]");
      System.exit(2);
    }
    RatioTable table = new RatioTable(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    ObjectMapper mapper = new ObjectMapper();
    for (String file : args) {
      for (JsonNode result : mapper.readTree(Path.of(file).toFile())) {
        table.results.put(key(result), result);
      }
    }
    table.print();
  }

  /**
   * {@code ScoringBenchmark.jixiao[seed]}: the benchmark and its parameters' values (the
   * evaluation; the batch's size and threads, {@code BatchBenchmark.jixiao[100000,2]}).
   */
  private static String key(JsonNode result) {
    String name = result.path("benchmark").asText().replace(PACKAGE, "");
    List<String> values = new ArrayList<>();
    for (String param : new String[] {"evaluation", "size", "threads"}) {
      JsonNode value = result.path("params").path(param);
      if (!value.isMissingNode()) {
        values.add(value.asText());
      }
    }
    return values.isEmpty() ? name : name + "[" + String.join(",", values) + "]";
  }

  private Optional<BigDecimal> score(String key) {
    return Optional.ofNullable(results.get(key))
        .map(r -> new BigDecimal(r.path("primaryMetric").path("score").asText()));
  }

  private Optional<BigDecimal> error(String key) {
    return Optional.ofNullable(results.get(key))
        .map(r -> r.path("primaryMetric").path("scoreError").asText())
        .filter(s -> !s.equals("NaN"))
        .map(BigDecimal::new);
  }

  private Optional<BigDecimal> allocation(String key) {
    return Optional.ofNullable(results.get(key))
        .map(r -> r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score"))
        .filter(JsonNode::isNumber).map(n -> new BigDecimal(n.asText()));
  }

  private void print() {
    out.println("| benchmark | evaluation | Jixiao (µs/op) | baseline (µs/op) | ratio | target |"
        + " holds | Jixiao (B/op) | baseline (B/op) | allocation ratio |");
    out.println("|---|---|---:|---:|---:|---:|:---:|---:|---:|---:|");
    for (String evaluation : new String[] {"seed", "30", "300"}) {
      row("scoring", "ScoringBenchmark.jixiao", "ScoringBenchmark.baseline", evaluation, "3");
    }
    for (String evaluation : new String[] {"seed", "30", "300"}) {
      row("checks", "ChecksBenchmark.jixiao", "ChecksBenchmark.baseline", evaluation, "3");
    }
    for (String evaluation : new String[] {"seed", "300"}) {
      row("JSON read (validated) vs readTree", "JsonBenchmark.readJixiao",
          "JsonBenchmark.readJackson", evaluation, "4");
    }
    for (String evaluation : new String[] {"seed", "300"}) {
      row("JSON write vs writeValueAsString", "JsonBenchmark.writeJixiao",
          "JsonBenchmark.writeJackson", evaluation, "2");
    }
    out.println();
    out.println("| growth 30 → 300 indicators | Jixiao time | baseline time | target | holds |"
        + " Jixiao allocation | baseline allocation |");
    out.println("|---|---:|---:|---:|:---:|---:|---:|");
    growth("scoring", "ScoringBenchmark");
    growth("checks", "ChecksBenchmark");
    out.println();
    out.println("| batch of " + InMemoryBatchBenchmark.SIZE + " evaluations in memory, scored and"
        + " checked | evaluations/s | B allocated / evaluation |");
    out.println("|---|---:|---:|");
    batch("Jixiao", "InMemoryBatchBenchmark.jixiao");
    batch("baseline", "InMemoryBatchBenchmark.baseline");
    Optional<BigDecimal> ratio = ratio(score("InMemoryBatchBenchmark.baseline"),
        score("InMemoryBatchBenchmark.jixiao"));
    out.println("| ratio (time per evaluation, Jixiao ÷ baseline) | " + shown(ratio) + " | "
        + shown(ratio(allocation("InMemoryBatchBenchmark.jixiao"),
            allocation("InMemoryBatchBenchmark.baseline"))) + " |");
    streamed();
  }

  /** The batches streamed from a file ({@link BatchBenchmark}), one row per size and threads. */
  private void streamed() {
    List<String> runs = results.keySet().stream()
        .filter(k -> k.startsWith("BatchBenchmark.jixiao["))
        .map(k -> k.substring("BatchBenchmark.jixiao".length())).sorted().toList();
    if (runs.isEmpty()) {
      return;
    }
    out.println();
    out.println("| batch streamed from JSON Lines | evaluations | threads | Jixiao (s) |"
        + " evaluations/s | B / evaluation | baseline (s) | evaluations/s | B / evaluation |"
        + " time ratio | goal < 10 s |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
    for (String run : runs) {
      String[] params = run.substring(1, run.length() - 1).split(",");
      BigDecimal size = new BigDecimal(params[0]);
      String jixiao = "BatchBenchmark.jixiao" + run;
      String baseline = "BatchBenchmark.baseline" + run;
      Optional<BigDecimal> seconds = score(jixiao);
      out.println("| " + run + " | " + params[0] + " | " + params[1] + " | " + withError(jixiao)
          + " | " + shown(ratio(Optional.of(size), seconds)) + " | " + perEvaluation(jixiao, size)
          + " | " + withError(baseline) + " | " + shown(ratio(Optional.of(size), score(baseline)))
          + " | " + perEvaluation(baseline, size) + " | "
          + shown(ratio(seconds, score(baseline))) + "× | "
          + seconds.map(s -> s.multiply(BigDecimal.valueOf(100_000)).divide(size, 2,
              RoundingMode.HALF_UP).compareTo(BigDecimal.TEN) < 0 ? "yes" : "**no**")
              .orElse(MISSING) + " |");
    }
  }

  private String perEvaluation(String key, BigDecimal size) {
    return allocation(key).map(a -> a.divide(size, 0, RoundingMode.HALF_UP).toPlainString())
        .orElse(MISSING);
  }

  private void row(String what, String jixiao, String baseline, String evaluation, String target) {
    String j = jixiao + "[" + evaluation + "]";
    String b = baseline + "[" + evaluation + "]";
    Optional<BigDecimal> ratio = ratio(score(j), score(b));
    out.println("| " + what + " | " + evaluation + " | " + withError(j) + " | " + withError(b)
        + " | " + shown(ratio) + "× | ≤ " + target + "× | " + holds(ratio, target) + " | "
        + bytes(j) + " | " + bytes(b) + " | " + shown(ratio(allocation(j), allocation(b))) + "× |");
  }

  private void growth(String what, String benchmark) {
    Optional<BigDecimal> jixiao = ratio(score(benchmark + ".jixiao[300]"),
        score(benchmark + ".jixiao[30]"));
    Optional<BigDecimal> baseline = ratio(score(benchmark + ".baseline[300]"),
        score(benchmark + ".baseline[30]"));
    out.println("| " + what + " | " + shown(jixiao) + "× | " + shown(baseline) + "× | ≤ 12× | "
        + holds(jixiao, "12") + " | "
        + shown(ratio(allocation(benchmark + ".jixiao[300]"), allocation(benchmark + ".jixiao[30]")))
        + "× | " + shown(ratio(allocation(benchmark + ".baseline[300]"),
            allocation(benchmark + ".baseline[30]"))) + "× |");
  }

  private void batch(String who, String key) {
    out.println("| " + who + " | " + withError(key) + " | " + bytes(key) + " |");
  }

  private String bytes(String key) {
    return allocation(key).map(a -> a.setScale(0, RoundingMode.HALF_UP).toPlainString())
        .orElse(MISSING);
  }

  private String withError(String key) {
    return score(key).map(s -> shown(Optional.of(s))
        + error(key).map(e -> " ± " + shown(Optional.of(e))).orElse("")).orElse(MISSING);
  }

  private static Optional<BigDecimal> ratio(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.flatMap(x -> b.filter(y -> y.signum() > 0)
        .map(y -> x.divide(y, 2, RoundingMode.HALF_UP)));
  }

  private static String shown(Optional<BigDecimal> value) {
    return value.map(v -> v.abs().compareTo(BigDecimal.valueOf(100)) >= 0
        ? v.setScale(0, RoundingMode.HALF_UP).toPlainString()
        : v.setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse(MISSING);
  }

  private static String holds(Optional<BigDecimal> ratio, String target) {
    return ratio.map(r -> r.compareTo(new BigDecimal(target)) <= 0 ? "yes" : "**no**")
        .orElse(MISSING);
  }
}
