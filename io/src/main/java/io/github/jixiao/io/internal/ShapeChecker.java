package io.github.jixiao.io.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.io.internal.Shape.Field;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a located tree against the shape (结构) of its type and records every problem of shape in the
 * whole document: unknown fields (with the known field they most resemble), values of the wrong
 * JSON type, unknown enum constants, numbers out of range, nulls, missing required fields. Run
 * before binding, it lets one exception list them all, each at its own path and line.
 */
public final class ShapeChecker {

  /**
   * The most digits a number may have before or after its decimal point. The domain's own limits
   * are far lower (15 and 6 for money); this one only keeps a number like 1e999999999 from ever
   * being expanded into a billion digits.
   */
  static final int MAX_DIGITS = 40;

  private final Shapes shapes;
  private final LocatedTree tree;
  private final Problems problems;

  /** A checker of {@code tree} that records into {@code problems}. */
  public ShapeChecker(Shapes shapes, LocatedTree tree, Problems problems) {
    this.shapes = shapes;
    this.tree = tree;
    this.problems = problems;
  }

  /**
   * Whether {@code node} has the shape of {@code type}, with no problem at all. The same checks
   * as {@link #check}, run without a located tree or JSON paths (both {@code null}) and stopped at
   * the first problem: the fast path of reading, which reads the document again through
   * {@link #check} to report when this says no.
   */
  public static boolean conforms(Shapes shapes, JsonNode node, JavaType type) {
    try {
      new ShapeChecker(shapes, null, null).check(node, type, null);
      return true;
    } catch (NotConforming e) {
      return false;
    }
  }

  /** Thrown by a checker without problems to record at the first problem; no stack trace. */
  private static final class NotConforming extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final NotConforming INSTANCE = new NotConforming();

