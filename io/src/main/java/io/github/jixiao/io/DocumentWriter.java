package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.github.jixiao.core.message.Message;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a Jixiao document (文档写出) with the engine's mapper: {@code "format"} first, then the
 * value's fields, pretty-printed with two spaces and a final newline, decimals in plain notation.
 * Thread-safe.
 */
final class DocumentWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectMapper mapper;
  private final ObjectWriter writer;
  private final Map<Class<?>, Boolean> unwraps = new ConcurrentHashMap<>();

  DocumentWriter(ObjectMapper mapper) {
    this.mapper = mapper;
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.writer = mapper.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter).withArrayIndenter(indenter));
  }

  /** {@code value} as the document of type {@code type}: {@code format} first, then its fields. */
  String write(DocumentType<?> type, Object value) {
    Object content = type.valueType().cast(value);
    if (!unwraps.computeIfAbsent(content.getClass(), this::unwraps)) {
      return writeThroughTree(type, content);
    }
    try {
      return writer.writeValueAsString(new Document(type.format(), content));
    } catch (JsonProcessingException e) {
      throw unwritable(type, e);
    }
  }

  /** Whether the serializer of {@code type} can write its fields without the braces. */
  private boolean unwraps(Class<?> type) {
    try {
      return mapper.getSerializerProviderInstance().findValueSerializer(type, null)
          .unwrappingSerializer(NameTransformer.NOP).isUnwrappingSerializer();
    } catch (JsonMappingException e) {
      return false;
    }
  }

  /**
   * A document written straight to the generator: {@code {"format": …}} and then the value's own
   * fields through its bean serializer, unwrapped. The same tokens as the tree of the value with
   * {@code format} put first (which the writer used to build), so the same bytes, without the
   * two trees.
   */
  private record Document(String format, Object content) implements JsonSerializable {
    @Override
    public void serialize(JsonGenerator gen, SerializerProvider provider) throws IOException {
      JsonSerializer<Object> fields = provider.findValueSerializer(content.getClass(), null)
          .unwrappingSerializer(NameTransformer.NOP);
      gen.writeStartObject(this);
      gen.writeStringField(Engine.FORMAT, format);
      fields.serialize(content, gen, provider);
      gen.writeEndObject();
      // The final newline, written here rather than appended to a copy of the whole text.
      gen.writeRaw('\n');
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider provider,
        TypeSerializer typeSer) throws IOException {
      serialize(gen, provider);
    }
  }

  private String writeThroughTree(DocumentType<?> type, Object value) {
    ObjectNode document = NODES.objectNode();
    document.put(Engine.FORMAT, type.format());
    JsonNode content;
    try {
      content = mapper.valueToTree(type.valueType().cast(value));
    } catch (IllegalArgumentException e) {
      // valueToTree wraps the serializer's failure.
      throw unwritable(type, e.getCause() != null ? e.getCause() : e);
    }
    document.setAll((ObjectNode) content);
    try {
      return writer.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw unwritable(type, e);
    }
  }

  /**
   * A value Jackson cannot write (a user's type with no serializer, a getter that throws), at
   * the JSON path Jackson names, in Jixiao's words; Jackson's exception is the cause.
   */
  private static JsonWriteException unwritable(DocumentType<?> type, Throwable e) {
    JsonPath path = JsonPath.ROOT;
    if (e instanceof JsonMappingException m) {
      for (JsonMappingException.Reference ref : m.getPath()) {
        path = ref.getFieldName() != null ? path.field(ref.getFieldName())
            : ref.getIndex() >= 0 ? path.index(ref.getIndex()) : path;
      }
    }
    return new JsonWriteException(type.name(), new JsonProblem(JsonProblem.Kind.INVALID_VALUE,
        path.toString(), 0, 0, Message.of("io.write.unserializable")), e);
  }
}
