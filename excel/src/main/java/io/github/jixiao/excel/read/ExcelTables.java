package io.github.jixiao.excel.read;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.InvalidValueException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The importer of 自评表 workbooks (自评表导入): reads an .xlsx or .xls a unit filled in into one
 * {@link SelfEvaluation} per project sheet, each carrying where every value was read ({@code
 * 项目1!H12}) and what the import assumed. Layout A of formats.md — the national 2020 project form,
 * and Jixiao's own template and export — is read; a sheet with no indicator table (汇总, 目录,
 * 填表说明, the export's 审核发现) or a hidden one is skipped and listed; a workbook with no sheet
 * Jixiao can read fails with the header cells it saw.
 *
 * <pre>{@code
 * ImportResult result = ExcelTables.standard().read(Path.of("2021自评表.xlsx"));
 * SelfEvaluation first = result.sheets().get(0).evaluation();
 * }</pre>
 *
 * <p>Hostile files are refused before they are loaded: more than 32 MiB, a zip bomb, more than
 * 10 000 rows in a sheet, an HTML page saved as .xls, a password-protected workbook.
 */
public final class ExcelTables {

  private static final ExcelTables STANDARD = new ExcelTables(ImportOptions.NONE);

  private final ImportOptions options;

  private ExcelTables(ImportOptions options) {
    this.options = options;
  }

  /** The importer with no options: what the table does not say is assumed, and noted. */
  public static ExcelTables standard() {
    return STANDARD;
  }

  /** This importer told what the tables do not say. */
  public ExcelTables withOptions(ImportOptions options) {
    return new ExcelTables(Objects.requireNonNull(options, "options"));
  }

  /**
   * Reads every project sheet of {@code file}.
   *
   * @throws ExcelImportException if the file is not a workbook Jixiao can read, a sheet cannot
   *     be read (the cell and why), or no sheet holds a layout Jixiao reads
   */
  public ImportResult read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    List<ImportedSheet> sheets = new ArrayList<>();
    List<SkippedSheet> skipped = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (Workbook workbook = SafeWorkbooks.open(file)) {
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        Sheet sheet = workbook.getSheetAt(i);
        if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
          skipped.add(new SkippedSheet(sheet.getSheetName(), Message.of("excel.read.skip.hidden")));
          continue;
        }
        if (sheet.getLastRowNum() >= RowCount.MOST_ROWS) {
          throw new ExcelImportException(Message.of("excel.read.too-many-rows",
              Argument.text("file", file.toString()), Said.text("sheet", sheet.getSheetName()),
              Argument.number("most", RowCount.MOST_ROWS)), null);
        }
        Grid grid = new Grid(sheet);
        int header = LayoutA.header(grid);
        if (header < 0) {
          skipped.add(new SkippedSheet(sheet.getSheetName(),
              Message.of("excel.read.skip.no-table", Argument.text("labels", "一级指标、三级指标"))));
          seen.addAll(Headers.seen(grid));
          continue;
        }
        sheets.add(new ImportedSheet(sheet.getSheetName(), LayoutA.ID,
            built(grid, name, header)));
      }
    } catch (IOException e) {
      throw new ExcelImportException(Message.of("excel.read.unreadable",
          Argument.text("file", file.toString())), null, e);
    } catch (ExcelImportException e) {
      throw e;
    } catch (RuntimeException e) {
      // POI fails on a damaged part as it meets it (a bad record, a broken style): in our words
      throw new ExcelImportException(Message.of("excel.read.damaged",
          Argument.text("file", file.toString())), null, e);
    }
    if (sheets.isEmpty()) {
      throw new ExcelImportException(Message.of("excel.read.no-layout",
          Argument.text("file", file.toString()), Argument.list("cells", seen),
          Argument.text("layouts", LayoutA.ID + " " + LayoutA.NAME)), null);
    }
    return new ImportResult(file.toString(), sheets, skipped);
  }

  private SelfEvaluation built(Grid grid, String file, int header) {
    try {
      return LayoutA.read(grid, file, options, header);
    } catch (InvalidValueException e) {
      throw new ExcelImportException(Message.of("excel.read.invalid",
          Said.text("sheet", grid.name()), Argument.message("reason", e.said())), null, e);
    }
  }
}
