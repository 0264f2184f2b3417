package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

/**
 * Parses JSON text (JSON 文本) into a tree. Numbers keep their exact decimal text (3306.10 stays
 * 3306.10, never a {@code double}), a number with a negative scale is read as the whole number it
 * is (33E+2 is 3300), and a number of more than {@link #MAX_DIGITS} digits before or after its
 * point is refused before it is ever expanded; a key repeated in one object is reported with both
 * places and parsing goes on, so every duplicate is listed at once; syntax errors and exceeded
 * limits stop the parse, as nothing after them can be trusted. Reading keeps no location per
 * value: {@link #locate} finds the places of the values with problems in one more pass.
 */
final class LocatedTreeReader {

  /**
   * The most digits a number may have before its decimal point, and after it. Jixiao's values
   * hold far fewer (15 and 6 for money); this keeps 1e999999999 from ever being expanded.
   */
  public static final int MAX_DIGITS = 40;

  // Since Jackson 2.15 the factory keeps a decimal exactly as given (3306.10 stays 3306.10).
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory;
  private final JsonFactory plainFactory;
  private final ReadLimits limits;

  /**
   * A reader whose parsers come from {@code factory}, configured with {@code limits}, and whose
   * plain parsers (the fast path, {@link #readPlain}) from {@code plainFactory}, which may refuse
   * more.
   */
  public LocatedTreeReader(JsonFactory factory, JsonFactory plainFactory, ReadLimits limits) {
    this.factory = factory;
    this.plainFactory = plainFactory;
    this.limits = limits;
  }

