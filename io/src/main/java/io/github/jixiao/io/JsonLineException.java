package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Thrown, or reported, when one document of a JSON Lines input cannot be read (批量文档中的一行无法读取):
 * it says which — the line of the input and the document's number, blank lines not counted — and
 * carries the {@link JsonDocumentException} of that document, whose {@linkplain #problems()
 * problems} each have their JSON path and their line and column inside the document (a document
 * of JSON Lines is one line: its line is 1, its column the character on the input's line).
 *
 * <p>What it {@linkplain #said() says}: {@code evaluations.jsonl, line 2 (document 2): cannot read
 * self-evaluation (1 problem)}, {@code evaluations.jsonl 第 2 行（第 2 个文档）：无法读取
 * self-evaluation（1 个问题）}; its {@linkplain #message(Locale) message} adds each problem on a line
 * of its own, and {@link #describe(Locale)} puts the line of the input before each problem.
 */
public final class JsonLineException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long document;

  /**
   * Creates the exception.
   *
   * @param source the file the input was read from, or {@code null} for a stream
   * @param line the 1-based line of the input the document is on
   * @param document the 1-based number of the document in the input, blank lines not counted
   * @param problem why the document cannot be read
   */
  public JsonLineException(String source, long line, long document,
      JsonDocumentException problem) {
    super(Message.of("io.lines.in", where(source, line, document),
        Argument.message("message", problem.said())), problem);
    if (line < 1 || document < 1 || document > line) {
      throw new IllegalArgumentException("line and document must be 1-based, the document at"
          + " most the line: line " + line + ", document " + document);
    }
    this.source = source;
    this.line = line;
    this.document = document;
  }

  private static Argument where(String source, long line, long document) {
    Argument at = Argument.number("line", line);
    Argument number = Argument.number("document", document);
    return Argument.message("where", source == null ? Message.of("io.lines.at", at, number)
        : Message.of("io.lines.at-file", Argument.text("source", source), at, number));
  }

  /** The file the input was read from, if it was read from a file. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The 1-based line of the input the document is on (行号). */
  public long line() {
    return line;
  }

  /** The 1-based number of the document in the input, blank lines not counted (文档序号). */
  public long document() {
    return document;
  }

  /** Why the document cannot be read: every problem, placed inside the document. */
  public JsonDocumentException problem() {
    return (JsonDocumentException) getCause();
  }

  /** The problems of the document, in document order, as {@link JsonDocumentException} has them. */
  public List<JsonProblem> problems() {
    return problem().problems();
  }

  /**
   * Where the document is, then what it says, then each problem on a line of its own, in the given
   * language.
   */
  @Override
  public String message(Locale locale) {
    StringBuilder s = new StringBuilder(said().render(locale));
    for (JsonProblem p : problems()) {
      s.append("\n  ").append(p.describe(locale));
    }
    long omitted = problem().omitted();
    if (omitted > 0) {
      s.append("\n  ").append(Message.of(omitted == 1 ? "io.document.omitted.one"
          : "io.document.omitted.many", Argument.number("count", omitted)).render(locale));
    }
    return s.toString();
  }

  /**
   * Every problem on a line of its own, each after where the document is: {@code
   * evaluations.jsonl, line 2 (document 2): line 1, column 57, $.budget.fullYear: …}.
   */
  @Override
  public String describe(Locale locale) {
    Argument where = where(source, line, document);
    StringBuilder s = new StringBuilder();
    for (JsonProblem p : problems()) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(Message.of("io.lines.in", where, Argument.message("message", p.described()))
          .render(locale));
    }
    return s.toString();
  }
}
