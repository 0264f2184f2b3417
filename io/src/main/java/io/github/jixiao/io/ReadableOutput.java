package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.util.Optional;

/**
 * The writer's side of "what Jixiao writes, Jixiao reads" (可读输出): a written document is
 * checked, before it leaves the writer, against the rules the reader applies with the same
 * {@link ReadLimits} — text with a character {@link Echo#isRefused refused} by the reader or an
 * unpaired surrogate, a string, field name or number longer than its limit, nesting deeper than
 * the limit, more bytes of UTF-8 than the document limit — and refused with a
 * {@link JsonWriteException} naming the JSON path of the value.
 *
 * <p>It streams the written text once, as the reader's parser would, rather than hooking into
 * the generator: so it sees every write path's output, the {@code "format"} field and map keys
 * included, exactly as the reader will. Thread-safe.
 */
final class ReadableOutput {

  /** How a caller raises the limits, as data: the code to write. */
  private static final String LARGER = "JixiaoJson.builder().limits(new ReadLimits(…)).build()";

  private final ReadLimits limits;
  private final JsonFactory factory;

  /** The check of documents to be read within {@code limits}: the reader's own instance. */
  public ReadableOutput(ReadLimits limits) {
    this.limits = limits;
    // Lengths and depth are counted here, for a message with the path; numbers by the parser,
    // with the reader's own constraint.
    this.factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(-1).maxNestingDepth(Integer.MAX_VALUE)
            .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
            .maxNumberLength(limits.maxNumberLength()).build())
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .build();
  }

  /**
   * Returns if a reader with these limits would read {@code text}, the document of type
   * {@code type} just written. @throws JsonWriteException for the first thing it would refuse
   */
  public void check(DocumentType<?> type, String text) {
    if (!Utf8.within(text, limits.maxDocumentLength())) {
      throw refused(type, JsonPath.ROOT, Message.of("io.write.document",
          Argument.number("bytes", Utf8.length(text)),
          Argument.number("limit", limits.maxDocumentLength())));
    }
    try (JsonParser parser = factory.createParser(text)) {
      try {
        scan(type, parser);
      } catch (StreamConstraintsException e) {
        throw refused(type, path(parser.getParsingContext()), Message.of("io.write.number",
            Argument.number("limit", limits.maxNumberLength())));
      }
    } catch (IOException e) {
      throw new IllegalStateException("Jixiao wrote " + type.name() + " as JSON it cannot parse",
          e);
    }
  }

  private void scan(DocumentType<?> type, JsonParser parser) throws IOException {
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> depth(type, parser.getParsingContext());
        case FIELD_NAME -> name(type, parser.currentName(), parser.getParsingContext());
        case VALUE_STRING -> text(type, parser.getText(), parser.getParsingContext());
        default -> { }
      }
    }
  }

  private void depth(DocumentType<?> type, JsonStreamContext context) {
    if (context.getNestingDepth() > limits.maxNestingDepth()) {
      throw refused(type, path(context.getParent()), Message.of("io.write.nesting",
          Argument.number("limit", limits.maxNestingDepth())));
    }
  }

  private void name(DocumentType<?> type, String name, JsonStreamContext context) {
    if (name.length() > limits.maxNameLength()) {
      throw refused(type, path(context), Message.of("io.write.name",
          Argument.number("length", name.length()),
          Argument.number("limit", limits.maxNameLength())));
    }
    int at = ShapeChecker.unpairedSurrogate(name);
    if (at >= 0) {
      throw unpaired(type, path(context), "io.write.surrogate.name", name, at);
    }
  }

  private void text(DocumentType<?> type, String text, JsonStreamContext context) {
    if (text.length() > limits.maxStringLength()) {
      throw refused(type, path(context), Message.of("io.write.text",
          Argument.number("length", text.length()),
          Argument.number("limit", limits.maxStringLength())));
    }
    int at = ShapeChecker.unpairedSurrogate(text);
    if (at >= 0) {
      throw unpaired(type, path(context), "io.write.surrogate.text", text, at);
    }
    int control = Echo.firstRefused(text);
    if (control >= 0) {
      throw new JsonWriteException(type.name(), new JsonProblem(Kind.INVALID_VALUE,
          path(context).toString(), 0, 0, Message.of("io.write.control",
              Argument.text("code", String.format("U+%04X", (int) text.charAt(control))),
              Argument.number("at", control + 1)),
          Optional.of(Message.of("io.write.control.hint"))));
    }
  }

  private static JsonWriteException unpaired(DocumentType<?> type, JsonPath path, String key,
      String text, int at) {
    return new JsonWriteException(type.name(), new JsonProblem(Kind.ENCODING, path.toString(), 0,
        0, Message.of(key, Argument.text("code", String.format("\\u%04X", (int) text.charAt(at))),
            Argument.number("at", at + 1)),
        Optional.of(Message.of("io.write.surrogate.hint"))));
  }

  private static JsonWriteException refused(DocumentType<?> type, JsonPath path,
      Message message) {
    return new JsonWriteException(type.name(), new JsonProblem(Kind.LIMIT, path.toString(), 0, 0,
        message, Optional.of(Message.of("io.write.limit.hint", Argument.text("code", LARGER)))));
  }

  /** The JSON path of the value the parser is at, in {@code context}. */
  private static JsonPath path(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return JsonPath.ROOT;
    }
    JsonPath parent = path(context.getParent());
    if (context.inArray()) {
      return parent.index(context.getCurrentIndex());
    }
    String name = context.getCurrentName();
    return name == null ? parent : parent.field(name);
  }
}
