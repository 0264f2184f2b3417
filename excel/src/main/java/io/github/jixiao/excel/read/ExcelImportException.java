package io.github.jixiao.excel.read;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.util.Optional;

/**
 * A workbook that cannot be imported (自评表无法导入): not a workbook, a hostile one, or a sheet
 * whose layout is not one Jixiao reads — said in Jixiao's words with the file and, where there is
 * one, the cell ({@code 项目1!C5}); POI's own exception is the cause, its text never shown.
 */
public final class ExcelImportException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String cell;

  ExcelImportException(Message message, String cell, Throwable cause) {
    super(message, cause);
    this.cell = cell;
  }

  ExcelImportException(Message message, String cell) {
    this(message, cell, null);
  }

  /** The cell the problem is at, {@code 项目1!C5}, when it is at one. */
  public Optional<String> cell() {
    return Optional.ofNullable(cell);
  }
}
