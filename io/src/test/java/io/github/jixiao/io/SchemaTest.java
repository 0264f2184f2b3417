package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas (draft 2020-12) are generated from the reader's own description
 * ({@link SchemaGenerator}): they accept every document Jixiao writes and every example, refuse
 * what strict reading refuses for shape, and carry each binding field and constraint.
 */
class SchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(JixiaoJson.schema(DocumentType.SELF_EVALUATION));

  private final JixiaoJson json = JixiaoJson.standard();

  private static List<Error> validate(String document) {
    try {
      return SCHEMA.validate(MAPPER.readTree(document));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode schemaOf(DocumentType<?> type) throws IOException {
    return MAPPER.readTree(JixiaoJson.schema(type));
  }

  @Test
  void theSchemaIsDraft2020AndNamesTheFormatFirst() throws IOException {
    JsonNode schema = schemaOf(DocumentType.SELF_EVALUATION);

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("title").asText())
        .isEqualTo("Jixiao self-evaluation (绩效自评), format jixiao/self-evaluation/2");
    assertThat(schema.get("properties").fieldNames().next()).isEqualTo("format");
    assertThat(schema.at("/properties/format/const").asText())
        .isEqualTo("jixiao/self-evaluation/2");
    assertThat(schema.get("required").get(0).asText()).isEqualTo("format");
  }

  @Test
  void theSeedAndAnEvaluationWithEveryFieldValidate() {
    assertThat(validate(json.write(BaiyunEvaluation.evaluation()))).isEmpty();
    assertThat(validate(json.write(BaiyunEvaluation.everyField()))).isEmpty();
  }

  @Test
  void everyExampleDocumentValidates() throws Exception {
    Path good = Path.of(SchemaTest.class.getResource("/good").toURI());
    List<Path> examples = new ArrayList<>();
    try (var files = Files.list(good)) {
      files.filter(p -> p.toString().endsWith(".json")).forEach(examples::add);
    }
    Path baiyun = Path.of("..", "examples", "baiyun-2021", "evaluation.json");
    assertThat(baiyun).exists();
    examples.add(baiyun);
    for (Path example : examples) {
      String text = Files.readString(example, StandardCharsets.UTF_8);
      assertThat(validate(text)).as(example.toString()).isEmpty();
      assertThat(json.readEvaluation(example)).isNotNull();
    }
  }

  @Test
  void theSchemaRefusesWhatStrictReadingRefusesForShape() throws Exception {
    Path bad = Path.of(SchemaTest.class.getResource("/bad").toURI());
    for (String name : List.of("missing-format.json", "unknown-format.json",
        "future-version.json", "unknown-field.json", "misspelled-field.json",
        "quoted-number.json", "number-for-text.json", "unknown-enum-constant.json",
        "fractional-year.json", "boolean-as-string.json", "object-for-array.json",
        "null-value.json", "null-in-list.json", "nan-string.json", "missing-budget.json",
        "missing-nested-field.json", "negative-money.json", "blank-code.json",
        "year-before-2000.json", "year-beyond-int.json", "money-beyond-15-digits.json")) {
      assertThat(validate(Files.readString(bad.resolve(name), StandardCharsets.UTF_8)))
          .as(name).isNotEmpty();
    }
  }

  /** The jar's schemas are the generation, and a generation is byte for byte the same. */
  @Test
  void theShippedSchemasAreExactlyWhatTheGeneratorWrites() {
    SchemaGenerator first = SchemaGenerator.standard();
    SchemaGenerator second = new SchemaGenerator(new Engine(ReadLimits.DEFAULT).shapes());
    for (DocumentType<?> type : DocumentType.all()) {
      String generated = first.generate(type);
      assertThat(second.generate(type)).as(type.name()).isEqualTo(generated);
      assertThat(first.generate(type)).as(type.name()).isEqualTo(generated);
      assertThat(JixiaoJson.schema(type)).as(type.name() + " in the jar").isEqualTo(generated);
      assertThat(generated).endsWith("}\n").doesNotContain("\r").doesNotContain("\" :");
    }
  }

  /**
   * Every object the binding reaches has a definition with exactly the fields Jackson binds, the
   * required ones required, closed to others, titled and described; each enum its constants.
   */
  @Test
  void everyFieldOfEveryShapeAppearsAndTheRequiredOnesAreRequired() throws Exception {
    Shapes shapes = new Engine(ReadLimits.DEFAULT).shapes();
    for (DocumentType<?> type : DocumentType.all()) {
      JsonNode schema = schemaOf(type);
      JsonNode defs = schema.get("$defs");
      Deque<JavaType> todo = new ArrayDeque<>();
      Shape.ObjectShape root = (Shape.ObjectShape) shapes.of(type.valueType());
      Set<String> rootFields = new HashSet<>(root.fields().keySet());
      rootFields.add("format");
      assertObject(type.name(), schema, root, rootFields, shapes, todo);
      Set<String> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        JavaType next = todo.pop();
        Shape shape = shapes.of(next);
        String name = shape instanceof Shape.ObjectShape o ? o.typeName()
            : next.getRawClass().getSimpleName();
        if (!seen.add(name)) {
          continue;
        }
        JsonNode def = defs.get(name);
        assertThat(def).as(type.name() + " defines " + name).isNotNull();
        assertThat(def.get("title").asText()).isEqualTo(name);
        assertThat(def.get("description").asText()).as(name).isNotBlank();
        if (shape instanceof Shape.Enumeration e) {
          assertThat(def.get("enum")).extracting(JsonNode::asText)
              .containsExactlyElementsOf(e.constants());
        } else {
          Shape.ObjectShape object = (Shape.ObjectShape) shape;
          assertObject(name, def, object, object.fields().keySet(), shapes, todo);
        }
      }
    }
  }

  private static void assertObject(String name, JsonNode def, Shape.ObjectShape shape,
      Set<String> fields, Shapes shapes, Deque<JavaType> todo) {
    Set<String> properties = new HashSet<>();
    def.get("properties").fieldNames().forEachRemaining(properties::add);
    assertThat(properties).as(name + " properties").isEqualTo(fields);
    Set<String> required = new HashSet<>();
    def.get("required").forEach(n -> required.add(n.asText()));
    for (Shape.Field field : shape.fields().values()) {
      assertThat(required.contains(field.name())).as(name + "." + field.name() + " required")
          .isEqualTo(field.required());
      reach(field.type(), shapes, todo);
    }
    assertThat(def.get("additionalProperties").asBoolean(true)).as(name + " closed").isFalse();
  }

  private static void reach(JavaType type, Shapes shapes, Deque<JavaType> todo) {
    Shape shape = shapes.of(type);
    if (shape instanceof Shape.OptionalOf o) {
      reach(o.content(), shapes, todo);
    } else if (shape instanceof Shape.ListOf l) {
      reach(l.element(), shapes, todo);
    } else if (shape instanceof Shape.MapOf m) {
      reach(m.value(), shapes, todo);
    } else if (shape instanceof Shape.ObjectShape || shape instanceof Shape.Enumeration) {
      todo.add(type);
    }
  }

  /** Constraints land on the keywords they mean, with the values of the annotations. */
  @Test
  void knownConstraintsMapToTheirKeywords() throws IOException {
    JsonNode schema = schemaOf(DocumentType.SELF_EVALUATION);
    JsonNode defs = schema.get("$defs");

    // Budget.fullYear is @NotNull @MoneyAmount = @PositiveOrZero @Digits(integer = 15, …).
    assertThat(defs.at("/Budget/properties/fullYear/$ref").asText())
        .isEqualTo("#/$defs/MoneyAmount");
    JsonNode money = defs.get("MoneyAmount");
    assertThat(money.get("type").asText()).isEqualTo("number");
    assertThat(money.get("minimum").decimalValue()).isEqualByComparingTo("0");
    assertThat(money.get("exclusiveMaximum").decimalValue())
        .isEqualByComparingTo("1000000000000000");
    assertThat(money.has("exclusiveMinimum")).isFalse();
    assertThat(money.get("description").asText()).contains("金额")
        .contains("At most 15 integer digits and 6 decimals.");
    assertThat(defs.at("/Budget/required")).extracting(JsonNode::asText)
        .containsExactly("fullYear", "executed");
    // @Min(2000) @Max(2100) int.
    assertThat(schema.at("/properties/fiscalYear/type").asText()).isEqualTo("integer");
    assertThat(schema.at("/properties/fiscalYear/minimum").intValue()).isEqualTo(2000);
    assertThat(schema.at("/properties/fiscalYear/maximum").intValue()).isEqualTo(2100);
    // @Positive @PointsValue (= @Digits(integer = 3, fraction = 2)).
    assertThat(defs.at("/Indicator/properties/weight/$ref").asText())
        .isEqualTo("#/$defs/PointsValue");
    assertThat(defs.at("/Indicator/properties/weight/exclusiveMinimum").intValue()).isZero();
    assertThat(defs.at("/PointsValue/exclusiveMaximum").intValue()).isEqualTo(1000);
    assertThat(defs.at("/PointsValue/exclusiveMinimum").intValue()).isEqualTo(-1000);
    assertThat(defs.at("/Indicator/properties/level/minimum").intValue()).isEqualTo(1);
    assertThat(defs.at("/Indicator/properties/level/maximum").intValue()).isEqualTo(3);
    // Optional<@PositiveOrZero Integer>: the element's constraint, and the int range above.
    assertThat(defs.at("/Task/properties/plannedCount/minimum").intValue()).isZero();
    assertThat(defs.at("/Task/properties/plannedCount/maximum").longValue())
        .isEqualTo(2_147_483_647L);
    // @NotBlank String, and List<@NotBlank String>.
    assertThat(defs.at("/Department/properties/code/minLength").intValue()).isEqualTo(1);
    assertThat(defs.at("/Department/properties/code/pattern").asText()).isEqualTo("\\S");
    assertThat(defs.at("/Task/properties/dutyCodes/items/pattern").asText()).isEqualTo("\\S");
    // Optional<@Text String>: a declared constraint, shared.
    assertThat(defs.at("/Duty/properties/organ/$ref").asText()).isEqualTo("#/$defs/Text");
    assertThat(defs.at("/Text/pattern").asText()).isEqualTo("\\S");
    // An enum with its Chinese labels.
    assertThat(defs.at("/Grade/enum")).extracting(JsonNode::asText)
        .containsExactly("EXCELLENT", "GOOD", "FAIR", "POOR");
    assertThat(defs.at("/Grade/description").asText())
        .contains("EXCELLENT 优, GOOD 良, FAIR 中, POOR 差");
  }

  @Test
  void aDeliberatelyWrongDocumentIsRefusedByTheSchemaAsByTheReader() throws IOException {
    String seed = json.write(BaiyunEvaluation.evaluation());

    assertRefused(seed, "minimum", "/budget/fullYear",
        d -> ((ObjectNode) d.get("budget")).put("fullYear", new BigDecimal("-1.00")));
    assertRefused(seed, "additionalProperties", "/department",
        d -> ((ObjectNode) d.get("department")).put("nmae", "办公室"));
    assertRefused(seed, "required", "/department",
        d -> ((ObjectNode) d.get("department")).remove("code"));
    assertRefused(seed, "enum", "/kind", d -> d.put("kind", "DEPARTMENT"));
  }

  private void assertRefused(String seed, String keyword, String at, Consumer<ObjectNode> spoil)
      throws IOException {
    ObjectNode document = (ObjectNode) MAPPER.readTree(seed);
    spoil.accept(document);
    String text = MAPPER.writeValueAsString(document);

    List<Error> errors = SCHEMA.validate(MAPPER.readTree(text));
    assertThat(errors).as(keyword).isNotEmpty()
        .anySatisfy(e -> {
          assertThat(e.getKeyword()).isEqualTo(keyword);
          assertThat(e.getInstanceLocation().toString()).isEqualTo(at);
        });
    assertThatThrownBy(() -> json.readEvaluation(text)).as(keyword)
        .isInstanceOf(JsonDocumentException.class);
  }
}