    private NotConforming() {
      super(null, null, false, false);
    }
  }

  /** Called where a problem is found: a checker with nowhere to record it stops there. */
  private void found() {
    if (problems == null) {
      throw NotConforming.INSTANCE;
    }
  }

  /** The path of field {@code name} of the value at {@code path}; none without a tree. */
  private String field(String path, String name) {
    return problems == null ? null : JsonPaths.field(path, name);
  }

  /** The path of element {@code i} of the array at {@code path}; none without a tree. */
  private String index(String path, int i) {
    return problems == null ? null : JsonPaths.index(path, i);
  }

  /** Checks {@code node}, found at {@code path}, against {@code type}. */
  public void check(JsonNode node, JavaType type, String path) {
    Shape shape = shapes.of(type);
    if (node.isNull()) {
      found();
      problems.add(Kind.WRONG_TYPE, path, tree.valueAt(path),
          "null is not a value here: expected " + expected(shape).en,
          "此处不能为 null：应为" + expected(shape).zh,
          "give a value, or leave the field out", "请给出一个值，或删去该字段");
      return;
    }
    // Java 17 has no pattern switch: one instanceof per kind of shape.
    if (shape instanceof Shape.OptionalOf o) {
      check(node, o.content(), path);
    } else if (shape instanceof Shape.ListOf l) {
      list(node, l, path);
    } else if (shape instanceof Shape.ObjectShape o) {
      object(node, o, path);
    } else if (shape instanceof Shape.MapOf m) {
      map(node, m, path);
    } else if (shape instanceof Shape.Enumeration e) {
      enumeration(node, e, path);
    } else {
      scalar(node, (Shape.Scalar) shape, path);
    }
  }

  private void list(JsonNode node, Shape.ListOf shape, String path) {
    if (!node.isArray()) {
      wrongType(node, shape, path, null);
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      check(node.get(i), shape.element(), index(path, i));
    }
  }

  private void map(JsonNode node, Shape.MapOf shape, String path) {
    if (!node.isObject()) {
      wrongType(node, shape, path, null);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String child = field(path, entry.getKey());
      unicode(entry.getKey(), child, true);
      check(entry.getValue(), shape.value(), child);
    }
  }

  private void object(JsonNode node, Shape.ObjectShape shape, String path) {
    if (!node.isObject()) {
      wrongType(node, shape, path, null);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String child = field(path, entry.getKey());
      Field field = shape.fields().get(entry.getKey());
      if (field == null) {
        unknown(entry.getKey(), shape, child, node);
      } else {
        check(entry.getValue(), field.type(), child);
      }
    }
    for (Field field : shape.fields().values()) {
      if (field.required() && !node.has(field.name())) {
        found();
        Described wanted = expected(shapes.of(field.type()));
        problems.add(Kind.MISSING, JsonPaths.field(path, field.name()), tree.valueAt(path),
            "missing required field \"" + field.name() + "\" of " + shape.typeName(),
            shape.typeName() + " 缺少必填字段 \"" + field.name() + "\"",
            "add \"" + field.name() + "\": " + wanted.en,
            "请添加 \"" + field.name() + "\"：" + wanted.zh);
      }
    }
  }

  private void unknown(String name, Shape.ObjectShape shape, String path, JsonNode object) {
    found();
    Optional<String> near = DidYouMean.closest(name, shape.fields().keySet())
        .filter(candidate -> !object.has(candidate));
    String fields = String.join(", ", shape.fields().keySet());
    problems.add(Kind.UNKNOWN_FIELD, path, tree.nameAt(path),
        "unknown field \"" + name + "\" in " + shape.typeName(),
        shape.typeName() + " 没有字段 \"" + name + "\"",
        near.map(n -> "did you mean \"" + n + "\"?")
            .orElse("the fields of " + shape.typeName() + " are: " + fields),
        near.map(n -> "是否应为 \"" + n + "\"？")
            .orElse(shape.typeName() + " 的字段有：" + fields));
  }

  private void enumeration(JsonNode node, Shape.Enumeration shape, String path) {
    if (node.isTextual() && shape.constants().contains(node.textValue())) {
      return;
    }
    Described hint = null;
    if (node.isTextual()) {
      String text = node.textValue();
      String byLabel = shape.byLabel().get(text.strip());
      Optional<String> near = byLabel != null ? Optional.of(byLabel)
          : DidYouMean.closest(text, shape.constants());
      hint = near.map(n -> new Described("did you mean \"" + n + "\"?",
          "是否应为 \"" + n + "\"？")).orElse(null);
    }
    wrongType(node, shape, path, hint);
  }

  private void scalar(JsonNode node, Shape.Scalar shape, String path) {
    switch (shape.kind()) {
      case TEXT -> {
        if (!node.isTextual()) {
          wrongType(node, shape, path, node.isNumber() || node.isBoolean()
              ? new Described("write it in double quotes: \"" + node.asText() + "\"",
                  "请加上双引号：\"" + node.asText() + "\"") : null);
        } else {
          unicode(node.textValue(), path, false);
        }
      }
      case DECIMAL -> decimal(node, shape, path);
      case INT -> {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
          whole(node, shape, path, "a whole number from " + Integer.MIN_VALUE + " to "
              + Integer.MAX_VALUE);
        }
      }
      case LONG -> {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
          whole(node, shape, path, "a whole number from " + Long.MIN_VALUE + " to "
              + Long.MAX_VALUE);
        }
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          wrongType(node, shape, path, node.isTextual()
              && ("true".equals(node.textValue()) || "false".equals(node.textValue()))
              ? new Described("write it without quotes: " + node.textValue(),
                  "请去掉引号：" + node.textValue()) : null);
        }
      }
      case ANY -> anyValue(node, path);
    }
  }

  /**
   * Any value is accepted as it is, the consumer checking it, except text that is not Unicode:
   * its strings and field names are checked as {@link #unicode} checks text.
   */
  private void anyValue(JsonNode node, String path) {
    if (node.isTextual()) {
      unicode(node.textValue(), path, false);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        anyValue(node.get(i), index(path, i));
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = it.next();
        String child = field(path, entry.getKey());
        unicode(entry.getKey(), child, true);
        anyValue(entry.getValue(), child);
      }
    }
  }

  /**
   * Refuses text with an unpaired surrogate (the escape of a high surrogate with no low one after
   * it, or of a low one alone): it is no Unicode text, and could not be written back as UTF-8.
   * One tight pass over the characters, which only compares each with U+D800 and U+DFFF.
   */
  private void unicode(String text, String path, boolean name) {
    int at = unpairedSurrogate(text);
    if (at < 0) {
      return;
    }
    found();
    String code = String.format("\\u%04X", (int) text.charAt(at));
    String what = name ? "field name" : "text";
    problems.add(Kind.ENCODING, path, name ? tree.nameAt(path) : tree.valueAt(path),
        "the " + what + " has an unpaired surrogate " + code + " at character " + (at + 1)
            + ": it is not Unicode text and cannot be written as UTF-8",
        (name ? "字段名" : "文本") + "第 " + (at + 1) + " 个字符是不成对的代理项 " + code
            + "：不是有效的 Unicode 文本，无法以 UTF-8 写出",
        "write the character itself, or both halves of its surrogate pair (\\uD83D\\uDE00)",
        "请直接写出该字符，或写出代理对的两半（\\uD83D\\uDE00）");
  }

  /** The index of the first unpaired surrogate in {@code text}, or -1 when there is none. */
  static int unpairedSurrogate(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private void decimal(JsonNode node, Shape.Scalar shape, String path) {
    if (!node.isNumber()) {
      wrongType(node, shape, path, node.isTextual() && isDecimal(node.textValue())
          ? unquote(node.textValue()) : null);
      return;
    }
    BigDecimal value = node.decimalValue();
    if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
      found();
      problems.add(Kind.WRONG_TYPE, path, tree.valueAt(path),
          "the number " + value + " is out of range: at most " + MAX_DIGITS
              + " digits before and after the decimal point",
          "数字 " + value + " 超出范围：小数点前后最多各 " + MAX_DIGITS + " 位", null, null);
    }
  }

  private void whole(JsonNode node, Shape.Scalar shape, String path, String range) {
    found();
    if (node.isNumber()) {
      problems.add(Kind.WRONG_TYPE, path, tree.valueAt(path),
          "expected " + range + ", found " + node.decimalValue().toPlainString(),
          "应为整数（" + range.replace("a whole number from ", "").replace(" to ", " 至 ")
              + "），实际为 " + node.decimalValue().toPlainString(), null, null);
    } else {
      wrongType(node, shape, path, node.isTextual() && isDecimal(node.textValue())
          ? unquote(node.textValue()) : null);
    }
  }

  private static Described unquote(String number) {
    return new Described("write the number without quotes: " + number.strip(),
        "数字请不要加引号：" + number.strip());
  }

  private static boolean isDecimal(String text) {
    try {
      new BigDecimal(text.strip());
      return text.strip().length() <= 100;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void wrongType(JsonNode node, Shape shape, String path, Described hint) {
    found();
    Described wanted = expected(shape);
    Described found = found(node);
    problems.add(Kind.WRONG_TYPE, path, tree.valueAt(path),
        "expected " + wanted.en + ", found " + found.en,
        "应为" + wanted.zh + "，实际为" + found.zh, hint == null ? null : hint.en,
        hint == null ? null : hint.zh);
  }

  private record Described(String en, String zh) {}

  private static Described expected(Shape shape) {
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

  private static Described found(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      return new Described("a string \"" + shown + "\"", "字符串 \"" + shown + "\"");
    }
    if (node.isNumber()) {
      String shown = node.decimalValue().toString();
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
