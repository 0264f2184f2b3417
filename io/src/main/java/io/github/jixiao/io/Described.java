package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A phrase of a reader's message in English and Chinese (问题描述): what a value should be or
 * what it is ("an array" / "数组"), or a hint.
 *
 * @param en the English words
 * @param zh the Chinese words
 */
record Described(String en, String zh) {

  /** What {@code shape} is, as a message says it is expected. */
  static Described expected(Shape shape) {
    if (shape instanceof Shape.ListOf) {
      return new Described("an array", "数组");
    }
    if (shape instanceof Shape.MapOf) {
      return new Described("an object", "对象");
    }
    if (shape instanceof Shape.ObjectShape o) {
      return new Described("an object (" + o.typeName() + ")", "对象（" + o.typeName() + "）");
    }
    if (shape instanceof Shape.Enumeration e) {
      return new Described("one of " + String.join(", ", e.constants()),
          "以下之一：" + String.join("、", e.constants()));
    }
    if (shape instanceof Shape.Scalar s) {
      return switch (s.kind()) {
        case TEXT -> new Described("text (a JSON string)", "文本（JSON 字符串）");
        case DECIMAL -> new Described("a number", "数字");
        case INT, LONG -> new Described("a whole number", "整数");
        case BOOLEAN -> new Described("true or false", "true 或 false");
        case ANY -> new Described("a value", "一个值");
      };
    }
    return new Described("a value", "一个值");
  }

  /** What {@code node} is, as a message says it was found, its value shown bounded. */
  static Described found(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      String shown = Echo.of(text);
      return new Described("a string \"" + shown + "\"", "字符串 \"" + shown + "\"");
    }
    if (node.isNumber()) {
      String shown = ShapeChecker.shown(node.decimalValue());
      return new Described("the number " + shown, "数字 " + shown);
    }
    if (node.isBoolean()) {
      return new Described(node.asText(), node.asText());
    }
    if (node.isObject()) {
      return new Described("an object", "对象");
    }
    if (node.isArray()) {
      return new Described("an array", "数组");
    }
    return new Described("null", "null");
  }
}
