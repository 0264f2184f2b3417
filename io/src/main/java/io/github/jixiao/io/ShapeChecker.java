package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.io.Shape.Field;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a located tree against the shape (结构) of its type and records every problem of shape in the
 * whole document: unknown fields (with the known field they most resemble), values of the wrong
 * JSON type, unknown enum constants, numbers out of range, nulls, missing required fields. Run
 * before binding, it lets one exception list them all, each at its own path and line.
 */
final class ShapeChecker {

  private final Shapes shapes;
  private final Problems problems;
  private final Set<String> listed = new HashSet<>();

  /** A checker that records into {@code problems}. */
  public ShapeChecker(Shapes shapes, Problems problems) {
    this.shapes = shapes;
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
      new ShapeChecker(shapes, null).check(node, type, null);
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

  /**
   * Called where a problem is found: a checker with nowhere to record it stops there; whether
   * to describe it (false once enough problems are kept: it is only counted).
   */
  private boolean found() {
    if (problems == null) {
      throw NotConforming.INSTANCE;
    }
    return problems.keeping();
  }

  /**
   * The path of field {@code name} of the value at {@code path}; none without a tree, and no new
   * one once the problems kept are full (what is found then is only counted, never placed).
   */
  private JsonPath field(JsonPath path, String name) {
    return problems == null ? null : problems.full() ? path : path.field(name);
  }

  /** The path of element {@code i} of the array at {@code path}, as {@link #field} gives one. */
  private JsonPath index(JsonPath path, int i) {
    return problems == null ? null : problems.full() ? path : path.index(i);
  }

  /** Checks {@code node}, found at {@code path}, against {@code type}. */
  public void check(JsonNode node, JavaType type, JsonPath path) {
    Shape shape = shapes.of(type);
    if (node.isNull()) {
      if (!found()) {
        return;
      }
      problems.atValue(Kind.WRONG_TYPE, path, Message.of("io.shape.null",
          Argument.message("expected", Described.expected(shape))),
          Message.of("io.shape.null.hint"));
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

  private void list(JsonNode node, Shape.ListOf shape, JsonPath path) {
    if (!node.isArray()) {
      wrongType(node, shape, path, null);
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      check(node.get(i), shape.element(), index(path, i));
    }
  }

  private void map(JsonNode node, Shape.MapOf shape, JsonPath path) {
    if (!node.isObject()) {
      wrongType(node, shape, path, null);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonPath child = field(path, entry.getKey());
      unicode(entry.getKey(), child, true);
      check(entry.getValue(), shape.value(), child);
    }
  }

  private void object(JsonNode node, Shape.ObjectShape shape, JsonPath path) {
    if (!node.isObject()) {
      wrongType(node, shape, path, null);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonPath child = field(path, entry.getKey());
      Field field = shape.fields().get(entry.getKey());
      if (field == null) {
        unknown(entry.getKey(), shape, child, node);
      } else {
        check(entry.getValue(), field.type(), child);
      }
    }
    for (Field field : shape.fields().values()) {
      if (field.required() && !node.has(field.name())) {
        if (!found()) {
          continue;
        }
        Argument name = Argument.text("field", field.name());
        problems.atValue(Kind.MISSING, path.field(field.name()), Message.of("io.shape.missing",
            name, Argument.text("type", shape.typeName())), Message.of("io.shape.missing.hint",
            name, Argument.message("expected", Described.expected(shapes.of(field.type())))));
      }
    }
  }

  private void unknown(String name, Shape.ObjectShape shape, JsonPath path, JsonNode object) {
    if (!found()) {
      return;
    }
    Optional<String> near = DidYouMean.closest(name, shape.fields().keySet())
        .filter(candidate -> !object.has(candidate));
    Argument type = Argument.text("type", shape.typeName());
    Message hint;
    if (near.isPresent()) {
      hint = DidYouMean.hint(near.get());
    } else if (listed.add(shape.typeName())) {
      // The fields of a type are listed once, at its first unknown field; every one of them, as
      // the user must type one.
      hint = Message.of("io.shape.fields", type,
          Argument.text("fields", Described.quoted(shape.fields().keySet())));
    } else {
      hint = Message.of("io.shape.fields-listed", type);
    }
    problems.atName(Kind.UNKNOWN_FIELD, path, Message.of("io.shape.unknown",
        Argument.text("field", Echo.of(name)), type), hint);
  }

  private void enumeration(JsonNode node, Shape.Enumeration shape, JsonPath path) {
    if (node.isTextual() && shape.constants().contains(node.textValue())) {
      return;
    }
    Message hint = null;
    if (node.isTextual()) {
      String text = node.textValue();
      String byLabel = shape.byLabel().get(text.strip());
      Optional<String> near = byLabel != null ? Optional.of(byLabel)
          : text.length() > 100 ? Optional.empty() : DidYouMean.closest(text, shape.constants());
      hint = near.map(DidYouMean::hint).orElse(null);
    }
    wrongType(node, shape, path, hint);
  }

  private void scalar(JsonNode node, Shape.Scalar shape, JsonPath path) {
    switch (shape.kind()) {
      case TEXT -> {
        if (!node.isTextual()) {
          wrongType(node, shape, path, node.isNumber() || node.isBoolean()
              ? Message.of("io.shape.quote", Argument.text("text", Echo.of(node.asText())))
              : null);
        } else {
          unicode(node.textValue(), path, false);
        }
      }
      case DECIMAL -> decimal(node, shape, path);
      case INT -> {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
          whole(node, shape, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
      }
      case LONG -> {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
          whole(node, shape, path, Long.MIN_VALUE, Long.MAX_VALUE);
        }
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          wrongType(node, shape, path, node.isTextual()
              && ("true".equals(node.textValue()) || "false".equals(node.textValue()))
              ? Message.of("io.shape.unquote", Argument.text("text", node.textValue()))
              : null);
        }
      }
      case ANY -> anyValue(node, path);
    }
  }

  /**
   * Any value is accepted as it is, the consumer checking it, except text that is not Unicode:
   * its strings and field names are checked as {@link #unicode} checks text.
   */
  private void anyValue(JsonNode node, JsonPath path) {
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
        JsonPath child = field(path, entry.getKey());
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
  private void unicode(String text, JsonPath path, boolean name) {
    int at = unpairedSurrogate(text);
    int control = at >= 0 || name ? -1 : Echo.firstRefused(text);
    if (at < 0 && control < 0) {
      return;
    }
    if (!found()) {
      return;
    }
    if (at < 0) {
      problems.atValue(Kind.INVALID_VALUE, path, Message.of("io.text.control",
          Argument.text("code", String.format("U+%04X", (int) text.charAt(control))),
          Argument.number("at", control + 1)), Message.of("io.text.control.hint"));
      return;
    }
    Argument code = Argument.text("code", String.format("\\u%04X", (int) text.charAt(at)));
    Argument where = Argument.number("at", at + 1);
    if (name) {
      problems.atName(Kind.ENCODING, path, Message.of("io.text.surrogate.name", code, where),
          Described.surrogateHint());
    } else {
      problems.atValue(Kind.ENCODING, path, Message.of("io.text.surrogate", code, where),
          Described.surrogateHint());
    }
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

  private void decimal(JsonNode node, Shape.Scalar shape, JsonPath path) {
    if (!node.isNumber()) {
      wrongType(node, shape, path, node.isTextual() && isDecimal(node.textValue())
          ? unquote(node.textValue()) : null);
      return;
    }
    // Its digits are bounded at reading (LocatedTreeReader.MAX_DIGITS): nothing to check here.
  }

  private void whole(JsonNode node, Shape.Scalar shape, JsonPath path, long low, long high) {
    if (node.isNumber()) {
      if (!found()) {
        return;
      }
      problems.atValue(Kind.WRONG_TYPE, path, Message.of("io.shape.whole",
          Argument.number("low", low), Argument.number("high", high),
          Argument.text("found", shown(node.decimalValue()))), null);
    } else {
      wrongType(node, shape, path, node.isTextual() && isDecimal(node.textValue())
          ? unquote(node.textValue()) : null);
    }
  }

  /** {@code value} as a message shows it: never expanded, at most a few dozen characters. */
  static String shown(BigDecimal value) {
    // Bounded at reading to 40 digits each side of the point; toString never expands an exponent.
    return Echo.of(value.toString(), 90);
  }

  private static Message unquote(String number) {
    return Message.of("io.shape.unquote-number", Argument.text("number", Echo.of(number.strip())));
  }

  private static boolean isDecimal(String text) {
    if (text.length() > 100) {
      return false;
    }
    try {
      new BigDecimal(text.strip());
      return text.strip().length() <= 100;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private void wrongType(JsonNode node, Shape shape, JsonPath path, Message hint) {
    if (!found()) {
      return;
    }
    problems.atValue(Kind.WRONG_TYPE, path, Message.of("io.shape.wrong-type",
        Argument.message("expected", Described.expected(shape)),
        Argument.message("found", Described.found(node))), hint);
  }
}
