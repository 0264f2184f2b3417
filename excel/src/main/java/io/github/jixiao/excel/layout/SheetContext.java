package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ImportOptions;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One sheet being read as one layout (正在读取的工作表): the grid, the layout, the file's name for
 * errors, the options, and the record of cells and notes; with the reading of a number cell that
 * every block shares.
 */
record SheetContext(Grid grid, LayoutKind layout, String file, ImportOptions options,
    Recorder record) {

  /** An error at {@code cell}, naming the file and the cell. */
  ExcelImportException error(String cell, String key, Argument... more) {
    Argument[] arguments = new Argument[more.length + 2];
    arguments[0] = Argument.text("file", Echo.text(file));
    arguments[1] = Argument.text("cell", Echo.text(cell));
    System.arraycopy(more, 0, arguments, 2, more.length);
    return new ExcelImportException(file, cell, Message.of(key, arguments), null);
  }

  /**
   * The number at (row, column) — an amount, a weight, a score — recorded at {@code path} (when
   * not null); empty for a blank or "-", "—", "/" cell (and for a column the table does not have).
   *
   * @throws ExcelImportException if the cell holds text that is no number
   */
  Optional<BigDecimal> number(int row, int column, String path) {
    if (column < 0) {
      return Optional.empty();
    }
    Written w = Written.read(grid.text(row, column));
    if (w.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> n = w.exact();
    if (n.isEmpty()) {
      throw error(grid.address(row, column), "excel.layout.not-a-number",
          Argument.text("written", Echo.text(grid.text(row, column))));
    }
    if (path != null) {
      record.cell(path, grid.address(row, column));
    }
    return n;
  }

  /** The text at (row, column), or "" for a column the table does not have. */
  String text(int row, int column) {
    return column < 0 ? "" : grid.text(row, column);
  }
}
