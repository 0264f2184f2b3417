package io.github.jixiao.excel.read;

import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ImportOptions;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.layout.WorkbookImport;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The 自评表 importer (自评表导入): reads a workbook filled in on one of the layouts of formats.md —
 * {@code A} the national 2020 项目支出绩效自评表 (and Jixiao's own template, layout A with 指标性质 and
 * 计量单位), {@code B} Sichuan's 2023 部门预算项目支出绩效自评表, {@code C} the Chongqing-style
 * 部门整体绩效自评表, {@code D} the 2020 municipal 项目自评表, {@code F} the vendor's 12-column import
 * sheet — into one {@link io.github.jixiao.core.SelfEvaluation} per project sheet, each carrying
 * the cell of every value and the importer's assumptions. Immutable and thread-safe.
 *
 * <pre>{@code
 * ImportResult result = ExcelTables.standard().read(Path.of("2021自评表.xlsx"));
 * SelfEvaluation first = result.sheets().get(0).evaluation();
 * }</pre>
 */
public final class ExcelTables {

  private static final ExcelTables STANDARD = new ExcelTables(ImportOptions.none());

  private final ImportOptions options;

  private ExcelTables(ImportOptions options) {
    this.options = options;
  }

  /** The importer with no options: what the table does not say is defaulted, with a note. */
  public static ExcelTables standard() {
    return STANDARD;
  }

  /** This importer with {@code options} (region, level, kind, year, unit). */
  public ExcelTables withOptions(ImportOptions options) {
    return new ExcelTables(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads every project sheet of {@code file}.
   *
   * @throws ExcelImportException if the file is not a workbook Jixiao can read, or a sheet that
   *     is not a summary is none of the layouts, or a layout's sheet cannot be read whole
   */
  public ImportResult read(Path file) {
    return WorkbookImport.read(Objects.requireNonNull(file, "file"), options);
  }
}
