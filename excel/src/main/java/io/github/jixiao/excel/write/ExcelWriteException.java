package io.github.jixiao.excel.write;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;

/**
 * A workbook could not be written (Excel 写出失败): the file, and why in Jixiao's words; the
 * system's own exception is the cause.
 */
public final class ExcelWriteException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  ExcelWriteException(Message message, Throwable cause) {
    super(message, cause);
  }
}
