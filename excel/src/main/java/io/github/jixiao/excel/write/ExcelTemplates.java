package io.github.jixiao.excel.write;

import io.github.jixiao.excel.internal.RulebookName;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Blank self-evaluation tables (空白自评表模板) of a rulebook, for a unit to fill in: Jixiao's table
 * (layout A of formats.md, the national 2020 project form, with 指标性质 and 计量单位 columns) with
 * the rulebook's 一级 groups and weights, its own leaves filled in, empty rows for the unit's
 * indicators under open groups, drop-downs for operators and 定性 levels and number validation on
 * the numeric cells — so that template → filled → {@code ExcelTables} import → score is a round
 * trip.
 *
 * <pre>{@code
 * ExcelTemplates.write(Rulebooks.byId("mof-project-2020").orElseThrow(), 2021, Path.of("自评表.xlsx"));
 * }</pre>
 */
public final class ExcelTemplates {

  private ExcelTemplates() {}

  /**
   * Writes the blank table of {@code rulebook} for {@code fiscalYear} to {@code file} (replaced
   * if it exists; written whole or not at all).
   *
   * @throws ExcelWriteException if the file cannot be written (its name and why, in the user's
   *     language)
   */
  public static void write(Rulebook rulebook, int fiscalYear, Path file) {
    Files.writeWhole(file, out -> write(rulebook, fiscalYear, out));
  }

  /** Writes the blank table of {@code rulebook} to {@code out} (not closed). */
  public static void write(Rulebook rulebook, int fiscalYear, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      TableModel model = TemplateModel.of(rulebook, fiscalYear);
      TableSheet.Written written = TableSheet.write(workbook, new Styles(workbook), model);
      Validations.add(written.sheet(), model, written.lastIndicatorRow());
      RulebookName.write(written.sheet(), rulebook.getId());
      workbook.write(out);
    }
  }
}
