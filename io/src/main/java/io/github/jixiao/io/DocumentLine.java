package io.github.jixiao.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One document of a JSON Lines input (批量输入中的一个文档), read or refused: its line, its number
 * among the documents, and either its value or the {@link JsonLineException} that says why it
 * cannot be read. A batch that reports and goes on keeps the refused ones; one that stops calls
 * {@link #orElseThrow()}.
 *
 * @param <T> the type of the document's value, e.g. {@code SelfEvaluation}
 */
public final class DocumentLine<T> {

  private final long line;
  private final long document;
  private final T value;
  private final JsonLineException problem;

  private DocumentLine(long line, long document, T value, JsonLineException problem) {
    this.line = line;
    this.document = document;
    this.value = value;
    this.problem = problem;
  }

  /** The document on {@code line}, the {@code document}-th of its input, read as {@code value}. */
  static <T> DocumentLine<T> read(long line, long document, T value) {
    return new DocumentLine<>(line, document, Objects.requireNonNull(value, "value"), null);
  }

  /** The document {@code problem} says cannot be read. */
  static <T> DocumentLine<T> refused(JsonLineException problem) {
    return new DocumentLine<>(problem.line(), problem.document(), null, problem);
  }

  /** The 1-based line of the input the document is on (行号). */
  public long line() {
    return line;
  }

  /** The 1-based number of the document in the input, blank lines not counted (文档序号). */
  public long document() {
    return document;
  }

  /** Whether the document was read. */
  public boolean isRead() {
    return value != null;
  }

  /** The document's value, if it was read. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Why the document cannot be read, if it cannot. */
  public Optional<JsonLineException> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * The document's value.
   *
   * @throws JsonLineException if it cannot be read: which line, and each problem inside it
   */
  public T orElseThrow() {
    if (problem != null) {
      throw problem;
    }
    return value;
  }

  /** {@code line 2 (document 2): read}, or what the problem says, in English. */
  @Override
  public String toString() {
    return problem != null ? problem.getMessage()
        : "line " + line + " (document " + document + "): read";
  }
}
