package io.github.jixiao.excel;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.util.Objects;
import java.util.Optional;

/**
 * A workbook that cannot be read as 自评表 (自评表导入错误): what and where — the file, and the cell
 * ({@code 项目1!G15}) where there is one — in the user's language, with the fix where one is
 * obvious. The library's exception underneath, if any, is the cause, never the message.
 */
public final class ExcelImportException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String cell;

  /**
   * Creates the exception.
   *
   * @param file the file's name
   * @param cell the cell, {@code 项目1!A2}, or null for the whole file or sheet
   * @param message what went wrong and where
   * @param cause the exception underneath, or null
   */
  public ExcelImportException(String file, String cell, Message message, Throwable cause) {
    super(message, cause);
    this.file = Objects.requireNonNull(file, "file");
    this.cell = cell;
  }

  /** The file's name. */
  public String file() {
    return file;
  }

  /** The cell the problem is at, when there is one. */
  public Optional<String> cell() {
    return Optional.ofNullable(cell);
  }
}
