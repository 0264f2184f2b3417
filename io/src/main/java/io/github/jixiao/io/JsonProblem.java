package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.JsonPaths;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a JSON document (文档错误): what kind it is, where it is — the JSON path of
 * the value ({@code $.budget.fullYear}, {@code $.department.duties[2].code}) and its line and
 * column in the text — what is wrong and, where one is obvious, how to fix it, each a {@link
 * Message} rendered in the language asked for ({@code did you mean "fullYear"?}, {@code 是否应为
 * "fullYear"？}). A violation of the domain is carried as the {@link Message} core made.
 *
 * <p>The path is in core's one dialect ({@link JsonPaths}), from the document's root {@code $}.
 * Line and column are 1-based and count characters; for a missing field they point at the object
 * that lacks it, for an unknown field at its name. A problem survives Java serialization.
 */
public final class JsonProblem implements Comparable<JsonProblem>, Serializable {

  private static final long serialVersionUID = 1L;

  /** What sort of problem (问题类型) it is; stable, so that tools can group and filter. */
  public enum Kind {
    /** The input is empty or only white space (空文档). */
    EMPTY,
    /** The bytes are not UTF-8 without a byte-order mark (编码错误). */
    ENCODING,
    /** The text is not JSON: truncated, a stray character, NaN (语法错误). */
    SYNTAX,
    /** The input exceeds a limit: size, nesting, string, number or name length (超出限制). */
    LIMIT,
    /** A key appears twice in one object (重复键). */
    DUPLICATE_KEY,
    /** The {@code "format"} field is missing, unknown, or names another document type (格式). */
    FORMAT,
    /** A field the document type does not have (未知字段). */
    UNKNOWN_FIELD,
    /** A value of the wrong JSON type, an unknown enum constant, a number out of range (类型错误). */
    WRONG_TYPE,
    /** A required field is missing (缺少必填字段). */
    MISSING,
    /** A well-typed value that breaks a constraint of the domain (值不合法). */
    INVALID_VALUE
  }

  private final Kind kind;
  private final String jsonPath;
  private final int line;
  private final int column;
  private final Message message;
  private final Message hint;

  /**
   * Creates a problem with no obvious fix.
   *
   * @param kind what sort of problem
   * @param jsonPath where, as a JSON path from the document root {@code $} (a path without the
   *     root is {@linkplain JsonPaths#rooted(String) read from it})
   * @param line the 1-based line of the value, or 0 when unknown
   * @param column the 1-based column of the value, or 0 when unknown
   * @param message what is wrong
   */
  public JsonProblem(Kind kind, String jsonPath, int line, int column, Message message) {
    this(kind, jsonPath, line, column, message, Optional.empty());
  }

  /**
   * Creates a problem, with how to fix it.
   *
   * @param kind what sort of problem
   * @param jsonPath where, as a JSON path from the document root {@code $} (a path without the
   *     root is {@linkplain JsonPaths#rooted(String) read from it})
   * @param line the 1-based line of the value, or 0 when unknown
   * @param column the 1-based column of the value, or 0 when unknown
   * @param message what is wrong
   * @param hint how to fix it, or empty when nothing is obvious
   */
  public JsonProblem(Kind kind, String jsonPath, int line, int column, Message message,
      Optional<Message> hint) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.jsonPath = JsonPaths.rooted(Objects.requireNonNull(jsonPath, "jsonPath"));
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
    this.hint = Objects.requireNonNull(hint, "hint").orElse(null);
  }

  /** What sort of problem it is. */
  public Kind kind() {
    return kind;
  }

  /** Where: a JSON path from the root {@code $}, e.g. {@code $.budget.fullYear}. */
  public String jsonPath() {
    return jsonPath;
  }

  /** The 1-based line in the document's text; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column in the document's text; 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong, as data: its key and arguments ({@code io.shape.unknown-field}). */
  public Message message() {
    return message;
  }

  /** What is wrong, in the given language (Chinese for any Chinese locale, else English). */
  public String message(Locale locale) {
    return message.render(locale);
  }

  /** How to fix it, where obvious, as data ({@code io.hint.did-you-mean}). */
  public Optional<Message> hint() {
    return Optional.ofNullable(hint);
  }

  /**
   * How to fix it, where obvious, in the given language: {@code did you mean "fullYear"?},
   * {@code 是否应为 "fullYear"？}.
   */
  public Optional<String> hint(Locale locale) {
    return hint().map(h -> h.render(locale));
  }

  /** By line, then column, then path, then message key and arguments. */
  @Override
  public int compareTo(JsonProblem other) {
    int c = Integer.compare(line, other.line);
    if (c == 0) {
      c = Integer.compare(column, other.column);
    }
    if (c == 0) {
      c = jsonPath.compareTo(other.jsonPath);
    }
    if (c == 0) {
      c = message.getKey().compareTo(other.message.getKey());
    }
    return c != 0 ? c
        : message.getArguments().toString().compareTo(other.message.getArguments().toString());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem p && kind == p.kind && line == p.line && column == p.column
        && jsonPath.equals(p.jsonPath) && message.equals(p.message)
        && Objects.equals(hint, p.hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, jsonPath, line, column, message, hint);
  }

  /** {@code line 3, column 15, $.budget.fullYear: message (hint)} in English. */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }

  /**
   * {@code line 3, column 15, $.budget.fullYear: message (hint)} in the given language:
   * {@code 第 3 行第 15 列，$.budget.fullYear：message（hint）}.
   */
  public String describe(Locale locale) {
    return described().render(locale);
  }

  /**
   * The problem as a compiler prints an error, in the given language: {@code
   * evaluation.json:3:15: $.budget.fullYear: message (hint)}, or {@code 3:15: …} when {@code
   * source} is null.
   *
   * @param source the file the document was read from, or null
   * @param locale the language
   */
  public String describe(String source, Locale locale) {
    Argument at = Argument.number("line", line);
    Argument col = Argument.number("column", column);
    Argument path = Argument.text("path", jsonPath);
    Argument what = Argument.message("message", said());
    return (source == null ? Message.of("io.problem.line", at, col, path, what)
        : Message.of("io.problem.file-line", Argument.text("source", source), at, col, path,
            what)).render(locale);
  }

  /** The whole problem as one message: its place, what is wrong, and the hint if any. */
  Message described() {
    Message what = said();
    if (line > 0) {
      return Message.of("io.problem.at", Argument.number("line", line),
          Argument.number("column", column), Argument.text("path", jsonPath),
          Argument.message("message", what));
    }
    return Message.of("io.problem.at-path", Argument.text("path", jsonPath),
        Argument.message("message", what));
  }

  /** What is wrong with the hint, if any: {@code message (hint)}. */
  Message said() {
    return hint == null ? message : Message.of("io.problem.hinted",
        Argument.message("message", message), Argument.message("hint", hint));
  }
}
