package io.github.jixiao.excel.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * One sheet as a layout reads it (表格网格): every cell by row and column as written — a merged
 * cell reads its region's top-left value, a formula its cached value — with its {@code Sheet!A1}
 * address, and what reading noticed on the way (a formula with no cached value, a date in a cell,
 * a hidden row). Numbers are exact: Excel keeps 15 significant digits, so a stored
 * 89.97399999999999 reads 89.974.
 */
final class Grid {

  private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

  private final Sheet sheet;
  private final Map<Long, CellRangeAddress> merged = new HashMap<>();
  private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
  private final List<Noted> notes = new ArrayList<>();

  /** Something reading a cell noticed: the cell and the message key. */
  record Noted(String cell, String key) {}

  Grid(Sheet sheet) {
    this.sheet = sheet;
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          merged.put(key(r, c), region);
        }
      }
    }
  }

  String name() {
    return sheet.getSheetName();
  }

  /** The last row that has a cell, 0-based; -1 for an empty sheet. */
  int lastRow() {
    return sheet.getLastRowNum();
  }

  /** The cells a row has, 0 for none. */
  int width(int r) {
    Row row = sheet.getRow(r);
    return row == null ? 0 : Math.max(0, row.getLastCellNum());
  }

  boolean hiddenRow(int r) {
    Row row = sheet.getRow(r);
    return row != null && row.getZeroHeight();
  }

  /** The cell's address as Excel names it: {@code 项目1!H12}, {@code 'Sheet 1'!A1}. */
  String address(int r, int c) {
    return new CellReference(sheet.getSheetName(), r, c, false, false).formatAsString();
  }

  /** Whether the cell is part of a merged region but not its top-left cell. */
  boolean isMergedTail(int r, int c) {
    CellRangeAddress region = merged.get(key(r, c));
    return region != null && (region.getFirstRow() != r || region.getFirstColumn() != c);
  }

  /** The merged region the cell is in, or null. */
  CellRangeAddress region(int r, int c) {
    return merged.get(key(r, c));
  }

  /** The text as written, trimmed ({@code ""} for a blank cell); a number as a plain decimal. */
  String text(int r, int c) {
    Cell cell = source(r, c);
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cachedType(cell);
      if (type == CellType.BLANK || type == CellType.ERROR) {
        note(r, c, "excel.read.note.formula-without-value");
        return "";
      }
    }
    return switch (type) {
      case STRING -> clean(cell.getRichStringCellValue().getString());
      case NUMERIC -> numeric(cell, r, c);
      case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
      default -> "";
    };
  }

  /** The exact number of a numeric cell (or a formula's cached number), else null. */
  BigDecimal number(int r, int c) {
    Cell cell = source(r, c);
    if (cell == null) {
      return null;
    }
    boolean numeric = cell.getCellType() == CellType.NUMERIC
        || cell.getCellType() == CellType.FORMULA && cachedType(cell) == CellType.NUMERIC;
    if (!numeric || DateUtil.isCellDateFormatted(cell)) {
      return null;
    }
    return exact(cell.getNumericCellValue());
  }

  /** Whether a numeric cell is formatted as a percent: 0.86 shown 86%. */
  boolean isPercent(int r, int c) {
    Cell cell = source(r, c);
    return cell != null && cell.getCellStyle() != null
        && cell.getCellStyle().getDataFormatString().contains("%");
  }

  List<Noted> notes() {
    return notes;
  }

  void note(int r, int c, String key) {
    notes.add(new Noted(address(r, c), key));
  }

  /** A double as Excel shows it: 15 significant digits, exactly, trailing zeros dropped. */
  static BigDecimal exact(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return null;
    }
    BigDecimal d = new BigDecimal(Double.toString(value)).round(EXCEL).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  private String numeric(Cell cell, int r, int c) {
    if (DateUtil.isCellDateFormatted(cell)) {
      note(r, c, "excel.read.note.date");
      return formatter.formatCellValue(cell);
    }
    BigDecimal n = exact(cell.getNumericCellValue());
    if (n == null) {
      return "";
    }
    if (isPercent(r, c)) {
      return n.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
    return n.toPlainString();
  }

  /**
   * A formula's cached result type; {@link CellType#BLANK} when the file holds no cached value
   * (a workbook written by a program that does not compute formulas) — POI would read it as 0.
   */
  private static CellType cachedType(Cell cell) {
    if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
      return CellType.BLANK;
    }
    return cell.getCachedFormulaResultType();
  }

  private Cell source(int r, int c) {
    CellRangeAddress region = merged.get(key(r, c));
    int row = region == null ? r : region.getFirstRow();
    int col = region == null ? c : region.getFirstColumn();
    Row found = sheet.getRow(row);
    return found == null ? null : found.getCell(col);
  }

  private static String clean(String s) {
    return s.replace('\u00A0', ' ').replace('\u3000', ' ').strip();
  }

  private static long key(int r, int c) {
    return ((long) r << 20) | c;
  }
}
