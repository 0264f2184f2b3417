package io.github.jixiao.excel.write;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;

/**
 * How a decimal is put into a cell (数值写入): as an Excel number when its 15 significant digits
 * hold it exactly (Excel's precision: 89.974 and 9265.353442 do), else as text, so that no digit
 * of an amount is lost — a reader reads the text back exactly.
 */
final class Numbers {

  private Numbers() {}

  static void set(Cell cell, BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.precision() <= 15) {
      cell.setCellValue(v.doubleValue());
    } else {
      cell.setCellValue(value.toPlainString());
    }
  }
}
