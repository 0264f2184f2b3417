package io.github.jixiao.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Documents of an earlier format version still read (旧版文档), brought to the current shape
 * before they are checked and bound, so that the rest of reading knows one shape per type:
 *
 * <ul>
 *   <li>{@code jixiao/score-card/1}: an explanation or note was a key and arguments whose text
 *       could carry an English form beside the Chinese one, and whose templates named arguments
 *       in braces with no quoting. A text with both forms becomes a message of the two, {@code
 *       io.legacy.text}; a template's apostrophes and stray braces are quoted as core's templates
 *       write them.
 *   <li>{@code jixiao/check-report/1} and {@code /2}: a finding's message and a skipped check's
 *       reason were words, once per language. They become the message {@code io.legacy.text} of
 *       those words, shown in the language asked for as they were written.
 * </ul>
 *
 * <p>An old document gives a text per language under the field's name followed by the language
 * tag, capitalised ({@code reason} and {@code zh} make the field of the Chinese reason). Only what
 * is well formed is brought forward; anything else is left where it is, for the strict check to
 * report at its place.
 */
final class LegacyDocuments {

  /** The message of an old document's words in Chinese and English. */
  static final String LEGACY_TEXT = "io.legacy.text";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> LANGUAGES = List.of("zh", "en");

  private LegacyDocuments() {}

  /** {@code root}, a document of {@code type} at format {@code version}, in the current shape. */
  static void upgrade(DocumentType<?> type, int version, ObjectNode root) {
    if (type == DocumentType.SCORE_CARD && version < 2) {
      scoreCard1(root);
    } else if (type == DocumentType.CHECK_REPORT && version < 3) {
      for (JsonNode finding : root.path("findings")) {
        words(finding, "message");
      }
      for (JsonNode skipped : root.path("checksNotRun")) {
        words(skipped, "reason");
      }
    }
  }

  private static void scoreCard1(ObjectNode root) {
    for (JsonNode indicator : root.path("indicators")) {
      explanation(indicator.path("explanation"));
      arguments(indicator.path("inputs"));
      arguments(indicator.path("formula").path("inputs"));
    }
    for (JsonNode note : root.path("notes")) {
      explanation(note);
    }
  }

  /** An old explanation as a message: its arguments and its own templates. */
  private static void explanation(JsonNode node) {
    if (!(node instanceof ObjectNode explanation)) {
      return;
    }
    arguments(explanation.path("arguments"));
    if (explanation.get("templates") instanceof ObjectNode templates) {
      List<Map.Entry<String, JsonNode>> all = new ArrayList<>();
      templates.properties().forEach(all::add);
      for (Map.Entry<String, JsonNode> t : all) {
        if (t.getValue().isTextual()) {
          templates.put(t.getKey(), quoted(t.getValue().textValue()));
        }
      }
    }
  }

  /** Old arguments: a text with an English form becomes a message of the two. */
  private static void arguments(JsonNode node) {
    for (JsonNode element : node) {
      if (element instanceof ObjectNode argument) {
        String english = byLanguage("text", "en");
        JsonNode zh = argument.get("text");
        JsonNode en = argument.get(english);
        if (zh != null && zh.isTextual() && en != null && en.isTextual()) {
          argument.remove("text");
          argument.remove(english);
          argument.set("message", legacyText(zh.textValue(), en.textValue()));
        }
      }
    }
  }

  /** A field given as words once per language, made one message of them. */
  private static void words(JsonNode node, String field) {
    if (!(node instanceof ObjectNode object) || object.has(field)) {
      return;
    }
    JsonNode zh = object.get(byLanguage(field, "zh"));
    JsonNode en = object.get(byLanguage(field, "en"));
    if (zh != null && zh.isTextual() && en != null && en.isTextual()) {
      LANGUAGES.forEach(tag -> object.remove(byLanguage(field, tag)));
      object.set(field, legacyText(zh.textValue(), en.textValue()));
    }
  }

  /** The field of an old document that held {@code field} in the language {@code tag}. */
  private static String byLanguage(String field, String tag) {
    return field + tag.substring(0, 1).toUpperCase(Locale.ROOT) + tag.substring(1);
  }

  private static ObjectNode legacyText(String zh, String en) {
    ObjectNode message = NODES.objectNode();
    message.put("key", LEGACY_TEXT);
    ArrayNode arguments = message.putArray("arguments");
    arguments.addObject().put("name", "zh").put("text", zh);
    arguments.addObject().put("name", "en").put("text", en);
    return message;
  }

  /**
   * An old template as core writes one: {@code {name}} stays a placeholder, an apostrophe is
   * doubled and any other brace quoted, so that it shows what it showed.
   */
  static String quoted(String template) {
    StringBuilder s = new StringBuilder(template.length() + 8);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > 0 && placeholder(template.substring(i + 1, close))) {
        s.append(template, i, close + 1);
        i = close + 1;
        continue;
      }
      s.append(c == '\'' ? "''" : c == '{' ? "'{'" : c == '}' ? "'}'" : String.valueOf(c));
      i++;
    }
    return s.toString();
  }

  /** Whether {@code name} is a placeholder's name as core reads one. */
  private static boolean placeholder(String name) {
    if (name.isEmpty() || name.length() > 64 || !Character.isLetter(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
  }
}
