package io.github.jixiao.io;

import io.github.jixiao.core.value.JsonPaths;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a JSON document (文档错误): what kind it is, where it is — the JSON path of
 * the value ({@code $.budget.fullYear}, {@code $.department.duties[2].code}) and its line and
 * column in the text — what is wrong, in English and Chinese, and, where one is obvious, how to fix
 * it, in English and, where given, Chinese ({@code did you mean "fullYear"?},
 * {@code 是否应为 "fullYear"？}).
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
  private final String message;
  private final String messageZh;
  private final String hint;
  private final String hintZh;

  /**
   * Creates a problem whose hint, if any, is in English only; {@link #hint(Locale)} gives the
   * English one in every language.
   *
   * @param kind what sort of problem
   * @param jsonPath where, as a JSON path from the document root {@code $}
   * @param line the 1-based line of the value, or 0 when unknown
   * @param column the 1-based column of the value, or 0 when unknown
   * @param message what is wrong, in English
   * @param messageZh what is wrong, in Chinese
   * @param hint how to fix it, or {@code null} when nothing obvious
   */
  public JsonProblem(Kind kind, String jsonPath, int line, int column, String message,
      String messageZh, String hint) {
    this(kind, jsonPath, line, column, message, messageZh, hint, null);
  }

  /**
   * Creates a problem, with how to fix it in English and Chinese.
   *
   * @param kind what sort of problem
   * @param jsonPath where, as a JSON path from the document root {@code $} (a path without the
   *     root is {@linkplain JsonPaths#rooted(String) read from it})
   * @param line the 1-based line of the value, or 0 when unknown
   * @param column the 1-based column of the value, or 0 when unknown
   * @param message what is wrong, in English
   * @param messageZh what is wrong, in Chinese
   * @param hint how to fix it, or {@code null} when nothing obvious
   * @param hintZh how to fix it, in Chinese, or {@code null} (then {@code hint} serves)
   */
  public JsonProblem(Kind kind, String jsonPath, int line, int column, String message,
      String messageZh, String hint, String hintZh) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.jsonPath = JsonPaths.rooted(Objects.requireNonNull(jsonPath, "jsonPath"));
    this.line = line;
    this.column = column;
    this.message = Objects.requireNonNull(message, "message");
    this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
    this.hint = hint;
    this.hintZh = hintZh;
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

  /** What is wrong, in English. */
  public String message() {
    return message;
  }

  /** What is wrong, in Chinese (中文). */
  public String messageZh() {
    return messageZh;
  }

  /** The message in the given language: Chinese for {@code zh}, English otherwise. */
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? messageZh : message;
  }

  /** How to fix it, where obvious, in English: {@code did you mean "fullYear"?}. */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** How to fix it, where obvious, in Chinese (中文): {@code 是否应为 "fullYear"？}. */
  public Optional<String> hintZh() {
    return Optional.ofNullable(hintZh);
  }

  /**
   * How to fix it in the given language: the Chinese hint for {@code zh} when there is one, the
   * English one otherwise.
   */
  public Optional<String> hint(Locale locale) {
    return "zh".equals(locale.getLanguage()) && hintZh != null ? hintZh() : hint();
  }

  /** By line, then column, then path, then message. */
  @Override
  public int compareTo(JsonProblem other) {
    int c = Integer.compare(line, other.line);
    if (c == 0) {
      c = Integer.compare(column, other.column);
    }
    if (c == 0) {
      c = jsonPath.compareTo(other.jsonPath);
    }
    return c != 0 ? c : message.compareTo(other.message);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem p && kind == p.kind && jsonPath.equals(p.jsonPath)
        && line == p.line && column == p.column && message.equals(p.message)
        && messageZh.equals(p.messageZh) && Objects.equals(hint, p.hint)
        && Objects.equals(hintZh, p.hintZh);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, jsonPath, line, column, message, messageZh, hint, hintZh);
  }

  /** {@code line 3, column 15, $.budget.fullYear: message (hint)} in English. */
  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }

  /** {@code line 3, column 15, $.budget.fullYear: message (hint)} in the given language. */
  public String describe(Locale locale) {
    StringBuilder s = new StringBuilder();
    if (line > 0) {
      s.append("line ").append(line).append(", column ").append(column).append(", ");
    }
    s.append(jsonPath).append(": ").append(message(locale));
    hint(locale).ifPresent(h -> s.append(" (").append(h).append(')'));
    return s.toString();
  }
}
