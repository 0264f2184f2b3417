package io.github.jixiao.excel.write;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of Jixiao's table (表格样式), made once per workbook: headers, text, numbers
 * with as many decimals as the value has (a stated figure's precision is what is printed: 89.974
 * keeps its three), and the highlight of a computed score that differs from the claimed one.
 */
final class Styles {

  private final Workbook workbook;
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle text;
  private final Map<String, CellStyle> numbers = new HashMap<>();
  private final Font bold;

  Styles(Workbook workbook) {
    this.workbook = workbook;
    this.bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 16);
    title = bordered(false);
    title.setFont(big);
    title.setBorderBottom(BorderStyle.NONE);
    title.setBorderTop(BorderStyle.NONE);
    title.setBorderLeft(BorderStyle.NONE);
    title.setBorderRight(BorderStyle.NONE);
    title.setAlignment(HorizontalAlignment.CENTER);
    header = bordered(false);
    header.setFont(bold);
    header.setAlignment(HorizontalAlignment.CENTER);
    text = bordered(false);
  }

  CellStyle title() {
    return title;
  }

  CellStyle header() {
    return header;
  }

  CellStyle text() {
    return text;
  }

  /** A number style with {@code value}'s decimals, highlighted when {@code differs}. */
  CellStyle number(BigDecimal value, boolean differs) {
    int decimals = Math.max(0, Math.min(value.stripTrailingZeros().scale() < 0 ? 0
        : value.scale(), 10));
    String format = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    return numbers.computeIfAbsent(format + differs, k -> {
      CellStyle s = bordered(differs);
      s.setDataFormat(workbook.createDataFormat().getFormat(format));
      s.setAlignment(HorizontalAlignment.RIGHT);
      return s;
    });
  }

  /** Text highlighted as a difference. */
  CellStyle flagged() {
    return numbers.computeIfAbsent("@flagged", k -> bordered(true));
  }

  private CellStyle bordered(boolean highlighted) {
    CellStyle s = workbook.createCellStyle();
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(true);
    if (highlighted) {
      s.setFillForegroundColor(IndexedColors.ROSE.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return s;
  }
}
