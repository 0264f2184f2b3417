package io.github.jixiao.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Thrown when a JSON document cannot be read (文档无法读取): it is not JSON, it exceeds a limit, it
 * declares no or another format, or its content does not fit the document type. It lists every
 * {@link JsonProblem} found, each with its JSON path, line and column, in document order.
 *
 * <p>Reading reports, in one exception, every problem of shape in the whole document (unknown
 * fields, wrong types, missing fields, duplicate keys); once the shape is right, it reports every
 * domain violation of each invalid object whose parts are valid. A document that is not JSON at all
 * stops at the first syntax error: the parser cannot go on past it.
 */
public final class JsonDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final transient List<JsonProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source what was read — a file name, or {@code null} for a string or stream
   * @param documentName what was expected, e.g. {@code self-evaluation}
   * @param problems every problem found; at least one
   */
  public JsonDocumentException(String source, String documentName, List<JsonProblem> problems) {
    super(message(source, documentName, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a JsonDocumentException needs at least one problem");
    }
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** The file the document was read from, if it was read from a file. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** Every problem, in document order (line, then column). */
  public List<JsonProblem> problems() {
    return problems;
  }

  /**
   * Every problem on one line each, as a compiler prints errors:
   * {@code evaluation.json:3:15: $.budget.fullYear: message (hint)}.
   */
  public String describe(Locale locale) {
    String prefix = source == null ? "" : source + ":";
    return problems.stream()
        .map(p -> prefix + p.line() + ":" + p.column() + ": " + p.jsonPath() + ": "
            + p.message(locale) + p.hint(locale).map(h -> " (" + h + ")").orElse(""))
        .collect(Collectors.joining("\n"));
  }

  private static String message(String source, String documentName, List<JsonProblem> problems) {
    StringBuilder s = new StringBuilder();
    if (source != null) {
      s.append(source).append(": ");
    }
    s.append("cannot read ").append(documentName).append(" (").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems").append(")");
    for (JsonProblem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
