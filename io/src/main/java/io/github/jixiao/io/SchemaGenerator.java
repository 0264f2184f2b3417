package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.io.Shape.ScalarKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Digits;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Generates the published JSON Schemas (模式生成器, draft 2020-12) of every {@link DocumentType}
 * from the description the reader itself uses, so that the two cannot drift apart. The schemas in
 * the jar at {@link DocumentType#schemaResource()} are written by {@link #main} at build time
 * (the {@code process-classes} phase of {@code jixiao-io}); none is written by hand.
 *
 * <p>What each part of a schema comes from:
 * <ul>
 *   <li>the objects, their fields, which are required, list, map, optional and scalar types, and
 *       enum constants: {@link Shapes}, Jackson's own binding of the Immutables values, which is
 *       what strict reading checks;
 *   <li>bounds, lengths and digits: the Jakarta Bean Validation constraints Hibernate Validator
 *       reports for each property and list or optional element ({@link SchemaKeywords}), which is
 *       what {@code build()} checks; a composed constraint such as {@code @MoneyAmount} becomes a
 *       shared {@code $defs} entry; whole numbers are bounded by the Java type they bind to;
 *   <li>{@code "format"}, a constant, first field of every document ({@link Engine#FORMAT});
 *       {@code additionalProperties: false} on every object, as strict reading refuses unknown
 *       fields;
 *   <li>titles and descriptions: the type's name, and the declared texts of {@code
 *       schema-texts.properties} beside this class; an enum's constants with their Chinese labels
 *       ({@code label()}). A type without a declared text stops the generation.
 * </ul>
 *
 * <p>What the schema cannot say is checked by reading only: cross-field rules (codes that are
 * unique, parts that add up to totals, references that exist), the number of decimals of a
 * {@code @Digits} value (a {@code multipleOf} of 0.000001 fails on binary floating point in many
 * validators, so it is stated in the description instead) and the read limits.
 *
 * <p>The output is deterministic: fields in the order Jixiao writes them, {@code $defs} by name,
 * constraints sorted by type, two-space indentation and {@code \n} line ends, UTF-8.
 */
final class SchemaGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final String ID_BASE = "https://jixiao.github.io/schema/";

  // Held, so that the level set in main() stays set: Hibernate Validator's start-up banner has no
  // place in a quiet build.
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private final Shapes shapes;
  private final Validator validator;
  private final Properties texts;
  private final ObjectWriter writer;

  /**
   * A generator over the shapes of {@code shapes}, with the constraints Bean Validation's default
   * provider reports (Hibernate Validator, as core validates with).
   */
  public SchemaGenerator(Shapes shapes) {
    this.shapes = shapes;
    try (ValidatorFactory factory = jakarta.validation.Validation.byDefaultProvider().configure()
        .ignoreXmlConfiguration().messageInterpolator(new MetadataOnly())
        .buildValidatorFactory()) {
      this.validator = factory.getValidator();
    }
    this.texts = loadTexts();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.writer = new ObjectMapper().writer(new DefaultPrettyPrinter(Separators
        .createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  /** A generator over the shapes the standard reader checks. */
  public static SchemaGenerator standard() {
    return new SchemaGenerator(new Engine(ReadLimits.DEFAULT).shapes());
  }

  /**
   * Writes the schema of every document type under the directory {@code args[0]} (the module's
   * {@code target/classes}), at the path {@link DocumentType#schemaResource()} names; a file that
   * already holds exactly the schema is left untouched.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SchemaGenerator OUTPUT-DIRECTORY");
    }
    VALIDATOR_LOG.setLevel(Level.WARNING);
    SchemaGenerator generator = standard();
    for (DocumentType<?> type : DocumentType.all()) {
      Path file = Path.of(args[0], type.schemaResource().substring(1));
      byte[] schema = generator.generate(type).getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), schema)) {
        Files.createDirectories(file.getParent());
        Files.write(file, schema);
      }
    }
  }

  /** The JSON Schema of documents of {@code type}, as text ending in a line feed. */
  public String generate(DocumentType<?> type) {
    try {
      return writer.writeValueAsString(new Run().document(type)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the schema of " + type, e);
    }
  }

  private static Properties loadTexts() {
    Properties texts = new Properties();
    try (InputStream in = SchemaGenerator.class.getResourceAsStream("schema-texts.properties")) {
      if (in == null) {
        throw new IllegalStateException("no schema-texts.properties beside SchemaGenerator");
      }
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }

  private String text(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no text " + key + " in schema-texts.properties");
    }
    return text;
  }

  private static String jsonType(ScalarKind kind) {
    return switch (kind) {
      case TEXT -> "string";
      case DECIMAL -> "number";
      case INT, LONG -> "integer";
      case BOOLEAN -> "boolean";
      case ANY -> throw new IllegalArgumentException("any value has no JSON type");
    };
  }

  /**
   * {@code fields} in the order Jixiao writes them: the order in which the value's implementation
   * (the class Jackson serializes it as) declares its fields. Reflection gives a class's fields in
   * the order of its class file, unlike its methods, whose order varies from run to run; a field
   * without a namesake follows, by name.
   */
  private static List<Shape.Field> inWrittenOrder(Class<?> raw, Collection<Shape.Field> fields) {
    JsonSerialize binding = raw.getAnnotation(JsonSerialize.class);
    Class<?> written = binding != null && binding.as() != Void.class ? binding.as() : raw;
    Map<String, Integer> position = new HashMap<>();
    for (java.lang.reflect.Field f : written.getDeclaredFields()) {
      position.putIfAbsent(f.getName(), position.size());
    }
    return fields.stream()
        .sorted(Comparator.comparing((Shape.Field f) ->
                position.getOrDefault(f.name(), Integer.MAX_VALUE))
            .thenComparing(Shape.Field::name))
        .toList();
  }

  /** The constraints on one value, and on the elements of the containers it is. */
  private record Constrained(Collection<ConstraintDescriptor<?>> constraints,
      Collection<ContainerElementTypeDescriptor> containers) {

    static final Constrained NONE = new Constrained(Set.of(), Set.of());

    static Constrained of(PropertyDescriptor property) {
      return property == null ? NONE : new Constrained(property.getConstraintDescriptors(),
          property.getConstrainedContainerElementTypes());
    }

    /** The constraints on type argument {@code index} of the container {@code container}. */
    Constrained element(Class<?> container, int index) {
      return containers.stream()
          .filter(c -> container.isAssignableFrom(c.getContainerClass())
              && c.getTypeArgumentIndex() != null && c.getTypeArgumentIndex() == index)
          .findFirst()
          .map(c -> new Constrained(c.getConstraintDescriptors(),
              c.getConstrainedContainerElementTypes()))
          .orElse(NONE);
    }
  }

  /** One schema's generation, collecting its {@code $defs}. */
  private final class Run implements SchemaKeywords.Definitions {
    private final Map<String, ObjectNode> defs = new TreeMap<>();
    private final Map<String, Object> owners = new HashMap<>();

    ObjectNode document(DocumentType<?> type) {
      ObjectNode body = object(type.valueType(),
          (Shape.ObjectShape) shapes.of(type.valueType()));
      ObjectNode root = NODES.objectNode();
      root.put("$schema", DIALECT);
      root.put("$id", ID_BASE + type.name() + "-" + type.version() + ".schema.json");
      root.put("title", text("document." + type.name()) + ", format " + type.format());
      root.put("description", text("document." + type.name() + ".description"));
      root.put("type", "object");
      ObjectNode properties = root.putObject("properties");
      ObjectNode format = properties.putObject(Engine.FORMAT);
      format.put("description", text("format"));
      format.put("const", type.format());
      properties.setAll((ObjectNode) body.get("properties"));
      ArrayNode required = root.putArray("required").add(Engine.FORMAT);
      required.addAll((ArrayNode) body.get("required"));
      root.put("additionalProperties", false);
      ObjectNode all = root.putObject("$defs");
      defs.forEach(all::set);
      return root;
    }

    private ObjectNode object(Class<?> raw, Shape.ObjectShape shape) {
      ObjectNode schema = NODES.objectNode();
      schema.put("type", "object");
      ObjectNode properties = schema.putObject("properties");
      ArrayNode required = schema.putArray("required");
      var bean = validator.getConstraintsForClass(raw);
      for (Shape.Field field : inWrittenOrder(raw, shape.fields().values())) {
        String where = shape.typeName() + "." + field.name();
        properties.set(field.name(), value(field.type(),
            Constrained.of(bean.getConstraintsForProperty(field.name())), where));
        if (field.required()) {
          required.add(field.name());
        }
      }
      schema.put("additionalProperties", false);
      return schema;
    }

    private ObjectNode value(JavaType type, Constrained constrained, String where) {
      Shape shape = shapes.of(type);
      ObjectNode schema = NODES.objectNode();
      if (shape instanceof Shape.OptionalOf o) {
        SchemaKeywords.nothingBut(constrained.constraints(), where);
        return value(o.content(), constrained.element(Optional.class, 0), where);
      } else if (shape instanceof Shape.ListOf l) {
        schema.put("type", "array");
        schema.set("items", value(l.element(), constrained.element(Collection.class, 0),
            where + "[]"));
        SchemaKeywords.applyToContainer(schema, true, constrained.constraints(), where);
      } else if (shape instanceof Shape.MapOf m) {
        schema.put("type", "object");
        schema.set("additionalProperties", value(m.value(), constrained.element(Map.class, 1),
            where + ".*"));
        SchemaKeywords.applyToContainer(schema, false, constrained.constraints(), where);
      } else if (shape instanceof Shape.Scalar s && s.kind() == ScalarKind.ANY) {
        schema.put("description", text("any"));
      } else if (shape instanceof Shape.Scalar s) {
        schema.put("type", jsonType(s.kind()));
        SchemaKeywords.apply(schema, s.kind(), constrained.constraints(), this, where);
        return referenceFirst(schema);
      } else {
        SchemaKeywords.nothingBut(constrained.constraints(), where);
        schema.put("$ref", shape instanceof Shape.Enumeration e ? enumeration(e)
            : definition(type.getRawClass(), (Shape.ObjectShape) shape));
      }
      return schema;
    }

    /** {@code $ref} first and without the type the definition already gives. */
    private ObjectNode referenceFirst(ObjectNode schema) {
      if (!schema.has("$ref") && !schema.has("allOf")) {
        return schema;
      }
      ObjectNode tidy = NODES.objectNode();
      for (String first : List.of("$ref", "allOf")) {
        if (schema.has(first)) {
          tidy.set(first, schema.get(first));
        }
      }
      schema.properties().forEach(e -> {
        if (!tidy.has(e.getKey()) && !e.getKey().equals("type")) {
          tidy.set(e.getKey(), e.getValue());
        }
      });
      return tidy;
    }

    private String definition(Class<?> raw, Shape.ObjectShape shape) {
      String name = shape.typeName();
      if (claim(name, raw)) {
        ObjectNode def = NODES.objectNode();
        def.put("title", name);
        def.put("description", text("type." + name));
        defs.put(name, def);
        def.setAll(object(raw, shape));
      }
      return "#/$defs/" + name;
    }

    private String enumeration(Shape.Enumeration e) {
      String name = e.type().getSimpleName();
      if (claim(name, e.type())) {
        Map<String, String> labels = new LinkedHashMap<>();
        e.byLabel().forEach((label, constant) -> labels.putIfAbsent(constant, label));
        String description = text("type." + name);
        if (!labels.isEmpty()) {
          description = description + ": " + e.constants().stream()
              .map(c -> labels.containsKey(c) ? c + " " + labels.get(c) : c)
              .collect(Collectors.joining(", ")) + ".";
        }
        ObjectNode def = NODES.objectNode();
        def.put("title", name);
        def.put("description", description);
        e.constants().forEach(def.putArray("enum")::add);
        defs.put(name, def);
      }
      return "#/$defs/" + name;
    }

    @Override
    public String refer(ConstraintDescriptor<?> constraint, ScalarKind kind) {
      Class<?> annotation = constraint.getAnnotation().annotationType();
      String name = annotation.getSimpleName();
      String key = annotation.getName() + " " + kind;
      if (claim(name, key)) {
        ObjectNode def = NODES.objectNode();
        def.put("title", name);
        String description = text("constraint." + name);
        Optional<Digits> digits = SchemaKeywords.digits(constraint);
        if (digits.isPresent()) {
          description = description + " At most " + digits.get().integer()
              + " integer digits and " + digits.get().fraction() + " decimals.";
        }
        def.put("description", description);
        def.put("type", jsonType(kind));
        defs.put(name, def);
        SchemaKeywords.define(def, kind, constraint, this, "@" + name);
      }
      return "#/$defs/" + name;
    }

    /** True the first time {@code name} is claimed; a name claimed by two owners is refused. */
    private boolean claim(String name, Object owner) {
      Object known = owners.putIfAbsent(name, owner);
      if (known != null && !known.equals(owner)) {
        throw new IllegalStateException("two definitions named " + name + ": " + known + " and "
            + owner);
      }
      return known == null;
    }
  }

  /**
   * Only constraint metadata is read here, never a message: the provider's own interpolator
   * (Hibernate Validator's needs Jakarta EL) is not made.
   */
  private static final class MetadataOnly implements MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template;
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
      return template;
    }
  }
}
