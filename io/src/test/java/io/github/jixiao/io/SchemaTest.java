package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.io.internal.Engine;
import io.github.jixiao.io.internal.Shape;
import io.github.jixiao.io.internal.Shapes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schema (draft 2020-12) accepts every document Jixiao writes and every example,
 * refuses what strict reading refuses for shape, and names exactly the fields Jixiao binds.
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

  @Test
  void theSchemaIsDraft2020AndNamesTheFormat() throws IOException {
    JsonNode schema = MAPPER.readTree(JixiaoJson.schema(DocumentType.SELF_EVALUATION));

    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.at("/properties/format/const").asText())
        .isEqualTo("jixiao/self-evaluation/1");
    assertThat(schema.get("required")).extracting(JsonNode::asText).contains("format");
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
    // The lead's examples/ directory joins this list when it exists in the build.
    Path project = Path.of("..", "examples");
    if (Files.isDirectory(project)) {
      try (var files = Files.walk(project)) {
        files.filter(p -> p.getFileName().toString().equals("evaluation.json"))
            .forEach(examples::add);
      }
    }
    assertThat(examples).isNotEmpty();
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
        "year-before-2000.json")) {
      assertThat(validate(Files.readString(bad.resolve(name), StandardCharsets.UTF_8)))
          .as(name).isNotEmpty();
    }
  }

  /**
   * The schemas and the binding cannot drift apart: for every document type, each object the
   * binding reaches has a definition with exactly the fields Jackson binds for its type and the same
   * required ones, each enum its constants, and the schema defines nothing the binding lacks.
   */
  @Test
  void eachSchemaNamesExactlyTheFieldsJixiaoBinds() throws Exception {
    Shapes shapes = new Engine(ReadLimits.DEFAULT).shapes();
    for (DocumentType<?> type : DocumentType.all()) {
      JsonNode schema = MAPPER.readTree(JixiaoJson.schema(type));
      assertThat(schema.at("/properties/format/const").asText()).isEqualTo(type.format());
      JsonNode defs = schema.get("$defs");
      ObjectNode root = schema.deepCopy();
      ((ObjectNode) root.get("properties")).remove("format");
      ((ArrayNode) root.get("required")).remove(0);
      Set<String> reached = new TreeSet<>();
      Deque<JavaType> todo = new ArrayDeque<>();
      assertObjectMatches(type.name(), root,
          shapes.of(MAPPER.constructType(type.valueType())), shapes, todo);
      while (!todo.isEmpty()) {
        JavaType next = todo.pop();
        String name = next.getRawClass().getSimpleName();
        if (!reached.add(name)) {
          continue;
        }
        JsonNode def = defs.get(name);
        assertThat(def).as(type.name() + " defines " + name).isNotNull();
        Shape shape = shapes.of(next);
        if (shape instanceof Shape.Enumeration e) {
          assertThat(names(def.get("enum"))).as(name).isEqualTo(new TreeSet<>(e.constants()));
        } else {
          assertObjectMatches(name, def, shape, shapes, todo);
        }
      }
      Set<String> defined = new TreeSet<>();
      defs.fieldNames().forEachRemaining(defined::add);
      defined.removeAll(Set.of("text", "money", "measure", "points"));
      assertThat(defined).as(type.name() + " defines only what it binds").isEqualTo(reached);
    }
  }

  private static void assertObjectMatches(String name, JsonNode def, Shape shape, Shapes shapes,
      Deque<JavaType> todo) {
    assertObjectMatches(name, def, shape);
    for (Shape.Field field : ((Shape.ObjectShape) shape).fields().values()) {
      reach(field.type(), shapes, todo);
    }
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

  private static void assertObjectMatches(String name, JsonNode def, Shape shape) {
    assertThat(shape).as(name).isInstanceOf(Shape.ObjectShape.class);
    Shape.ObjectShape object = (Shape.ObjectShape) shape;
    Set<String> properties = new TreeSet<>();
    def.get("properties").fieldNames().forEachRemaining(properties::add);
    assertThat(properties).as(name + " properties").isEqualTo(new TreeSet<>(object.fields().keySet()));
    Set<String> required = new TreeSet<>();
    object.fields().values().stream().filter(Shape.Field::required).map(Shape.Field::name)
        .forEach(required::add);
    assertThat(names(def.get("required"))).as(name + " required").isEqualTo(required);
    assertThat(def.get("additionalProperties").asBoolean(true)).as(name + " closed").isFalse();
  }

  private static Set<String> names(JsonNode array) {
    Set<String> names = new TreeSet<>();
    array.forEach(n -> names.add(n.asText()));
    return names;
  }
}
