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
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes Jixiao documents (文档读写): the configured mapper, the strict reading pipeline (bytes →
 * text → located tree → format → shape → binding) and the writer ({@link DocumentWriter}).
 * Thread-safe once built.
 */
final class Engine {

  /** The name of the field that carries a document's format id. */
  public static final String FORMAT = "format";

  private static final Pattern FORMAT_ID = Pattern.compile("jixiao/([a-z0-9-]+)/([0-9]+)");
  // Since Jackson 2.15 the factory keeps a decimal exactly as given (3306.10 stays 3306.10).
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ReadLimits limits;
  private final ObjectMapper mapper;
  private final DocumentWriter documentWriter;
  private final Shapes shapes;
  private final LocatedTreeReader treeReader;

  /** An engine that reads within {@code limits}. */
  public Engine(ReadLimits limits) {
    this.limits = limits;
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
    return type.valueType().cast(readBytes(List.of(type), in, source, type.name()));
  }

  /** The document in {@code text}, of whichever type its format names. */
  public Object readAny(String text, String source) {
    return readText(DocumentType.all(), text, source);
  }

  /** The document in {@code in}, of whichever type its format names. */
  public Object readAny(InputStream in, String source) {
    return readBytes(DocumentType.all(), in, source, "a Jixiao document");
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

  private Object readBytes(List<DocumentType<?>> accepted, InputStream in, String source,
      String name) {
    byte[] bytes = bytesOf(in, source, name);
    // Parsed as bytes, skipping the decoding to a String, only when they are what decode accepts.
    if (bytes.length <= limits.maxDocumentLength() && isPlainUtf8(bytes)) {
      JsonNode root = treeReader.readPlain(bytes);
      if (root != null) {
        // Decoded only to place the problems of a document refused.
        return fromTree(accepted, root, new Problems(),
            () -> new String(bytes, StandardCharsets.UTF_8), source);
      }
    }
    return readDocument(accepted, decode(bytes, source, name), source);
  }

  /**
   * The value of the document whose tree is {@code root}, parsed with the {@code problems}
   * found so far (repeated keys); else the exception listing every problem, placed in the text.
   * One tree serves both paths: a document whose tree conforms and binds is returned at once,
   * and only one that does not is checked again, recording every problem, on the same tree.
   */
  private Object fromTree(List<DocumentType<?>> accepted, JsonNode root, Problems problems,
      Supplier<String> text, String source) {
    String name = accepted.size() == 1 ? accepted.get(0).name() : "a Jixiao document";
    if (!root.isObject()) {
      problems.atValue(Kind.WRONG_TYPE, JsonPath.ROOT,
          "a document is a JSON object, not " + (root.isArray() ? "an array" : "a scalar"),
          "文档必须是 JSON 对象", "start with {\"format\": \"" + accepted.get(0).format() + "\", …}",
          "请以 {\"format\": \"" + accepted.get(0).format() + "\", …} 开头");
      throw fail(problems, text.get(), source, name);
    }
    ObjectNode content = (ObjectNode) root;
    Optional<DocumentType<?>> type = format(content, accepted, problems);
    if (type.isEmpty()) {
      throw fail(problems, text.get(), source, name);
    }
    // The tree is this call's own: the format taken out in place, no copy.
    content.remove(FORMAT);
    Class<?> valueType = type.get().valueType();
    JavaType javaType = mapper.constructType(valueType);
    if (!problems.isEmpty() || !ShapeChecker.conforms(shapes, content, javaType)) {
      new ShapeChecker(shapes, problems).check(content, javaType, JsonPath.ROOT);
      if (!problems.isEmpty()) {
        throw fail(problems, text.get(), source, type.get().name());
      }
    }
    Problems whole = new Problems();
    ValueBinder first = new ValueBinder(mapper, shapes, whole);
    Object value = bindWhole(valueType, content, first);
    if (value != null) {
      return value;
    }
    new ValueBinder(mapper, shapes, problems).record(content, javaType, whole, first.failedAt());
    throw fail(problems, text.get(), source, type.get().name());
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

  /**
   * Whether {@code bytes} are well-formed UTF-8 as the JDK's strict decoder reads it (RFC 3629:
   * no overlong forms, no surrogates, nothing above U+10FFFF), without a byte-order mark and
   * without control characters other than tab, line feed and carriage return, which no valid
   * document has outside a string's escapes. Without NUL bytes Jackson cannot take them for
   * UTF-16 or UTF-32.
   */
  static boolean isPlainUtf8(byte[] bytes) {
    int n = bytes.length;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return false;
    }
    int i = 0;
    while (i < n) {
      // Most bytes are printable ASCII (0x20 to 0x7F): eight at a time while they are, as a long
      // with no byte's high bit set and none below 0x20.
      while (i + 8 <= n) {
        long eight = (long) LONGS.get(bytes, i);
        if (((eight | (eight - 0x2020202020202020L)) & 0x8080808080808080L) != 0) {
          break;
        }
        i += 8;
      }
      if (i >= n) {
        break;
      }
      if (bytes[i] >= 0x20) {
        i++;
        continue;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        if (b != '\t' && b != '\n' && b != '\r') {
          return false;
        }
        i++;
      } else if (b >= 0xC2 && b <= 0xDF) {
        if (i + 1 >= n || !isContinuation(bytes[i + 1], 0x80, 0xBF)) {
          return false;
        }
        i += 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (i + 2 >= n
            || !isContinuation(bytes[i + 1], b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF)
            || !isContinuation(bytes[i + 2], 0x80, 0xBF)) {
          return false;
        }
        i += 3;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (i + 3 >= n
            || !isContinuation(bytes[i + 1], b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF)
            || !isContinuation(bytes[i + 2], 0x80, 0xBF)
            || !isContinuation(bytes[i + 3], 0x80, 0xBF)) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static boolean isContinuation(byte b, int low, int high) {
    int v = b & 0xFF;
    return v >= low && v <= high;
  }

  private Object readDocument(List<DocumentType<?>> accepted, String text, String source) {
    String name = accepted.size() == 1 ? accepted.get(0).name() : "a Jixiao document";
    Problems problems = new Problems();
    if (!Utf8.within(text, limits.maxDocumentLength())) {
      // The limit is in UTF-8 bytes for text as for streams and files: the same document is
      // refused or read whichever way it comes.
      problems.at(Kind.LIMIT, JsonPath.ROOT, new Location(1, 1),
          "the document is larger than the limit of " + limits.maxDocumentLength()
              + " bytes in UTF-8",
          "文档的 UTF-8 编码大于上限 " + limits.maxDocumentLength() + " 字节", null, null);
      throw problems.exception(source, name);
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      problems.at(Kind.ENCODING, JsonPath.ROOT, new Location(1, 1),
          "the document starts with a byte-order mark (BOM)", "文档以字节顺序标记（BOM）开头",
          "save it as UTF-8 without BOM", "请另存为不带 BOM 的 UTF-8");
      throw problems.exception(source, name);
    }
    JsonNode root;
    try {
      root = treeReader.read(text, problems);
    } catch (RuntimeException e) {
      // Whatever the parser throws, the document is refused in Jixiao's words.
      problems.at(Kind.SYNTAX, JsonPath.ROOT, Location.UNKNOWN, "not valid JSON",
          "不是有效的 JSON", null, null);
      root = null;
    }
    if (root == null) {
      throw fail(problems, text, source, name);
    }
    return fromTree(accepted, root, problems, () -> text, source);
  }

  /** The exception listing {@code problems}, each placed in {@code text}. */
  private JsonDocumentException fail(Problems problems, String text, String source,
      String name) {
    Map<JsonPath, Location> values = new HashMap<>();
    Map<JsonPath, Location> names = new HashMap<>();
    treeReader.locate(text, problems.wanted(), values, names);
    return problems.exception(source, name, values, names);
  }

  private static Optional<DocumentType<?>> format(ObjectNode root,
      List<DocumentType<?>> accepted, Problems problems) {
    JsonNode given = root.get(FORMAT);
    if (given != null && given.isTextual()) {
      for (DocumentType<?> type : accepted) {
        if (type.reads(given.textValue())) {
          return Optional.of(type);
        }
      }
    }
    String wanted = accepted.size() == 1 ? "\"" + accepted.get(0).format() + "\""
        : "the format of a Jixiao document, e.g. \"" + accepted.get(0).format() + "\"";
    JsonNode format = root.get(FORMAT);
    if (format == null) {
      Collection<String> keys = iterable(root);
      Optional<String> misspelled = keys.stream()
          .filter(k -> DidYouMean.closest(k, List.of(FORMAT)).isPresent()).findFirst()
          .map(Echo::of);
      problems.atValue(Kind.FORMAT, JsonPath.ROOT,
          "the document does not say its format: expected \"format\": " + wanted,
          "文档未声明格式：应有 \"format\": " + wanted,
          misspelled.map(k -> "\"" + k + "\" looks like a misspelling of \"format\"")
              .orElse("add \"format\": " + wanted),
          misspelled.map(k -> "\"" + k + "\" 似乎是 \"format\" 的拼写错误")
              .orElse("请添加 \"format\": " + wanted));
      return Optional.empty();
    }
    JsonPath path = JsonPath.ROOT.field(FORMAT);
    if (!format.isTextual()) {
      problems.atValue(Kind.FORMAT, path,
          "\"format\" must be a string: expected " + wanted, "\"format\" 必须是字符串：应为 " + wanted,
          null, null);
      return Optional.empty();
    }
    String id = format.textValue();
    for (DocumentType<?> type : accepted) {
      if (type.reads(id)) {
        return Optional.of(type);
      }
    }
    Matcher m = id.length() > 100 ? null : FORMAT_ID.matcher(id);
    Optional<DocumentType<?>> sameName = m != null && m.matches()
        ? DocumentType.all().stream().filter(t -> t.name().equals(m.group(1))).findFirst()
        : Optional.empty();
    if (sameName.isPresent() && accepted.contains(sameName.get())) {
      problems.atValue(Kind.FORMAT, path, "version " + m.group(2) + " of the "
          + m.group(1) + " format is not supported: this Jixiao reads "
          + versionsRead(sameName.get(), false), m.group(1) + " 格式的版本 " + m.group(2)
          + " 不受支持：本版本 Jixiao 读取" + versionsRead(sameName.get(), true),
          "write \"format\": \"" + sameName.get().format() + "\" if the document is of that version",
          "如果文档就是该版本，请写 \"format\": \"" + sameName.get().format() + "\"");
    } else if (sameName.isPresent()) {
      problems.atValue(Kind.FORMAT, path, "this is a " + m.group(1)
          + " document, not " + accepted.get(0).name() + ": expected \"format\": " + wanted,
          "这是 " + m.group(1) + " 文档，不是 " + accepted.get(0).name() + "：应为 \"format\": " + wanted,
          "read it as a " + m.group(1), "请按 " + m.group(1) + " 读取");
    } else {
      Optional<String> near = DidYouMean.closest(id,
          DocumentType.all().stream().map(DocumentType::format).toList());
      String shown = Echo.of(id);
      problems.atValue(Kind.FORMAT, path, "unknown format \"" + shown
          + "\": expected " + wanted, "未知格式 \"" + shown + "\"：应为 " + wanted,
          near.map(f -> "did you mean \"" + f + "\"?").orElse(null),
          near.map(f -> "是否应为 \"" + f + "\"？").orElse(null));
    }
    return Optional.empty();
  }

  /** {@code version 2} or {@code versions 1 to 2}; {@code 版本 2} or {@code 版本 1 至 2}. */
  private static String versionsRead(DocumentType<?> type, boolean zh) {
    if (type.firstVersionRead() == type.version()) {
      return (zh ? "版本 " : "version ") + type.version();
    }
    return (zh ? "版本 " : "versions ") + type.firstVersionRead() + (zh ? " 至 " : " to ")
        + type.version();
  }

  private static Collection<String> iterable(ObjectNode node) {
    List<String> keys = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  /** The bytes of {@code in}: at most the size limit. */
  private byte[] bytesOf(InputStream in, String source, String name) {
    byte[] bytes;
    int cap = cap();
    try {
      bytes = readAtMost(in, cap + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + (source == null ? "the stream" : source), e);
    }
    if (bytes.length > cap) {
      Problems problems = new Problems();
      problems.at(Kind.LIMIT, JsonPath.ROOT, new Location(1, 1),
          "the document is larger than the limit of " + cap + " bytes",
          "文档大于上限 " + cap + " 字节", null, null);
      throw problems.exception(source, name);
    }
    return bytes;
  }

  /**
   * At most {@code max} bytes of {@code in}, as {@code readNBytes(max)} reads them. A stream that
   * knows how many bytes it has left (a {@code ByteArrayInputStream}, a file) is read straight
   * into an array of that size, without {@code readNBytes}'s 8 kB chunks and final copy.
   */
  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    int expected = Math.min(Math.max(in.available(), 0), max);
    if (expected == 0) {
      return in.readNBytes(max);
    }
    byte[] bytes = new byte[expected];
    int n = in.readNBytes(bytes, 0, expected);
    if (n < expected) {
      return Arrays.copyOf(bytes, n);
    }
    int next = n == max ? -1 : in.read();
    if (next < 0) {
      return bytes;
    }
    // More than the stream said: the rest as readNBytes reads it.
    byte[] rest = in.readNBytes(max - expected - 1);
    byte[] all = Arrays.copyOf(bytes, expected + 1 + rest.length);
    all[expected] = (byte) next;
    System.arraycopy(rest, 0, all, expected + 1, rest.length);
    return all;
  }

  private int cap() {
    return (int) Math.min(Integer.MAX_VALUE - 16, limits.maxDocumentLength());
  }

  /** The text of {@code bytes} (read by {@link #bytesOf}): UTF-8, no byte-order mark. */
  private String decode(byte[] bytes, String source, String name) {
    Problems problems = new Problems();
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      problems.at(Kind.ENCODING, JsonPath.ROOT, new Location(1, 1),
          "the document starts with a byte-order mark (BOM)", "文档以字节顺序标记（BOM）开头",
          "save it as UTF-8 without BOM", "请另存为不带 BOM 的 UTF-8");
      throw problems.exception(source, name);
    }
    // UTF-16 with a byte-order mark, or without one: a NUL beside the first character.
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)
        || (bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0))) {
      problems.at(Kind.ENCODING, JsonPath.ROOT, new Location(1, 1),
          "the document is UTF-16: a JSON document is UTF-8", "文档为 UTF-16 编码：JSON 文档必须是 UTF-8",
          "save it as UTF-8 without BOM", "请另存为不带 BOM 的 UTF-8");
      throw problems.exception(source, name);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      output.flip();
      Location at = endOf(output);
      problems.at(Kind.ENCODING, JsonPath.ROOT, at, String.format(
          "the bytes are not valid UTF-8: byte 0x%02X at offset %d", bytes[input.position()] & 0xFF,
          input.position()), String.format("字节不是有效的 UTF-8：偏移 %d 处的字节 0x%02X",
          input.position(), bytes[input.position()] & 0xFF),
          "save the file as UTF-8 (a file saved as GBK or GB18030 gives this error)",
          "请将文件另存为 UTF-8（以 GBK 或 GB18030 保存的文件会出现此错误）");
      throw problems.exception(source, name);
    }
    output.flip();
    return output.toString();
  }

  private static Location endOf(CharSequence text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Location(line, column);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code value} as the document of type {@code type}: {@code format} first, then its fields. */
  public String write(DocumentType<?> type, Object value) {
    return documentWriter.write(type, value);
  }
}
