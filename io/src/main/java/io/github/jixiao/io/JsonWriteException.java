package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.util.Objects;

/**
 * Thrown when a value cannot be written as a document Jixiao would read back (文档无法写出): a
 * value built through the API holds what no document read by Jixiao may hold — a control
 * character, a bidirectional override, an unpaired surrogate — or is beyond the instance's
 * {@link ReadLimits} (a string, a field name, a number, the nesting or the whole document), or
 * holds a value of a type Jackson cannot write. Its {@link #problem() problem} says what and
 * where, as the JSON path of the value being written; nothing of the document has been written.
 * The value given to the writer is the fault. The problem survives Java serialization.
 *
 * <p>It {@linkplain #said() says} {@code io.write.refused}: {@code cannot write self-evaluation:
 * $.department.duties[0].text: …}, {@code 无法写出 self-evaluation：$.department.duties[0].text：…}.
 */
public final class JsonWriteException extends JixiaoException {

  private static final long serialVersionUID = 2L;

  private final String documentName;
  private final JsonProblem problem;

  /**
   * Creates the exception.
   *
   * @param documentName the document being written, e.g. {@code self-evaluation}
   * @param problem what the reader would refuse, and where (line and column 0: there is no text)
   */
  public JsonWriteException(String documentName, JsonProblem problem) {
    this(documentName, problem, null);
  }

  /**
   * Creates the exception with the library's failure underneath, kept as the cause and never
   * shown.
   */
  JsonWriteException(String documentName, JsonProblem problem, Throwable cause) {
    super(Message.of("io.write.refused",
        Argument.text("document", Objects.requireNonNull(documentName, "documentName")),
        Argument.message("problem", Objects.requireNonNull(problem, "problem").described())),
        cause);
    this.documentName = documentName;
    this.problem = problem;
  }

  /** The document that was not written, e.g. {@code self-evaluation}. */
  public String documentName() {
    return documentName;
  }

  /** What a reader would refuse in the document, with its JSON path, message and hint. */
  public JsonProblem problem() {
    return problem;
  }
}
