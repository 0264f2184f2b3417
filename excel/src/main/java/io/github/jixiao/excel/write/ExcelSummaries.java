package io.github.jixiao.excel.write;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.summary.BatchSummary;
import io.github.jixiao.rules.summary.BinCount;
import io.github.jixiao.rules.summary.CodeCount;
import io.github.jixiao.rules.summary.GradeCount;
import io.github.jixiao.rules.summary.SummaryUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The batch summary as a workbook (批量汇总工作簿): the figures of a {@link BatchSummary} on six
 * sheets — the overview (count and means), the units, the units by inflation, the grades claimed
 * and computed, findings by code and the execution-rate bins — with headers in the language asked
 * for. A decimal is an Excel number when 15 significant digits hold it, else text, so no digit is
 * lost; an absent value is an empty cell.
 */
public final class ExcelSummaries {

  private ExcelSummaries() {}

  /**
   * Writes {@code summary} to {@code file} (replaced; whole or not at all).
   *
   * @throws ExcelWriteException if the file cannot be written
   */
  public static void write(BatchSummary summary, Locale locale, Path file) {
    Files.writeWhole(file, out -> write(summary, locale, out));
  }

  /** Writes {@code summary} to {@code out} (not closed). */
  public static void write(BatchSummary summary, Locale locale, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      new Writer(workbook, new Styles(workbook), locale).all(summary);
      workbook.write(out);
    }
  }

  private record Writer(XSSFWorkbook workbook, Styles styles, Locale locale) {

    void all(BatchSummary s) {
      Sheet overview = sheet("excel.write.summary.sheet.overview");
      pair(overview, "excel.write.summary.count", s.units().size());
      pair(overview, "excel.write.summary.mean-claimed", s.meanClaimed().orElse(null));
      pair(overview, "excel.write.summary.mean-computed", s.meanComputed().orElse(null));
      pair(overview, "excel.write.summary.mean-inflation", s.meanInflation().orElse(null));
      pair(overview, "excel.write.summary.without-rate", s.withoutExecutionRate());
      Sheet units = table("excel.write.summary.sheet.units", "excel.write.summary.col.department",
          "excel.write.summary.col.code", "excel.write.summary.col.title",
          "excel.write.summary.col.file", "excel.write.summary.col.claimed",
          "excel.write.summary.col.computed", "excel.write.summary.col.inflation",
          "excel.write.summary.col.claimed-grade", "excel.write.summary.col.computed-grade",
          "excel.write.summary.col.rate", "excel.write.summary.col.errors",
          "excel.write.summary.col.warnings");
      for (SummaryUnit u : s.units()) {
        row(units, u.departmentName(), u.departmentCode(), u.title().orElse(null), u.file(),
            or(u.claimedTotal()), or(u.computedTotal()), or(u.inflation()),
            u.claimedGrade().map(this::label).orElse(null),
            u.computedGrade().map(this::label).orElse(null), or(u.executionRate()), u.errors(),
            u.warnings());
      }
      Sheet ranking = table("excel.write.summary.sheet.ranking", "excel.write.summary.col.rank",
          "excel.write.summary.col.department", "excel.write.summary.col.code",
          "excel.write.summary.col.file", "excel.write.summary.col.claimed",
          "excel.write.summary.col.computed", "excel.write.summary.col.inflation");
      int rank = 0;
      for (SummaryUnit u : s.byInflation()) {
        row(ranking, ++rank, u.departmentName(), u.departmentCode(), u.file(),
            or(u.claimedTotal()), or(u.computedTotal()), or(u.inflation()));
      }
      Sheet grades = table("excel.write.summary.sheet.grades", "excel.write.summary.col.grade",
          "excel.write.summary.col.claimed-count", "excel.write.summary.col.computed-count");
      for (GradeCount g : s.grades()) {
        row(grades, label(g.grade()), g.claimed(), g.computed());
      }
      row(grades, say("excel.write.summary.no-grade"), s.withoutClaimedGrade(),
          s.withoutComputedGrade());
      Sheet codes = table("excel.write.summary.sheet.findings",
          "excel.write.summary.col.finding-code", "excel.write.summary.col.severity",
          "excel.write.summary.col.description", "excel.write.summary.col.findings",
          "excel.write.summary.col.units");
      for (CodeCount c : s.findingsByCode()) {
        row(codes, c.code(), label(c.severity()), c.description().render(locale), c.findings(),
            c.units());
      }
      Sheet rates = table("excel.write.summary.sheet.rates", "excel.write.summary.col.bin",
          "excel.write.summary.col.units");
      for (BinCount b : s.executionRates()) {
        row(rates, b.bin().label(), b.units());
      }
      for (Sheet sheet : List.of(overview, units, ranking, grades, codes, rates)) {
        for (int i = 0; i < 12; i++) {
          sheet.setColumnWidth(i, 18 * 256);
        }
      }
    }

    private Sheet sheet(String key) {
      return workbook.createSheet(say(key));
    }

    private Sheet table(String sheetKey, String... headerKeys) {
      Sheet sheet = sheet(sheetKey);
      Row header = sheet.createRow(0);
      for (int i = 0; i < headerKeys.length; i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(say(headerKeys[i]));
        cell.setCellStyle(styles.header());
      }
      sheet.createFreezePane(0, 1);
      return sheet;
    }

    private void pair(Sheet sheet, String key, Object value) {
      row(sheet, say(key), value);
    }

    private void row(Sheet sheet, Object... values) {
      Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
      List<Object> cells = new ArrayList<>(Arrays.asList(values));
      for (int i = 0; i < cells.size(); i++) {
        Object v = cells.get(i);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        if (v instanceof BigDecimal d) {
          Numbers.set(cell, d);
          cell.setCellStyle(styles.number(d, false));
        } else if (v instanceof Integer n) {
          cell.setCellValue(n);
          cell.setCellStyle(styles.number(BigDecimal.valueOf(n), false));
        } else {
          cell.setCellValue(v.toString());
          cell.setCellStyle(styles.text());
        }
      }
    }

    private String label(Enum<?> constant) {
      return Message.label(constant).render(locale);
    }

    private String say(String key) {
      return Message.of(key).render(locale);
    }

    private static BigDecimal or(Optional<BigDecimal> value) {
      return value.orElse(null);
    }
  }
}
