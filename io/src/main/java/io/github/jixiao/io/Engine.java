package io.github.jixiao.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads and writes Jixiao documents (文档读写): the configured mapper, the strict reading pipeline (bytes →
 * text → located tree → format → shape → binding) and the writer ({@link DocumentWriter}).
 * Thread-safe once built.
 */
final class Engine {

  /** The name of the field that carries a document's format id. */
  public static final String FORMAT = FormatCheck.FORMAT;

  // Since Jackson 2.15 the factory keeps a decimal exactly as given (3306.10 stays 3306.10).
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ReadLimits limits;
  private final ObjectMapper mapper;
  private final DocumentWriter documentWriter;
  private final Shapes shapes;
  private final LocatedTreeReader treeReader;
  private final DocumentBytes bytes;

  /** An engine that reads within {@code limits}. */
  public Engine(ReadLimits limits) {
    this.limits = limits;
    this.bytes = new DocumentBytes(limits.maxDocumentLength());
    JsonFactory factory = factory(limits, limits.maxNameLength());
    this.mapper = JsonMapper.builder(factory)
        .addModule(new JixiaoModule())
        .nodeFactory(NODES)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
            JsonInclude.Include.NON_ABSENT))
        // An empty list or map is written as no field at all: absent and [] or {} read the same.
        .withConfigOverride(List.class, o -> o.setInclude(JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)))
        .withConfigOverride(Map.class, o -> o.setInclude(JsonInclude.Value.construct(
            JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)))
        .build();
    this.documentWriter = new DocumentWriter(mapper);
    this.shapes = new Shapes(mapper);
    // The fast path's parser refuses names longer than any a valid document is likely to have:
    // such a document is read by the located path, whose parser of text (unlike that of bytes)
    // keeps thousands of long names cheaply.
    this.treeReader = new LocatedTreeReader(factory,
        factory(limits, Math.min(limits.maxNameLength(), PLAIN_NAME_LENGTH)), limits);
  }

  /** The longest field name the fast path reads; a longer one sends it to the located path. */
  private static final int PLAIN_NAME_LENGTH = 256;

  private static JsonFactory factory(ReadLimits limits, int maxNameLength) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentLength())
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxNameLength(maxNameLength)
            .build())
        // Error messages must not echo the (possibly huge, possibly private) document.
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        // A hostile document's thousands of long unknown names are not put in the JVM's string
        // table (and String.intern of each cost seconds).
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  /** The limits reading keeps. */
  public ReadLimits limits() {
    return limits;
  }

  /** The shapes of the types as this engine's mapper binds them. */
  public Shapes shapes() {
    return shapes;
  }

  /** The document of type {@code type} in {@code text}; {@code source} names it in errors. */
  public <T> T read(DocumentType<T> type, String text, String source) {
    return type.valueType().cast(readText(List.of(type), text, source));
  }

  /** The document of type {@code type} in {@code bytes} (UTF-8, no byte-order mark). */
  public <T> T read(DocumentType<T> type, InputStream in, String source) {
    return type.valueType().cast(readBytes(List.of(type), in, source));
  }

  /** The document in {@code text}, of whichever type its format names. */
  public Object readAny(String text, String source) {
    return readText(DocumentType.all(), text, source);
  }

  /** The document in {@code in}, of whichever type its format names. */
  public Object readAny(InputStream in, String source) {
    return readBytes(DocumentType.all(), in, source);
  }

  /*
   * Reading has two paths. Almost every document read is valid, and for those the fast path
   * parses a plain tree (no locations, no JSON paths), runs the shape checks stopping at the
   * first problem, and binds. A document the plain parse refuses (syntax, limit, encoding, a
   * repeated key, a number out of range) is parsed again by the located reader, which records
   * why; a document whose plain tree has the wrong format or shape, or does not bind, is checked
   * again on that same tree, recording every problem (no second parse, no second tree). Lines
   * and columns are looked up only for the problems kept, in one more pass over the text.
   */

  private Object readText(List<DocumentType<?>> accepted, String text, String source) {
    if (Utf8.within(text, limits.maxDocumentLength())
        && (text.isEmpty() || text.charAt(0) != '\uFEFF')) {
      JsonNode root = treeReader.readPlain(text);
      if (root != null) {
        return fromTree(accepted, root, new Problems(), () -> text, source);
      }
    }
    return readDocument(accepted, text, source);
  }

  /**
   * The document of type {@code type} in {@code read}, bytes already taken from their input (a
   * line of JSON Lines): the same checks and limits as a document from a stream.
   */
  <T> T read(DocumentType<T> type, byte[] read, String source) {
    return type.valueType().cast(readBytes(List.of(type), read, source));
  }

  private Object readBytes(List<DocumentType<?>> accepted, InputStream in, String source) {
    return readBytes(accepted, bytes.of(in, source, FormatCheck.expected(accepted)), source);
  }

  private Object readBytes(List<DocumentType<?>> accepted, byte[] read, String source) {
    Argument name = FormatCheck.expected(accepted);
    // Parsed as bytes, skipping the decoding to a String, only when they are what decode accepts.
    if (read.length <= limits.maxDocumentLength() && DocumentBytes.isPlainUtf8(read)) {
      JsonNode root = treeReader.readPlain(read);
      if (root != null) {
        // Decoded only to place the problems of a document refused.
        return fromTree(accepted, root, new Problems(),
            () -> new String(read, StandardCharsets.UTF_8), source);
      }
    }
    return readDocument(accepted, DocumentBytes.decode(read, source, name), source);
  }

  /**
   * The value of the document whose tree is {@code root}, parsed with the {@code problems}
   * found so far (repeated keys); else the exception listing every problem, placed in the text.
   * One tree serves both paths: a document whose tree conforms and binds is returned at once,
   * and only one that does not is checked again, recording every problem, on the same tree.
   */
  private Object fromTree(List<DocumentType<?>> accepted, JsonNode root, Problems problems,
      Supplier<String> text, String source) {
    Argument name = FormatCheck.expected(accepted);
    if (!root.isObject()) {
      problems.atValue(Kind.WRONG_TYPE, JsonPath.ROOT, Message.of(root.isArray()
          ? "io.document.not-object.array" : "io.document.not-object.scalar"),
          Message.of("io.document.start-with", Argument.text("field", FORMAT),
              Argument.text("format", accepted.get(0).format())));
      throw fail(problems, text.get(), source, name);
    }
    ObjectNode content = (ObjectNode) root;
    Optional<DocumentType<?>> type = FormatCheck.of(content, accepted, problems);
    if (type.isEmpty()) {
      throw fail(problems, text.get(), source, name);
    }
    // The tree is this call's own: the format taken out in place, no copy, and a document of an
    // earlier version still read brought to the current shape.
    int version = type.get().versionOf(content.remove(FORMAT).textValue());
    LegacyDocuments.upgrade(type.get(), version, content);
    Class<?> valueType = type.get().valueType();
    JavaType javaType = mapper.constructType(valueType);
    if (!problems.isEmpty() || !ShapeChecker.conforms(shapes, content, javaType)) {
      new ShapeChecker(shapes, problems).check(content, javaType, JsonPath.ROOT);
      if (!problems.isEmpty()) {
        throw fail(problems, text.get(), source, FormatCheck.expected(List.of(type.get())));
      }
    }
    Problems whole = new Problems();
    ValueBinder first = new ValueBinder(mapper, shapes, whole);
    Object value = bindWhole(valueType, content, first);
    if (value != null) {
      return value;
    }
    new ValueBinder(mapper, shapes, problems).record(content, javaType, whole, first.failedAt());
    throw fail(problems, text.get(), source, FormatCheck.expected(List.of(type.get())));
  }

  /**
   * The value of {@code content}, or null with why not recorded by {@code binder}. The failure
   * is not kept past this call: the violations of a huge invalid list are not held twice.
   */
  private Object bindWhole(Class<?> valueType, ObjectNode content, ValueBinder binder) {
    try {
      return mapper.readerFor(valueType).readValue(content);
    } catch (IOException | RuntimeException e) {
      binder.record(e);
      return null;
    }
  }

  private Object readDocument(List<DocumentType<?>> accepted, String text, String source) {
    Argument name = FormatCheck.expected(accepted);
    Problems problems = new Problems();
    if (!Utf8.within(text, limits.maxDocumentLength())) {
      // The limit is in UTF-8 bytes for text as for streams and files: the same document is
      // refused or read whichever way it comes.
      problems.at(Kind.LIMIT, JsonPath.ROOT, new Location(1, 1), Message.of(
          "io.limit.document.utf8", Argument.number("limit", limits.maxDocumentLength())), null);
      throw problems.exception(source, name);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      DocumentBytes.bom(problems);
      throw problems.exception(source, name);
    }
    JsonNode root;
    try {
      root = treeReader.read(text, problems);
    } catch (RuntimeException e) {
      // Whatever the parser throws, the document is refused in Jixiao's words.
      problems.at(Kind.SYNTAX, JsonPath.ROOT, Location.UNKNOWN, Message.of("io.syntax.invalid"),
          null);
      root = null;
    }
    if (root == null) {
      throw fail(problems, text, source, name);
    }
    return fromTree(accepted, root, problems, () -> text, source);
  }

  /** The exception listing {@code problems}, each placed in {@code text}. */
  private JsonDocumentException fail(Problems problems, String text, String source,
      Argument name) {
    Map<JsonPath, Location> values = new HashMap<>();
    Map<JsonPath, Location> names = new HashMap<>();
    treeReader.locate(text, problems.wanted(), values, names);
    return problems.exception(source, name, values, names);
  }

  /**
   * The bytes of {@code in}, at most the document limit, to read as a document of type {@code
   * type} with {@link #read(DocumentType, byte[], String)}.
   *
   * @throws JsonDocumentException if they pass the limit
   * @throws java.io.UncheckedIOException if the stream fails
   */
  byte[] bytes(DocumentType<?> type, InputStream in, String source) {
    return bytes.of(in, source, FormatCheck.expected(List.of(type)));
  }

  /**
   * Where each of {@code paths} starts in {@code text}, a document this engine read: the value
   * at the path or, when the document has none there (a parameter a rule lacks), the nearest one
   * that holds it; the text is read once for them all.
   */
  Map<JsonPath, Location> locate(String text, Collection<JsonPath> paths) {
    Set<JsonPath> wanted = new HashSet<>();
    for (JsonPath path : paths) {
      for (JsonPath q = path; wanted.add(q) && !q.isRoot(); q = q.parent()) {
        // Up to the root, or to a path already wanted (whose parents are, too).
      }
    }
    Map<JsonPath, Location> values = new HashMap<>();
    treeReader.locate(text, wanted, values, new HashMap<>());
    Map<JsonPath, Location> placed = new HashMap<>();
    for (JsonPath path : paths) {
      JsonPath q = path;
      while (!values.containsKey(q) && !q.isRoot()) {
        q = q.parent();
      }
      placed.put(path, values.getOrDefault(q, Location.UNKNOWN));
    }
    return placed;
  }

  /** {@code value} as the document of type {@code type}: {@code format} first, then its fields. */
  public String write(DocumentType<?> type, Object value) {
    return documentWriter.write(type, value);
  }
}
