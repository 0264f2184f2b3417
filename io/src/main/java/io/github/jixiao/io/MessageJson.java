package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import io.github.jixiao.core.value.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON for what Jixiao says (提示信息的 JSON): a {@link Message} is {@code {"key": …,
 * "arguments": [{"name": …, "number" | "text" | "message" | "list": …}], "templates": {…},
 * "rendered": {"zh": …, "en": …}}} — the key and arguments, which are the message, and beside them
 * the message rendered in Chinese and English when it was written, for a reader without Jixiao's
 * bundles. A message nested in another's arguments has no rendering of its own: the outer one
 * holds it. Reading takes the key, arguments and templates and ignores {@code "rendered"}: the
 * words are derived, and the reader renders them again in its own language and wording.
 *
 * <p>An empty argument list or template map is left out, as every empty list is.
 */
final class MessageJson {

  /** The field that holds the rendered texts, by language tag. */
  static final String RENDERED = "rendered";

  /** The languages a message is rendered in when written, by the tag that names them. */
  private static final Map<String, Locale> LANGUAGES = languages();

  private MessageJson() {}

  private static Map<String, Locale> languages() {
    Map<String, Locale> languages = new LinkedHashMap<>();
    languages.put("zh", Locale.CHINESE);
    languages.put("en", Locale.ENGLISH);
    return languages;
  }

  /** Writes a message: key, arguments, templates, and its rendering when {@code rendered}. */
  static void write(Message message, JsonGenerator gen, boolean rendered) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("key", message.getKey());
    if (!message.getArguments().isEmpty()) {
      gen.writeArrayFieldStart("arguments");
      for (Argument a : message.getArguments()) {
        write(a, gen, false);
      }
      gen.writeEndArray();
    }
    if (!message.getTemplates().isEmpty()) {
      gen.writeObjectFieldStart("templates");
      for (Map.Entry<String, String> t : message.getTemplates().entrySet()) {
        gen.writeStringField(t.getKey(), t.getValue());
      }
      gen.writeEndObject();
    }
    if (rendered) {
      gen.writeObjectFieldStart(RENDERED);
      for (Map.Entry<String, Locale> language : LANGUAGES.entrySet()) {
        gen.writeStringField(language.getKey(), message.render(language.getValue()));
      }
      gen.writeEndObject();
    }
    gen.writeEndObject();
  }

  /** Writes an argument; a message in it is rendered when {@code rendered}. */
  static void write(Argument argument, JsonGenerator gen, boolean rendered) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", argument.getName());
    if (argument.getNumber().isPresent()) {
      gen.writeFieldName("number");
      gen.writeNumber(argument.getNumber().get());
    } else if (argument.getText().isPresent()) {
      gen.writeStringField("text", argument.getText().get());
    } else if (argument.getMessage().isPresent()) {
      gen.writeFieldName("message");
      write(argument.getMessage().get(), gen, rendered);
    } else {
      gen.writeArrayFieldStart("list");
      for (String item : argument.getList().orElse(List.of())) {
        gen.writeString(item);
      }
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  /**
   * The message in {@code node}, whose shape the strict reader has checked (a mapper of one's own
   * gets what Jackson can make of it).
   *
   * @throws InvalidValueException if its key, an argument or a template is not one a message may
   *     have, each problem at its path from the message
   */
  static Message message(JsonNode node) {
    List<Violation> problems = new ArrayList<>();
    // Recursion is bounded by the reader's nesting limit, as every walk of a document is.
    Message message = message(node, "$", problems);
    if (!problems.isEmpty()) {
      throw new InvalidValueException("Message", problems);
    }
    return message;
  }

  /** The argument in {@code node}. @throws InvalidValueException as {@link #message} */
  static Argument argument(JsonNode node) {
    List<Violation> problems = new ArrayList<>();
    Argument argument = argument(node, "$", problems);
    if (!problems.isEmpty()) {
      throw new InvalidValueException("Argument", problems);
    }
    return argument;
  }

  private static Message message(JsonNode node, String at, List<Violation> problems) {
    String key = node.path("key").asText("");
    Message.Builder built = Message.builder().key(key);
    JsonNode arguments = node.path("arguments");
    for (int i = 0; i < arguments.size(); i++) {
      Argument a = argument(arguments.get(i), at + ".arguments[" + i + "]", problems);
      if (a != null) {
        built.addArgument(a);
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.path("templates").properties()
        .iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> t = it.next();
      built.putTemplate(t.getKey(), t.getValue().asText());
    }
    try {
      return built.build();
    } catch (IllegalArgumentException e) {
      // The message's own words say what: its key, or one of its templates, is not valid.
      problems.add(new Violation(at, Message.of("io.message.invalid",
          Argument.text("key", Echo.of(key)))));
      return null;
    }
  }

  private static Argument argument(JsonNode node, String at, List<Violation> problems) {
    String name = node.path("name").asText("");
    Argument.Builder built = Argument.builder().name(name);
    if (node.has("number")) {
      built.number(node.get("number").decimalValue());
    }
    if (node.has("text")) {
      built.text(node.get("text").asText());
    }
    if (node.has("message")) {
      Message nested = message(node.get("message"), at + ".message", problems);
      if (nested == null) {
        return null;
      }
      built.message(nested);
    }
    if (node.has("list")) {
      List<String> items = new ArrayList<>();
      node.get("list").forEach(item -> items.add(item.asText()));
      built.list(items);
    }
    try {
      return built.build();
    } catch (IllegalArgumentException e) {
      problems.add(new Violation(at, Message.of("io.message.argument",
          Argument.text("name", Echo.of(name)),
          Argument.text("values", Described.quoted(List.of("number", "text", "message",
              "list"))))));
      return null;
    }
  }

  /** Writes every {@link Message} of a document with its rendering. */
  static final class MessageSerializer extends JsonSerializer<Message> {
    @Override
    public void serialize(Message value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      write(value, gen, true);
    }
  }

  /** Writes every {@link Argument} outside a message (a rule's inputs) with its rendering. */
  static final class ArgumentSerializer extends JsonSerializer<Argument> {
    @Override
    public void serialize(Argument value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      write(value, gen, true);
    }
  }

  /** Reads a {@link Message}, its rendering ignored. */
  static final class MessageDeserializer extends JsonDeserializer<Message> {
    @Override
    public Message deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return message(ctxt.readTree(p));
    }
  }

  /** Reads an {@link Argument}, the rendering of a message in it ignored. */
  static final class ArgumentDeserializer extends JsonDeserializer<Argument> {
    @Override
    public Argument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return argument(ctxt.readTree(p));
    }
  }
}
