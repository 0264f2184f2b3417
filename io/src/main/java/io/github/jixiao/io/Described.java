package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;

/**
 * The phrases a reader's messages are made of (问题描述), each a {@link Message} nested in
 * another: what a value should be or what it is ("an array" / "数组"), and a hint several
 * messages share.
 */
final class Described {

  /** The example of a surrogate pair a hint shows, as data: {@code \uD83D\uDE00}. */
  private static final String PAIR = "\\uD83D\\uDE00";

  private Described() {}

  /** What {@code shape} is, as a message says it is expected. */
  static Message expected(Shape shape) {
    if (shape instanceof Shape.ListOf) {
      return Message.of("io.expected.array");
    }
    if (shape instanceof Shape.MapOf) {
      return Message.of("io.expected.object");
    }
    if (shape instanceof Shape.ObjectShape o) {
      return Message.of("io.expected.object-of", Argument.text("type", o.typeName()));
    }
    if (shape instanceof Shape.Enumeration e) {
      return Message.of("io.expected.one-of", Argument.text("constants", quoted(e.constants())));
    }
    if (shape instanceof Shape.Scalar s) {
      return switch (s.kind()) {
        case TEXT -> Message.of("io.expected.text");
        case DECIMAL -> Message.of("io.expected.number");
        case INT, LONG -> Message.of("io.expected.whole");
        case BOOLEAN -> Message.of("io.expected.boolean");
        case ANY -> Message.of("io.expected.value");
      };
    }
    return Message.of("io.expected.value");
  }

  /** What {@code node} is, as a message says it was found, its value shown bounded. */
  static Message found(JsonNode node) {
    if (node.isTextual()) {
      return Message.of("io.found.string", Argument.text("text", Echo.of(node.textValue())));
    }
    if (node.isNumber()) {
      return Message.of("io.found.number", Argument.text("number",
          ShapeChecker.shown(node.decimalValue())));
    }
    if (node.isObject()) {
      return Message.of("io.expected.object");
    }
    if (node.isArray()) {
      return Message.of("io.expected.array");
    }
    // true, false or null: JSON's own words, the same in every language.
    return Message.of("io.found.literal", Argument.text("value", node.asText()));
  }

  /**
   * Names a user types, each in double quotes as in a document, joined by commas in every
   * language: {@code "YUAN", "WAN_YUAN"}. Every one is shown, however many: the user must pick one.
   */
  static String quoted(Iterable<String> names) {
    StringBuilder s = new StringBuilder();
    for (String name : names) {
      s.append(s.length() == 0 ? "" : ", ").append('"').append(name).append('"');
    }
    return s.toString();
  }

  /** How to mend an unpaired surrogate in a document read. */
  static Message surrogateHint() {
    return Message.of("io.encoding.surrogate.hint", Argument.text("example", PAIR));
  }
}
