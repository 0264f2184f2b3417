package io.github.jixiao.report;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.util.Objects;

/**
 * A file that cannot be read as a report (报告读取错误): what and where — the file, and in the
 * message the page or paragraph where there is one — in the user's language, with the fix where
 * one is obvious (save an old .doc as .docx, remove a password, run OCR on a scan). The
 * library's exception underneath, if any, is the cause, never the message.
 */
public final class ReportReadException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * Creates the exception.
   *
   * @param file the file's name
   * @param message what went wrong and where
   * @param cause the exception underneath, or null
   */
  public ReportReadException(String file, Message message, Throwable cause) {
    super(message, cause);
    this.file = Objects.requireNonNull(file, "file");
  }

  /** The file's name. */
  public String file() {
    return file;
  }
}
