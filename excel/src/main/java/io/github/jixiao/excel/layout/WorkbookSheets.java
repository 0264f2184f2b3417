package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.internal.RowCount;
import io.github.jixiao.excel.internal.RulebookName;
import io.github.jixiao.excel.internal.SafeWorkbooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A workbook's sheets as grids (工作簿读取), read with POI's usermodel once {@link SafeWorkbooks}
 * has let the file through (size, file type, zip bomb, rows counted by streaming before loading,
 * password). A formula with no cached value reads as empty, never as POI's 0, with a note; a
 * number stored as text and a date are noted too. Numbers read at Excel's 15 significant digits,
 * a percent format as printed ("86.00%"), a date as an ISO date, merged regions filled with their
 * top-left text.
 */
final class WorkbookSheets {

  private static final int MAX_ROWS = RowCount.MOST_ROWS;
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

  /** A note of the reading about {@code cell}, worded in Chinese as the table is. */
  private static Grid.CellNote note(Cell cell, String key) {
    String at = Grid.sheetPrefix(cell.getSheet().getSheetName())
        + Grid.columnName(cell.getColumnIndex()) + (cell.getRowIndex() + 1);
    return new Grid.CellNote(at, Message.of(key));
  }
  private static final int MAX_COLUMNS = 200;

  private WorkbookSheets() {}

  static List<Grid> read(Path file) {
    String name = String.valueOf(file.getFileName());
    try (Workbook wb = SafeWorkbooks.open(file)) {
      List<Grid> grids = new ArrayList<>();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        if (wb.getSheetAt(s).getLastRowNum() >= RowCount.MOST_ROWS) {
          throw RowCount.tooMany(name, wb.getSheetName(s)); // an .xls, loaded
        }
        grids.add(grid(wb.getSheetAt(s), wb.isSheetHidden(s) || wb.isSheetVeryHidden(s),
            RulebookName.read(wb, s)));
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
        Argument.text("file", Echo.text(name))), cause);
  }

  private static Grid grid(Sheet sheet, boolean hidden,
      Optional<RulebookName.Declared> rulebook) {
    int rows = Math.min(sheet.getLastRowNum() + 1, MAX_ROWS);
    String[][] text = new String[Math.max(rows, 0)][];
    Set<Integer> hiddenRows = new HashSet<>();
    List<Grid.CellNote> notes = new ArrayList<>();
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
        text[r][c] = cell == null ? "" : text(cell, notes);
      }
    }
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      fill(text, region);
    }
    return new Grid(sheet.getSheetName(), hidden, text, hiddenRows, notes, rulebook);
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

  private static String text(Cell cell, List<Grid.CellNote> notes) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      // a program that writes formulas without computing them leaves no <v>: POI would say 0
      type = cell instanceof XSSFCell x && !x.getCTCell().isSetV() ? CellType.BLANK
          : cell.getCachedFormulaResultType();
      if (type == CellType.BLANK || type == CellType.ERROR) {
        notes.add(note(cell, "excel.read.note.formula-without-value"));
        return "";
      }
    }
    if (type == CellType.STRING && PLAIN_NUMBER.matcher(cell.getStringCellValue().trim())
        .matches()) {
      notes.add(note(cell, "excel.read.note.number-as-text"));
    }
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      notes.add(note(cell, "excel.read.note.date"));
    }
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
