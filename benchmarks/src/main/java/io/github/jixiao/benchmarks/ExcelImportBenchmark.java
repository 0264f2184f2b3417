package io.github.jixiao.benchmarks;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.excel.write.ExcelReports;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Importing a year's workbook of 自评表 (Excel 导入): 50 project sheets of 10–60 indicators each (as
 * Jixiao exports them: layout A, money block, 复核得分 and 差异 columns, a findings sheet) read by
 * {@code ExcelTables.standard().read(file)} — safe opening (size, zip bomb, rows counted by
 * streaming), every sheet detected and read with the cell of every value — then scored and
 * checked, against the floor: POI's {@code WorkbookFactory.create} of the same file and every
 * cell's text through a {@code DataFormatter}, nothing understood. Setup fails unless the import
 * gives back the 50 evaluations that were written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExcelImportBenchmark {

  /** How many project sheets the workbook holds. */
  public static final int SHEETS = 50;

  private final ScoringPlan plan = Scorer.standard().compile(Evaluations.PROJECT_RULEBOOK);
  private final Checks checks = Checks.standard();
  private Path file;

  /** Writes the workbook once and checks that it imports whole. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SplittableRandom random = new SplittableRandom(2021);
    List<ExcelReports.Scored> tables = new ArrayList<>();
    for (int i = 0; i < SHEETS; i++) {
      SelfEvaluation e = Evaluations.project(10 + random.nextInt(51), random.nextLong());
      tables.add(new ExcelReports.Scored(e, plan.score(e), checks.run(e)));
    }
    file = Files.createTempFile("jixiao-bench-", ".xlsx");
    ExcelReports.write(tables, Locale.CHINESE, file);
    ImportResult result = imported();
    if (result.sheets().size() != SHEETS) {
      throw new IllegalStateException("the workbook gave " + result.sheets().size()
          + " evaluations, not " + SHEETS + ": the comparison would not be honest");
    }
    for (int i = 0; i < SHEETS; i++) {
      int written = tables.get(i).evaluation().getEntries().size();
      int read = result.sheets().get(i).evaluation().getEntries().size();
      if (written != read) {
        throw new IllegalStateException("sheet " + (i + 1) + " gave " + read + " entries, not "
            + written);
      }
    }
  }

  /** Removes the workbook. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Jixiao: the workbook imported, nothing more. */
  @Benchmark
  public ImportResult imported() {
    return ExcelTables.standard().read(file);
  }

  /** Jixiao: the workbook imported, each evaluation scored and checked — what {@code jixiao
   * check} does with a workbook. */
  @Benchmark
  public void importScoreCheck(Blackhole blackhole) {
    for (ImportedSheet sheet : ExcelTables.standard().read(file).sheets()) {
      blackhole.consume(plan.score(sheet.evaluation()));
      blackhole.consume(checks.run(sheet.evaluation()));
    }
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