  /** The tree of {@code text}, or {@code null} when it could not be parsed (see {@code problems}). */
  public JsonNode read(String text, Problems problems) {
    try (JsonParser p = factory.createParser(text)) {
      Walk walk = new Walk(p, problems);
      try {
        if (p.nextToken() == null) {
          problems.at(Kind.EMPTY, JsonPath.ROOT, new Location(1, 1),
              Message.of("io.document.empty"), Message.of("io.document.empty.hint",
                  Argument.text("field", Engine.FORMAT)));
          return null;
        }
        JsonNode root = walk.value(JsonPath.ROOT);
        if (root == null) {
          return null;
        }
        if (p.nextToken() != null) {
          problems.at(Kind.SYNTAX, JsonPath.ROOT, at(p.currentTokenLocation()),
              Message.of("io.syntax.trailing"), Message.of("io.syntax.trailing.hint"));
          return null;
        }
        return root;
      } catch (JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        ParseErrors.Said t = ParseErrors.of(e, limits);
        problems.at(t.kind(), walk.path(), at(where), t.message(), t.hint());
        return null;
      }
    } catch (IOException e) {
      // Parsing a String does no I/O; this is closing the parser.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Where each of {@code wanted} starts in {@code text} — its value, and its field's name — found
   * in one pass that skips every value holding none of them; {@code wanted} holds every path that
   * holds one of its paths. The first of repeated keys is the one placed.
   */
  public void locate(String text, Set<JsonPath> wanted, Map<JsonPath, Location> values,
      Map<JsonPath, Location> names) {
    if (wanted.isEmpty()) {
      return;
    }
    try (JsonParser p = factory.createParser(text)) {
      if (p.nextToken() != null) {
        locate(p, JsonPath.ROOT, wanted, values, names);
      }
    } catch (AllFound e) {
      // Every wanted path is placed: the rest of the text is not read.
    } catch (IOException | RuntimeException e) {
      // The text's problem is already reported: what was found before it is placed.
    }
  }

  /** Thrown once every wanted path is placed; no stack trace. */
  private static final class AllFound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final AllFound INSTANCE = new AllFound();

    private AllFound() {
      super(null, null, false, false);
    }
  }

  private static void locate(JsonParser p, JsonPath path, Set<JsonPath> wanted,
      Map<JsonPath, Location> values, Map<JsonPath, Location> names) throws IOException {
    values.putIfAbsent(path, at(p.currentTokenLocation()));
    JsonToken token = p.currentToken();
    if (values.size() == wanted.size()) {
      // Only wanted paths are visited, each field's name placed before its value: once every
      // value has its place, so has every name, and the rest is not read.
      throw AllFound.INSTANCE;
    }
    if (token == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonPath child = path.field(p.currentName());
        Location nameAt = at(p.currentTokenLocation());
        p.nextToken();
        if (wanted.contains(child)) {
          names.putIfAbsent(child, nameAt);
          locate(p, child, wanted, values, names);
        } else {
          p.skipChildren();
        }
      }
    } else if (token == JsonToken.START_ARRAY) {
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        JsonPath child = path.index(i);
        if (wanted.contains(child)) {
          locate(p, child, wanted, values, names);
        } else {
          p.skipChildren();
        }
      }
    }
  }

  /**
   * The plain tree of {@code text}, or {@code null} if it has any problem at all:
   * a syntax error, an exceeded limit, a repeated key, a number out of range, nothing or more
   * than one value. The fast path of reading: nodes are built exactly as {@link #read} builds
   * them, and a document this refuses is read again by {@link #read}, which reports why.
   */
  public JsonNode readPlain(String text) {
    try (JsonParser p = plainFactory.createParser(text)) {
      return plainDocument(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * As {@link #readPlain(String)}, from UTF-8 bytes the caller has checked are well-formed and
   * free of control characters (so the parser cannot take them for UTF-16 or UTF-32).
   */
  public JsonNode readPlain(byte[] utf8) {
    try (JsonParser p = plainFactory.createParser(utf8)) {
      return plainDocument(p);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static JsonNode plainDocument(JsonParser p) throws IOException {
    if (p.nextToken() == null) {
      return null;
    }
    JsonNode root = plainValue(p);
    return root == null || p.nextToken() != null ? null : root;
  }

  /** The value at the parser's current token, as {@code Walk.value} builds it; null if refused. */
  private static JsonNode plainValue(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT: {
        if (p.nextToken() == JsonToken.END_OBJECT) {
          return emptyObject();
        }
        ObjectNode object = NODES.objectNode();
        for (; p.currentToken() == JsonToken.FIELD_NAME; p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          JsonNode value = plainValue(p);
          // A repeated key: the located reader reports both places.
          if (value == null || object.replace(name, value) != null) {
            return null;
          }
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          JsonNode value = plainValue(p);
          if (value == null) {
            return null;
          }
          array.add(value);
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(p);
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return null;
    }
  }

  /**
   * The number at the parser's current token, or {@code null} when it is out of range: more than
   * {@link #MAX_DIGITS} digits before or after its point, or an exponent no decimal can hold. A
   * whole number is an integer node, a negative scale (33E+2, 0.1E3) included, so that the value
   * read is the value written: 3300, not 3.3E+3.
   */
  static JsonNode number(JsonParser p) {
    try {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            // No more than the number-length limit of digits: counted as text, never converted.
            String digits = p.getText();
            return digits.length() - (digits.startsWith("-") ? 1 : 0) > MAX_DIGITS ? null
                : NODES.numberNode(new BigInteger(digits));
        }
      }
      // Parsed from the number's text, exactly: never through a double.
      BigDecimal value = p.getDecimalValue();
      if (value.scale() > MAX_DIGITS || (long) value.precision() - value.scale() > MAX_DIGITS) {
        return null;
      }
      if (value.scale() <= 0) {
        BigInteger whole = value.toBigIntegerExact();
        return whole.bitLength() < 32 ? NODES.numberNode(whole.intValue())
            : whole.bitLength() < 64 ? NODES.numberNode(whole.longValue())
            : NODES.numberNode(whole);
      }
      return NODES.numberNode(value);
    } catch (IOException | RuntimeException e) {
      // An exponent beyond an int (1e99999999999) or a scale beyond one (1e-2147483648).
      return null;
    }
  }

  /**
   * An empty object that holds no map of its own: a million {@code {}} cost a million small
   * nodes, not a million hash maps. Reading never adds to an object once it is built.
   */
  static ObjectNode emptyObject() {
    return new ObjectNode(NODES, Map.of());
  }

  static Location at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Location.UNKNOWN;
    }
    return new Location(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  /**
   * One pass over the tokens; recursion is bounded by the parser's nesting limit. It keeps the
   * path of what it is reading, so that a syntax error or an exceeded limit names the value it is
   * in (or the object, between two fields), whatever state the parser's context is in.
   */
  private static final class Walk {
    private final JsonParser p;
    private final Problems problems;
    private JsonPath at = JsonPath.ROOT;
    private boolean betweenFields;
    private String completed;

    Walk(JsonParser p, Problems problems) {
      this.p = p;
      this.problems = problems;
    }

    JsonPath path() {
      // Between two fields the parser reads the next name and the start of its value in one
      // step: a failure there belongs to the new field if its name got read.
      String name = betweenFields ? p.getParsingContext().getCurrentName() : null;
      return name != null && !name.equals(completed) ? at.field(name) : at;
    }

    /** The value at the current token; null, with the problem recorded, if it is refused. */
    JsonNode value(JsonPath path) throws IOException {
      at = path;
      JsonToken token = p.currentToken();
      switch (token) {
        case START_OBJECT:
          return object(path);
        case START_ARRAY:
          return array(path);
        case VALUE_STRING:
          return NODES.textNode(p.getText());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT: {
          JsonNode number = number(p);
          if (number == null) {
            problems.at(Kind.LIMIT, path, at(p.currentTokenLocation()),
                Message.of("io.limit.digits", Argument.text("number", Echo.of(p.getText())),
                    Argument.number("digits", MAX_DIGITS)), null);
          }
          return number;
        }
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected token " + token);
      }
    }

    private ObjectNode object(JsonPath path) throws IOException {
      ObjectNode object = NODES.objectNode();
      betweenFields = true;
      completed = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        betweenFields = false;
        String name = p.currentName();
        JsonPath child = path.field(name);
        Location nameAt = at(p.currentTokenLocation());
        at = child;
        p.nextToken();
        if (object.has(name)) {
          // The line and column of the first are added once they are looked up.
          problems.at(Kind.DUPLICATE_KEY, child, nameAt, child,
              Message.of("io.syntax.duplicate-key", Argument.text("key", Echo.of(name))),
              Message.of("io.syntax.duplicate-key.hint"));
          p.skipChildren();
        } else {
          JsonNode value = value(child);
          if (value == null) {
            return null;
          }
          object.set(name, value);
        }
        at = path;
        betweenFields = true;
        completed = name;
      }
      betweenFields = false;
      return object;
    }

    private ArrayNode array(JsonPath path) throws IOException {
      ArrayNode array = NODES.arrayNode();
      int i = 0;
      betweenFields = false;
      for (at = path.index(i); p.nextToken() != JsonToken.END_ARRAY; at = path.index(i)) {
        JsonNode value = value(path.index(i++));
        if (value == null) {
          return null;
        }
        array.add(value);
      }
      at = path;
      return array;
    }
  }
}
