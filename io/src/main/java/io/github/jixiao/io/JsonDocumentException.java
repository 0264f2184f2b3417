package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
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
 * <p>What it {@linkplain #said() says} is what was read and how many problems it has ({@code
 * io.document.unreadable.many}); its {@linkplain #message(Locale) message} adds each problem on a
 * line of its own. The problems survive Java serialization.
 */
public final class JsonDocumentException extends JixiaoException {

  private static final long serialVersionUID = 2L;

  private final String source;
  private final List<JsonProblem> problems;
  private final long omitted;
  private transient String message;

  /**
   * Creates the exception.
   *
   * @param source what was read — a file name, or {@code null} for a string or stream
   * @param documentName what was expected, the name of a format, e.g. {@code self-evaluation}
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
   * @param documentName what was expected, the name of a format, e.g. {@code self-evaluation}
   * @param problems the problems listed; at least one
   * @param omitted how many more problems were found and not listed; 0 or more
   */
  public JsonDocumentException(String source, String documentName, List<JsonProblem> problems,
      long omitted) {
    this(source, Argument.text("document", documentName), problems, omitted);
  }

  /**
   * Creates the exception; {@code document} names what was expected: a format's name, or a
   * message ("a Jixiao document") when any of them was.
   */
  JsonDocumentException(String source, Argument document, List<JsonProblem> problems,
      long omitted) {
    super(header(source, document, checked(problems).size() + omitted));
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must not be negative: " + omitted);
    }
    this.source = source;
    this.problems = List.copyOf(problems);
    this.omitted = omitted;
  }

  private static List<JsonProblem> checked(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonDocumentException needs at least one problem");
    }
    return problems;
  }

  /** {@code evaluation.json: cannot read self-evaluation (2 problems)}, as a message. */
  private static Message header(String source, Argument document, long count) {
    Message what = Message.of(count == 1 ? "io.document.unreadable.one"
        : "io.document.unreadable.many", document, Argument.number("count", count));
    return source == null ? what : Message.of("io.document.source",
        Argument.text("source", source), Argument.message("message", what));
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
    StringBuilder s = new StringBuilder();
    for (JsonProblem p : problems) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(p.describe(source, locale));
    }
    if (omitted > 0) {
      s.append('\n').append(more().render(locale));
    }
    return s.toString();
  }

  private Message more() {
    return Message.of(omitted == 1 ? "io.document.omitted.one" : "io.document.omitted.many",
        Argument.number("count", omitted));
  }

  /** What was read, how many problems it has, and each problem listed, in English. */
  @Override
  public synchronized String getMessage() {
    if (message == null) {
      message = message(Locale.ENGLISH);
    }
    return message;
  }

  /**
   * What was read and how many problems it has, then each problem on a line of its own, in the
   * given language: {@code evaluation.json: 无法读取 self-evaluation（共 2 个问题）} and {@code 第 3
   * 行第 15 列，$.budget.fullYear：…}.
   */
  @Override
  public String message(Locale locale) {
    StringBuilder s = new StringBuilder(said().render(locale));
    for (JsonProblem p : problems) {
      s.append("\n  ").append(p.describe(locale));
    }
    if (omitted > 0) {
      s.append("\n  ").append(more().render(locale));
    }
    return s.toString();
  }
}
