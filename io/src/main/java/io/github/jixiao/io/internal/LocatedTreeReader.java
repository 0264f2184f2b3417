package io.github.jixiao.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.io.internal.LocatedTree.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSON text (JSON 文本) into a {@link LocatedTree}. Numbers keep their exact decimal text (3306.10
 * stays 3306.10, never a {@code double}); a key repeated in one object is reported with both places
 * and parsing goes on, so every duplicate is listed at once; syntax errors and exceeded limits stop
 * the parse, as nothing after them can be trusted.
 */
public final class LocatedTreeReader {

  // Since Jackson 2.15 the factory keeps a decimal exactly as given (3306.10 stays 3306.10).
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory;

  /** A reader whose parsers come from {@code factory} (with its stream read constraints). */
  public LocatedTreeReader(JsonFactory factory) {
    this.factory = factory;
  }

  /** The tree of {@code text}, or {@code null} when it could not be parsed (see {@code problems}). */
  public LocatedTree read(String text, Problems problems) {
    Map<String, Location> values = new HashMap<>();
    Map<String, Location> names = new HashMap<>();
    try (JsonParser p = factory.createParser(text)) {
      Walk walk = new Walk(p, values, names, problems);
      try {
        if (p.nextToken() == null) {
          problems.add(Kind.EMPTY, JsonPaths.ROOT, new Location(1, 1), "the document is empty",
              "文档为空", "a self-evaluation document is a JSON object: {\"format\": …}",
              "文档是一个 JSON 对象：{\"format\": …}");
          return null;
        }
        JsonNode root = walk.value(JsonPaths.ROOT);
        if (p.nextToken() != null) {
          problems.add(Kind.SYNTAX, JsonPaths.ROOT, at(p.currentTokenLocation()),
              "unexpected content after the end of the document",
              "文档结束后还有多余内容", "a document is exactly one JSON value",
              "一个文档只能是一个 JSON 值");
          return null;
        }
        return new LocatedTree(root, values, names);
      } catch (StreamConstraintsException e) {
        problems.add(Kind.LIMIT, walk.path(), at(p.currentLocation()),
            "the document exceeds a read limit: " + e.getOriginalMessage(),
            "文档超出读取限制：" + e.getOriginalMessage(), null, null);
        return null;
      } catch (JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        problems.add(Kind.SYNTAX, walk.path(), at(where),
            "not valid JSON: " + e.getOriginalMessage(),
            "不是有效的 JSON：" + e.getOriginalMessage(), syntaxHint(e.getOriginalMessage(), false),
            syntaxHint(e.getOriginalMessage(), true));
        return null;
      }
    } catch (IOException e) {
      // Parsing a String does no I/O; this is closing the parser.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The plain tree of {@code text} (no locations), or {@code null} if it has any problem at all:
   * a syntax error, an exceeded limit, a repeated key, nothing or more than one value. The fast
   * path of reading: nodes are built exactly as {@link #read} builds them, and a document this
   * refuses is read again by {@link #read}, which reports why.
   */
  public JsonNode readPlain(String text) {
    try (JsonParser p = factory.createParser(text)) {
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
    try (JsonParser p = factory.createParser(utf8)) {
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
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
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
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        // Parsed from the number's text, exactly: never through a double.
        return NODES.numberNode(p.getDecimalValue());
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

  /** How to fix the syntax error Jackson describes in {@code message}, in Chinese or English. */
  private static String syntaxHint(String message, boolean zh) {
    if (message == null) {
      return null;
    }
    if (message.contains("end-of-input")) {
      return zh ? "文档不完整：缺少结尾的 }、] 或 \""
          : "the document is cut short: a closing } or ] or \" is missing";
    }
    if (message.contains("NaN") || message.contains("Infinity")) {
      return zh ? "JSON 没有 NaN 或 Infinity：请给出数字，或删去该字段"
          : "JSON has no NaN or Infinity: give a number, or leave the field out";
    }
    if (message.contains("was expecting double-quote")) {
      return zh ? "字段名要用双引号括起，最后一个字段后面不能有逗号"
          : "field names are written in double quotes, and there is no comma after the last field";
    }
    return null;
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
    private final Map<String, Location> values;
    private final Map<String, Location> names;
    private final Problems problems;
    private String at = JsonPaths.ROOT;
    private boolean betweenFields;

    Walk(JsonParser p, Map<String, Location> values, Map<String, Location> names,
        Problems problems) {
      this.p = p;
      this.values = values;
      this.names = names;
      this.problems = problems;
    }

    String path() {
      // Between two fields the parser reads the next name and the start of its value in one
      // step: a failure there belongs to the new field if its name got read.
      String name = betweenFields ? p.getParsingContext().getCurrentName() : null;
      if (name != null && !names.containsKey(JsonPaths.field(at, name))) {
        return JsonPaths.field(at, name);
      }
      return at;
    }

    JsonNode value(String path) throws IOException {
      at = path;
      values.put(path, at(p.currentTokenLocation()));
      JsonToken token = p.currentToken();
      return switch (token) {
        case START_OBJECT -> object(path);
        case START_ARRAY -> array(path);
        case VALUE_STRING -> NODES.textNode(p.getText());
        case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
        // Parsed from the number's text, exactly: never through a double.
        case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
        case VALUE_TRUE -> NODES.booleanNode(true);
        case VALUE_FALSE -> NODES.booleanNode(false);
        case VALUE_NULL -> NODES.nullNode();
        default -> throw new IllegalStateException("unexpected token " + token + " at " + path);
      };
    }

    private ObjectNode object(String path) throws IOException {
      ObjectNode object = NODES.objectNode();
      betweenFields = true;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        betweenFields = false;
        String name = p.currentName();
        String child = JsonPaths.field(path, name);
        Location nameAt = at(p.currentTokenLocation());
        at = child;
        p.nextToken();
        if (object.has(name)) {
          Location first = names.get(child);
          problems.add(Kind.DUPLICATE_KEY, child, nameAt,
              "duplicate key \"" + name + "\": it is already given at line " + first.line()
                  + ", column " + first.column(),
              "键 \"" + name + "\" 重复：第 " + first.line() + " 行第 " + first.column() + " 列已给出",
              "keep one of the two; a reader that kept the last one would silently drop the other",
              "只保留其中一个；只取后一个的读取程序会悄悄丢掉另一个");
          p.skipChildren();
        } else {
          names.put(child, nameAt);
          object.set(name, value(child));
        }
        at = path;
        betweenFields = true;
      }
      betweenFields = false;
      return object;
    }

    private ArrayNode array(String path) throws IOException {
      ArrayNode array = NODES.arrayNode();
      int i = 0;
      betweenFields = false;
      for (at = JsonPaths.index(path, i); p.nextToken() != JsonToken.END_ARRAY;
          at = JsonPaths.index(path, i)) {
        array.add(value(JsonPaths.index(path, i++)));
      }
      at = path;
      return array;
    }
  }
}
