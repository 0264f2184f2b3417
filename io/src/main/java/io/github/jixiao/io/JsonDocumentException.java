package io.github.jixiao.io;

import io.github.jixiao.core.message.JixiaoException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown when a JSON document cannot be read (文档无法读取): it is not JSON, it exceeds a limit, it
 * declares no or another format, or its content does not fit the document type. It lists every
 * {@link JsonProblem} found, each with its JSON path, line and column, in document order.
 *
 * <p>Reading reports, in one exception, every problem of shape in the whole document (unknown
 * fields, wrong types, missing fields, duplicate keys); once the shape is right, it reports every
 * domain violation of each invalid object whose parts are valid. A document that is not JSON at all
 * stops at the first syntax error: the parser cannot go on past it.
 *
 * <p>The problems survive Java serialization.
 */
public final class JsonDocumentException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final String documentName;
  private final List<JsonProblem> problems;
  private final long omitted;
  private transient String message;

  /**
   * Creates the exception.
   *
   * @param source what was read — a file name, or {@code null} for a string or stream
   * @param documentName what was expected, e.g. {@code self-evaluation}
   * @param problems every problem found; at least one
   */
  public JsonDocumentException(String source, String documentName, List<JsonProblem> problems) {
    this(source, documentName, problems, 0);
  }

  /**
   * Creates the exception for a document with more problems than are listed: a reader keeps the
   * first 1000 of a document and counts the rest.
   *
   * @param source what was read — a file name, or {@code null} for a string or stream
   * @param documentName what was expected, e.g. {@code self-evaluation}
   * @param problems the problems listed; at least one
   * @param omitted how many more problems were found and not listed; 0 or more
   */
  public JsonDocumentException(String source, String documentName, List<JsonProblem> problems,
      long omitted) {
    super("");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonDocumentException needs at least one problem");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative: " + omitted);
    }
    this.source = source;
    this.documentName = documentName;
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  /** The file the document was read from, if it was read from a file. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The problems listed, in document order (line, then column): at most the first 1000 found. */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** How many more problems were found than {@link #problems()} lists (未列出的问题数). */
  public long omitted() {
    return omitted;
  }

  /**
   * Every problem listed on one line each, as a compiler prints errors:
   * {@code evaluation.json:3:15: $.budget.fullYear: message (hint)}, and a last line with the
   * number of problems not listed, if any.
   */
  @Override
  public String describe(Locale locale) {
    String prefix = source == null ? "" : source + ":";
    StringBuilder s = new StringBuilder();
    for (JsonProblem p : problems) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(prefix).append(p.line()).append(':').append(p.column()).append(": ")
          .append(p.jsonPath()).append(": ").append(p.message(locale));
      p.hint(locale).ifPresent(h -> s.append(" (").append(h).append(')'));
    }
    if (omitted > 0) {
      s.append('\n').append("zh".equals(locale.getLanguage())
          ? "另有 " + omitted + " 个问题未列出" : "and " + omitted + " more problems");
    }
    return s.toString();
  }

  /** What was read, how many problems it has, and each problem listed; rendered when asked. */
  @Override
  public synchronized String getMessage() {
    if (message == null) {
      message = render(Locale.ENGLISH);
    }
    return message;
  }

  /**
   * {@link #getMessage()} in the given language: {@code evaluation.json: 无法读取 self-evaluation（2
   * 个问题）} and each problem on a line of its own, for {@code zh}.
   */
  @Override
  public String message(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? render(locale) : getMessage();
  }

  private String render(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source).append(": ");
    }
    long count = problems.size() + omitted;
    if (zh) {
      s.append("无法读取 ").append(documentName).append("（").append(count).append(" 个问题）");
    } else {
      s.append("cannot read ").append(documentName).append(" (").append(count)
          .append(count == 1 ? " problem" : " problems").append(")");
    }
    for (JsonProblem p : problems) {
      s.append("\n  ").append(p.describe(locale));
    }
    if (omitted > 0) {
      s.append(zh ? "\n  另有 " + omitted + " 个问题未列出" : "\n  and " + omitted + " more problems");
    }
    return s.toString();
  }
}
