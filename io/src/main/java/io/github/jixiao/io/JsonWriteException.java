package io.github.jixiao.io;

import io.github.jixiao.core.message.JixiaoException;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a value cannot be written as a document Jixiao would read back (文档无法写出): a
 * value built through the API holds what no document read by Jixiao may hold — a control
 * character, a bidirectional override, an unpaired surrogate — or is beyond the instance's
 * {@link ReadLimits} (a string, a field name, a number, the nesting or the whole document). Its
 * {@link #problem() problem} says what and where, as the JSON path of the value being written,
 * in English and Chinese; nothing of the document has been written. The value given to the writer
 * is the fault. The problem survives Java serialization.
 */
public final class JsonWriteException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String documentName;
  private final JsonProblem problem;

  /**
   * Creates the exception.
   *
   * @param documentName the document being written, e.g. {@code self-evaluation}
   * @param problem what the reader would refuse, and where (line and column 0: there is no text)
   */
  public JsonWriteException(String documentName, JsonProblem problem) {
    super("");
    this.documentName = Objects.requireNonNull(documentName, "documentName");
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** The document that was not written, e.g. {@code self-evaluation}. */
  public String documentName() {
    return documentName;
  }

  /** What a reader would refuse in the document, with its JSON path, message and hint. */
  public JsonProblem problem() {
    return problem;
  }

  /**
   * What cannot be written, where and how to fix it, in the given language:
   * {@code cannot write self-evaluation: $.department.duties[0].text: …} or
   * {@code 无法写出 self-evaluation：$.department.duties[0].text: …}.
   */
  @Override
  public String describe(Locale locale) {
    boolean zh = "zh".equals(locale.getLanguage());
    return (zh ? "无法写出 " + documentName + "：" : "cannot write " + documentName + ": ")
        + problem.describe(locale);
  }

  /** {@link #describe(Locale) What cannot be written}, in the given language. */
  @Override
  public String message(Locale locale) {
    return describe(locale);
  }

  /** {@link #describe(Locale) What cannot be written}, in English. */
  @Override
  public String getMessage() {
    return describe(Locale.ENGLISH);
  }
}
