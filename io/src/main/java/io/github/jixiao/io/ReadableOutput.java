package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;

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
      throw refused(type, JsonPath.ROOT, "the document has " + Utf8.length(text) + " bytes in"
          + " UTF-8, more than the limit of " + limits.maxDocumentLength() + " bytes a reader"
          + " accepts", "文档的 UTF-8 编码有 " + Utf8.length(text) + " 字节，大于读取上限 "
          + limits.maxDocumentLength() + " 字节");
    }
    try (JsonParser parser = factory.createParser(text)) {
      try {
        scan(type, parser);
      } catch (StreamConstraintsException e) {
        throw refused(type, path(parser.getParsingContext()), "a number has more than "
            + limits.maxNumberLength() + " characters, the limit a reader accepts",
            "数字多于读取上限 " + limits.maxNumberLength() + " 个字符");
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
      throw refused(type, path(context.getParent()), "the document nests deeper than the limit"
          + " of " + limits.maxNestingDepth() + " levels a reader accepts", "文档嵌套深于读取上限 "
          + limits.maxNestingDepth() + " 层");
    }
  }

  private void name(DocumentType<?> type, String name, JsonStreamContext context) {
    if (name.length() > limits.maxNameLength()) {
      throw refused(type, path(context), "the field name has " + name.length() + " characters,"
          + " more than the limit of " + limits.maxNameLength() + " a reader accepts",
          "字段名有 " + name.length() + " 个字符，多于读取上限 " + limits.maxNameLength() + " 个字符");
    }
    int at = ShapeChecker.unpairedSurrogate(name);
    if (at >= 0) {
      throw unpaired(type, path(context), "field name", "字段名", name, at);
    }
  }

  private void text(DocumentType<?> type, String text, JsonStreamContext context) {
    if (text.length() > limits.maxStringLength()) {
      throw refused(type, path(context), "the text has " + text.length() + " characters, more"
          + " than the limit of " + limits.maxStringLength() + " a reader accepts", "文本有 "
          + text.length() + " 个字符，多于读取上限 " + limits.maxStringLength() + " 个字符");
    }
    int at = ShapeChecker.unpairedSurrogate(text);
    if (at >= 0) {
      throw unpaired(type, path(context), "text", "文本", text, at);
    }
    int control = Echo.firstRefused(text);
    if (control >= 0) {
      String code = String.format("U+%04X", (int) text.charAt(control));
      throw new JsonWriteException(type.name(), new JsonProblem(Kind.INVALID_VALUE,
          path(context).toString(), 0, 0, "the text has the control character " + code
          + " at character " + (control + 1) + ": text may hold no control characters (but tab"
          + " and line breaks) and no bidirectional overrides, and a reader refuses it",
          "文本第 " + (control + 1) + " 个字符是控制字符 " + code
          + "：文本不能含控制字符（制表符与换行除外）或双向文字覆盖字符，读取时会被拒绝",
          "remove it before writing", "请在写出前删除该字符"));
    }
  }

  private static JsonWriteException unpaired(DocumentType<?> type, JsonPath path, String what,
      String whatZh, String text, int at) {
    String code = String.format("\\u%04X", (int) text.charAt(at));
    return new JsonWriteException(type.name(), new JsonProblem(Kind.ENCODING, path.toString(), 0,
        0, "the " + what + " has an unpaired surrogate " + code + " at character " + (at + 1)
        + ": it is not Unicode text and cannot be written as UTF-8",
        whatZh + "第 " + (at + 1) + " 个字符是不成对的代理项 " + code
        + "：不是有效的 Unicode 文本，无法以 UTF-8 写出",
        "give the character whole, both halves of its surrogate pair",
        "请给出完整的字符（代理对的两半）"));
  }

  private static JsonWriteException refused(DocumentType<?> type, JsonPath path, String message,
      String messageZh) {
    return new JsonWriteException(type.name(), new JsonProblem(Kind.LIMIT, path.toString(), 0, 0,
        message, messageZh, "make it smaller, or write and read with larger limits:"
        + " JixiaoJson.builder().limits(new ReadLimits(…)).build()",
        "请减小，或以更大的读取限制写出和读取：JixiaoJson.builder().limits(new ReadLimits(…)).build()"));
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
