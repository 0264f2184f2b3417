package io.github.jixiao.excel.layout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook built cell by cell in a test, as a unit fills in a 自评表: text and numbers at
 * addresses ("B6"), merged regions ("A5:A9"), a number with a percent format, hidden sheets and
 * rows; saved as .xlsx, or as .xls (Excel 97–2003) when built with {@code xls}.
 */
final class TestWorkbook implements AutoCloseable {

  private final Workbook workbook;
  private Sheet sheet;
  private CellStyle percent;

  /** An .xlsx workbook. */
  TestWorkbook() {
    this(false);
  }

  /** An .xls workbook when {@code xls}, else an .xlsx one. */
  TestWorkbook(boolean xls) {
    workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook();
  }

  TestWorkbook sheet(String name) {
    sheet = workbook.createSheet(name);
    return this;
  }

  /** Text, or a number when {@code value} is a Number. */
  TestWorkbook set(String address, Object value) {
    Cell cell = cell(address);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue(String.valueOf(value));
    }
    return this;
  }

  /** A row of values from {@code first} rightwards; null leaves a cell empty. */
  TestWorkbook row(String first, Object... values) {
    CellAddress a = new CellAddress(first);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        set(new CellAddress(a.getRow(), a.getColumn() + i).formatAsString(), values[i]);
      }
    }
    return this;
  }

  /** A number shown with the format {@code 0.00%}. */
  TestWorkbook percent(String address, double value) {
    if (percent == null) {
      percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
    }
    Cell cell = cell(address);
    cell.setCellValue(value);
    cell.setCellStyle(percent);
    return this;
  }

  /** A formula left uncomputed, as a program that writes formulas leaves it: no cached value. */
  TestWorkbook formula(String address, String formula) {
    Cell cell = cell(address);
    cell.setBlank();
    cell.setCellFormula(formula);
    return this;
  }

  TestWorkbook merge(String range) {
    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    return this;
  }

  TestWorkbook hideRow(int oneBased) {
    row(oneBased - 1).setZeroHeight(true);
    return this;
  }

  TestWorkbook hideSheet(String name) {
    workbook.setSheetHidden(workbook.getSheetIndex(name), true);
    return this;
  }

  Path save(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    return file;
  }

  private Cell cell(String address) {
    CellAddress a = new CellAddress(address);
    Row row = row(a.getRow());
    Cell cell = row.getCell(a.getColumn());
    return cell == null ? row.createCell(a.getColumn()) : cell;
  }

  private Row row(int index) {
    Row row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }
}
