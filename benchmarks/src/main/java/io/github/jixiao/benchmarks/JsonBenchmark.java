package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Reading and writing a self-evaluation (绩效自评) document ({@code jixiao/self-evaluation/1}) with {@link
 * JixiaoJson} against Jackson's tree model on the same bytes, in the same run: reading with full
 * validation (syntax, duplicate keys, format, unknown fields, types, domain constraints) against
 * {@code ObjectMapper.readTree}, writing against {@code writeValueAsString} of that tree. The
 * baseline mapper keeps decimals exact and pretty-prints as Jixiao does; setup fails unless it
 * writes exactly Jixiao's bytes, so both write the same document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {

  /** The document: the seed's, or a project evaluation's of 300 indicators. */
  @Param({"seed", "300"})
  public String evaluation;

  private final JixiaoJson json = JixiaoJson.standard();
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private final ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private byte[] bytes;
  private SelfEvaluation value;
  private JsonNode tree;

  /**
   * Takes the document's bytes (the seed's file, or a project evaluation as written), reads them
   * both ways, and checks that the value round-trips and that both write the same bytes.
   */
  @Setup
  public void setUp() throws IOException {
    SelfEvaluation built = Subject.named(evaluation).evaluation();
    String text = json.write(built);
    // The seed is read from its own file, as users have it; the others as Jixiao writes them.
    bytes = "seed".equals(evaluation) ? Evaluations.seedDocument()
        : text.getBytes(StandardCharsets.UTF_8);
    value = readJixiao();
    // Writing is compared on the document as Jixiao writes it (the file's own layout may differ).
    tree = mapper.readTree(text.getBytes(StandardCharsets.UTF_8));
    if (!value.equals(built)) {
      throw new IllegalStateException("the " + evaluation + " document does not round-trip");
    }
    String baseline = writeJackson() + "\n";
    if (!baseline.equals(text)) {
      throw new IllegalStateException("Jackson writes other bytes than Jixiao for " + evaluation
          + " (" + baseline.length() + " vs " + text.length() + " chars)");
    }
  }

  /** Jixiao: the document read, validated and bound to a {@link SelfEvaluation}. */
  @Benchmark
  public SelfEvaluation readJixiao() {
    return json.readEvaluation(new ByteArrayInputStream(bytes));
  }

  /** The baseline: the same bytes read into Jackson's tree, nothing checked. */
  @Benchmark
  public JsonNode readJackson() throws IOException {
    return mapper.readTree(bytes);
  }

  /** Jixiao: the value written as a document. */
  @Benchmark
  public String writeJixiao() {
    return json.write(value);
  }

  /** The baseline: the tree of the same document written by Jackson. */
  @Benchmark
  public String writeJackson() {
    try {
      return writer.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
