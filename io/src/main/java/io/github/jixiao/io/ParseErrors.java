package io.github.jixiao.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a parse error (解析错误) or an exceeded limit is, in Jixiao's words: the parser's own
 * message names its internals (features, classes, sources) and is never shown; it is only read,
 * here, to tell which of Jixiao's messages applies and which character it found.
 */
final class ParseErrors {

  /**
   * What the parser refused: the kind of problem, the message, and how to fix it (null when
   * nothing is obvious).
   */
  record Said(Kind kind, Message message, Message hint) {
    /** A syntax error. */
    Said(Message message, Message hint) {
      this(Kind.SYNTAX, message, hint);
    }
  }

  private static final Pattern CODE = Pattern.compile("code (-?\\d+)\\)");
  private static final Pattern TOKEN = Pattern.compile("token '([^']*)'");

  private ParseErrors() {}

  /** What {@code e}, thrown by the parser, means. */
  static Said of(JsonProcessingException e, ReadLimits limits) {
    String m = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return limit(m, limits);
    }
    Argument found = character(m);
    if (m.contains("end-of-input")) {
      return syntax("io.syntax.ends-early", "io.syntax.ends-early.hint");
    }
    if (m.contains("NaN") || m.contains("Infinity")) {
      return syntax("io.syntax.nan", "io.syntax.nan.hint");
    }
    if (m.contains("ALLOW_COMMENTS") || m.contains("comment")) {
      return syntax("io.syntax.comment", "io.syntax.comment.hint");
    }
    if (m.contains("CTRL-CHAR") || m.contains("Illegal unquoted character")) {
      return new Said(Message.of("io.syntax.control", found),
          Message.of("io.syntax.control.hint"));
    }
    if (m.contains("was expecting double-quote")) {
      return new Said(Message.of("io.syntax.field-name", found),
          Message.of("io.syntax.field-name.hint"));
    }
    Matcher token = TOKEN.matcher(m);
    if (m.startsWith("Unrecognized token") && token.find()) {
      return new Said(Message.of("io.syntax.token", Argument.text("token", Echo.of(token.group(1)))),
          Message.of("io.syntax.token.hint"));
    }
    if (m.contains("close marker")) {
      return new Said(Message.of("io.syntax.close", found), null);
    }
    if (m.contains("colon")) {
      return new Said(Message.of("io.syntax.colon", found), null);
    }
    if (m.contains("comma")) {
      return new Said(Message.of("io.syntax.comma", found), null);
    }
    if (m.contains("escape")) {
      return new Said(Message.of("io.syntax.escape", found), Message.of("io.syntax.escape.hint"));
    }
    if (m.contains("numeric value") || m.contains("Leading zeroes")) {
      return syntax("io.syntax.number", "io.syntax.number.hint");
    }
    if (m.contains("surrogate")) {
      // The parser refuses one in a field name (in a value it is left to the shape checks).
      return new Said(Kind.ENCODING, Message.of("io.encoding.name-surrogate"),
          Described.surrogateHint());
    }
    return new Said(CODE.matcher(m).find() ? Message.of("io.syntax.unexpected", found)
        : Message.of("io.syntax.unexpected-content"), null);
  }

  private static Said syntax(String key, String hintKey) {
    return new Said(Message.of(key), Message.of(hintKey));
  }

  /**
   * The character a parser message names by its code ({@code (',' (code 44))}, {@code
   * (CTRL-CHAR, code 9)}), as {@code '}' (U+007D)}, a control character by its code alone, the end of the document, or another character when the message
   * names none; as the argument {@code found}.
   */
  private static Argument character(String message) {
    Matcher code = CODE.matcher(message);
    if (!code.find()) {
      return Argument.message("found", "io.syntax.char.other");
    }
    int c = Integer.parseInt(code.group(1));
    if (c < 0 || c > Character.MAX_CODE_POINT) {
      return Argument.message("found", "io.syntax.char.end");
    }
    Argument codePoint = Argument.text("code", String.format("U+%04X", c));
    if (c < 0x20) {
      return Argument.message("found", Message.of("io.syntax.char.control", codePoint));
    }
    return Argument.message("found", Message.of("io.syntax.char",
        Argument.text("char", Echo.of(new String(Character.toChars(c)))), codePoint));
  }

  private static Said limit(String m, ReadLimits limits) {
    if (m.contains("nesting")) {
      return limit("io.limit.nesting", limits.maxNestingDepth());
    }
    if (m.startsWith("String")) {
      return limit("io.limit.string", limits.maxStringLength());
    }
    if (m.startsWith("Number")) {
      return limit("io.limit.number", limits.maxNumberLength());
    }
    if (m.startsWith("Name")) {
      return limit("io.limit.name", limits.maxNameLength());
    }
    return limit("io.limit.document", limits.maxDocumentLength());
  }

  private static Said limit(String key, long limit) {
    return new Said(Kind.LIMIT, Message.of(key, Argument.number("limit", limit)), null);
  }
}
