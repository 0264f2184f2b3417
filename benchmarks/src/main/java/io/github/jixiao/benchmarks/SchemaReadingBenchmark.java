package io.github.jixiao.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * The measurement behind the choice of one description of a document's shape (文档结构的唯一来源,
 * issue 11): what reading a self-evaluation (绩效自评) costs if the shape were checked by a real
 * JSON Schema validator (networknt json-schema-validator, draft 2020-12, against the published
 * schema) instead of Jixiao's own shape checker, on the same bytes in the same run.
 *
 * <ul>
 *   <li>{@code readTree}: Jackson's tree of the bytes, nothing checked (the floor of any reader
 *       that works on a tree, as a schema validator does);
 *   <li>{@code schemaValidation}: that tree validated against the published schema — what a
 *       schema-validating reader would pay <em>before</em> binding and Bean Validation, which it
 *       would still need (cross-field rules, exact decimals, located messages);
 *   <li>{@code jixiaoRead}: the whole strict read today: shape check, binding, Bean Validation.
 * </ul>
 *
 * Setup fails unless the schema accepts the document, so the validator does its whole work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaReadingBenchmark {

  /** The document: the seed's, or a project evaluation's of 300 indicators. */
  @Param({"seed", "300"})
  public String evaluation;

  private final JixiaoJson json = JixiaoJson.standard();
  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private final Schema schema = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(JixiaoJson.schema(DocumentType.SELF_EVALUATION));

  private byte[] bytes;

  /** Takes the document's bytes and checks that the schema accepts them and Jixiao reads them. */
  @Setup
  public void setUp() throws IOException {
    SelfEvaluation built = Subject.named(evaluation).evaluation();
    bytes = "seed".equals(evaluation) ? Evaluations.seedDocument()
        : json.write(built).getBytes(StandardCharsets.UTF_8);
    List<Error> errors = schemaValidation();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the schema refuses the " + evaluation + " document: "
          + errors.get(0));
    }
    jixiaoRead();
  }

  /** The floor: Jackson's tree of the bytes. */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return mapper.readTree(bytes);
  }

  /** The tree, validated against the published schema (no binding, no Bean Validation). */
  @Benchmark
  public List<Error> schemaValidation() throws IOException {
    return schema.validate(mapper.readTree(bytes));
  }

  /** Jixiao's strict read: shape, binding, constraints. */
  @Benchmark
  public SelfEvaluation jixiaoRead() {
    return json.readEvaluation(new ByteArrayInputStream(bytes));
  }
}
