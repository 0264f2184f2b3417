package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.excel.ExcelImportException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook's sheets as grids (工作簿读取), read with POI's usermodel: a stand-in for the sheet
 * layer ({@code io.github.jixiao.excel.sheet}), which streams .xlsx in bounded memory and guards
 * against hostile files, until its grid lands. Numbers read at Excel's 15 significant digits, a
 * percent format as printed ("86.00%"), a date as an ISO date, merged regions filled with their
 * top-left text.
 */
final class WorkbookSheets {

  private static final long MAX_BYTES = 32L * 1024 * 1024;
  private static final int MAX_ROWS = 10_000;
  private static final int MAX_COLUMNS = 200;

  private WorkbookSheets() {}

  static List<Grid> read(Path file) {
    String name = String.valueOf(file.getFileName());
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        throw unreadable(name, null);
      }
    } catch (IOException e) {
      throw unreadable(name, e);
    }
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      List<Grid> grids = new ArrayList<>();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        grids.add(grid(wb.getSheetAt(s), wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)));
      }
      return grids;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ExcelImportException own) {
        throw own;
      }
      throw unreadable(name, e);
    }
  }

  private static ExcelImportException unreadable(String name, Exception cause) {
    return new ExcelImportException(name, null, Message.of("excel.layout.unreadable-file",
        Argument.text("file", name)), cause);
  }

  private static Grid grid(Sheet sheet, boolean hidden) {
    int rows = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
    String[][] text = new String[Math.max(rows, 0)][];
    Set<Integer> hiddenRows = new HashSet<>();
    for (int r = 0; r < rows; r++) {
      Row row = sheet.getRow(r);
      int columns = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
      text[r] = new String[columns];
      if (row == null) {
        continue;
      }
      if (row.getZeroHeight()) {
        hiddenRows.add(r);
      }
      for (int c = 0; c < columns; c++) {
        Cell cell = row.getCell(c);
        text[r][c] = cell == null ? "" : text(cell);
      }
    }
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      fill(text, region);
    }
    return new Grid(sheet.getSheetName(), hidden, text, hiddenRows, List.of());
  }

  private static void fill(String[][] text, CellRangeAddress region) {
    int top = region.getFirstRow();
    int left = region.getFirstColumn();
    if (top >= text.length) {
      return;
    }
    String value = left < text[top].length ? text[top][left] : "";
    for (int r = top; r <= Math.min(region.getLastRow(), text.length - 1); r++) {
      int last = Math.min(region.getLastColumn(), MAX_COLUMNS - 1);
      if (text[r].length <= last) {
        String[] wider = new String[last + 1];
        System.arraycopy(text[r], 0, wider, 0, text[r].length);
        text[r] = wider;
      }
      for (int c = left; c <= last; c++) {
        text[r][c] = value;
      }
    }
  }

  private static String text(Cell cell) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
        : cell.getCellType();
    switch (type) {
      case STRING:
        return cell.getStringCellValue().trim();
      case BOOLEAN:
        return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case NUMERIC:
        return number(cell);
      default:
        return "";
    }
  }

  private static String number(Cell cell) {
    double d = cell.getNumericCellValue();
    if (DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_DATE);
    }
    if (!Double.isFinite(d)) {
      return "";
    }
    String plain = Written.ofDouble(d);
    String format = cell.getCellStyle().getDataFormatString();
    if (format != null && format.contains("%")) {
      int dot = format.indexOf('.');
      int decimals = 0;
      for (int i = dot + 1; dot >= 0 && i < format.length() && format.charAt(i) == '0'; i++) {
        decimals++;
      }
      return new BigDecimal(plain).movePointRight(2).setScale(decimals, RoundingMode.HALF_EVEN)
          .toPlainString() + "%";
    }
    return plain;
  }
}
