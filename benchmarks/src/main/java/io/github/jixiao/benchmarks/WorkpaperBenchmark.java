package io.github.jixiao.benchmarks;

import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.WorkpaperResult;
import io.github.jixiao.excel.read.ExcelWorkpapers;
import io.github.jixiao.rules.result.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a reviewer's workpaper (复核底稿, layout G): 20 project sheets, each reviewing every one
 * of the 60 indicators of a generated project evaluation (a row per leaf with all 13 columns: the
 * unit's 自评完成值 and 自评得分, the reviewer's 复核完成值, 复核得分 two points lower where it can be,
 * 偏差 and 备注), read by {@code ExcelWorkpapers.standard().read(file, evaluation)} — safe opening,
 * the header found by text, every row matched to the evaluation's leaf by name and checked against
 * it — against the floor: POI's {@code WorkbookFactory.create} of the same file and every cell's
 * text through a {@code DataFormatter}, nothing understood. Setup fails unless every sheet gives
 * back 60 entries and no note of error or warning.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkpaperBenchmark {

  /** How many project sheets the workpaper holds. */
  public static final int SHEETS = 20;
  /** How many indicators the evaluation has, all leaves but the level-1 groups. */
  public static final int INDICATORS = 60;

  private static final String[] HEADER = {"一级", "二级", "三级", "指标性质", "指标值", "单位", "权重",
      "自评完成值", "自评得分", "复核完成值", "复核得分", "偏差", "备注"};

  private SelfEvaluation evaluation;
  private Path file;

  /** Writes the workpaper once and checks that it reads whole. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    evaluation = Evaluations.project(INDICATORS, 2021);
    file = Files.createTempFile("jixiao-bench-", ".xlsx");
    write();
    int leaves = leaves().size();
    WorkpaperResult result = read();
    if (result.sheets().size() != SHEETS) {
      throw new IllegalStateException("the workpaper gave " + result.sheets().size()
          + " reviews, not " + SHEETS + ": the comparison would not be honest");
    }
    for (ReviewedSheet sheet : result.sheets()) {
      if (sheet.review().getEntries().size() != leaves || sheet.notes().stream()
          .anyMatch(n -> n.severity() != Severity.INFO)) {
        throw new IllegalStateException(sheet.sheet() + " gave "
            + sheet.review().getEntries().size() + " entries, not " + leaves + ", or a note: "
            + sheet.notes());
      }
    }
  }

  private Set<String> leaves() {
    Set<String> parents = new HashSet<>();
    evaluation.getIndicators().forEach(i -> i.getParentCode().ifPresent(parents::add));
    Set<String> leaves = new HashSet<>();
    evaluation.getIndicators().stream().filter(i -> !parents.contains(i.getCode()))
        .forEach(i -> leaves.add(i.getCode()));
    return leaves;
  }

  private void write() throws IOException {
    Set<String> leaves = leaves();
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      for (int s = 1; s <= SHEETS; s++) {
        Sheet sheet = book.createSheet("项目" + s);
        sheet.createRow(0).createCell(0).setCellValue("复核底稿（基准测试）");
        Row header = sheet.createRow(2);
        for (int c = 0; c < HEADER.length; c++) {
          header.createCell(c).setCellValue(HEADER[c]);
        }
        int r = 3;
        for (Indicator i : evaluation.getIndicators()) {
          if (leaves.contains(i.getCode())) {
            row(sheet.createRow(r++), i, evaluation.entry(i.getCode()).orElseThrow());
          }
        }
      }
      book.write(out);
    }
  }

  private void row(Row row, Indicator i, IndicatorEntry e) {
    String group = i.getParentCode().flatMap(p -> evaluation.getIndicators().stream()
        .filter(g -> g.getCode().equals(p)).map(Indicator::getName).findFirst()).orElse(null);
    text(row, 0, group == null ? i.getName() : group);
    text(row, 1, group == null ? null : i.getName());
    text(row, 3, "≥");
    i.getTarget().ifPresent(t -> number(row, 4, t));
    text(row, 5, i.getUnit().orElse(null));
    number(row, 6, i.getWeight());
    e.getActual().ifPresent(a -> number(row, 7, a));
    BigDecimal claimed = e.getClaimedScore().orElseThrow();
    BigDecimal review = claimed.subtract(BigDecimal.valueOf(2)).max(BigDecimal.ZERO);
    number(row, 8, claimed);
    e.getActual().ifPresent(a -> number(row, 9, a));
    number(row, 10, review);
    number(row, 11, claimed.subtract(review));
    text(row, 12, "已核对佐证材料");
  }

  private static void text(Row row, int column, String text) {
    if (text != null) {
      row.createCell(column).setCellValue(text);
    }
  }

  private static void number(Row row, int column, BigDecimal value) {
    row.createCell(column).setCellValue(value.doubleValue());
  }

  /** Removes the workpaper. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Jixiao: the workpaper read into 20 reviews of the evaluation, checked against it. */
  @Benchmark
  public WorkpaperResult read() {
    return ExcelWorkpapers.standard().read(file, evaluation);
  }

  /** The floor: POI opens the file and every cell's text is formatted, nothing understood. */
  @Benchmark
  public long baseline() throws IOException {
    DataFormatter format = new DataFormatter();
    long chars = 0;
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            chars += format.formatCellValue(cell).length();
          }
        }
      }
    }
    return chars;
  }
}
