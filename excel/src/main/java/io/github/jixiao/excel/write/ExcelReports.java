package io.github.jixiao.excel.write;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.internal.RulebookName;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Score cards and their check reports as a 自评表-style workbook (评分结果工作簿): one sheet per
 * evaluation in Jixiao's table — the unit's columns as filled in, the rules' 复核得分 beside its
 * 得分, the 差异, the cells that differ shaded — and a sheet 审核发现 whose rows link to the cells
 * they are about. The sheets read back with {@code ExcelTables} as the evaluations they were
 * written from (the findings sheet is skipped as a summary).
 */
public final class ExcelReports {

  /** One evaluation with its score card and check report (评分与审核结果). */
  public record Scored(SelfEvaluation evaluation, ScoreCard card, CheckReport report) {
    /** All three are required. */
    public Scored {
      Objects.requireNonNull(evaluation, "evaluation");
      Objects.requireNonNull(card, "card");
      Objects.requireNonNull(report, "report");
    }
  }

  private ExcelReports() {}

  /**
   * Writes {@code tables} to {@code file} (replaced; whole or not at all), the findings in
   * {@code locale}'s language (Chinese for a Chinese locale, else English).
   *
   * @throws ExcelWriteException if the file cannot be written
   */
  public static void write(List<Scored> tables, Locale locale, Path file) {
    Files.writeWhole(file, out -> write(tables, locale, out));
  }

  /** Writes {@code tables} to {@code out} (not closed). */
  public static void write(List<Scored> tables, Locale locale, OutputStream out)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      Set<String> names = new HashSet<>();
      List<TableSheet.Written> written = new java.util.ArrayList<>();
      for (Scored t : tables) {
        String name = sheetName(t.evaluation(), names);
        TableSheet.Written sheet = TableSheet.write(workbook, styles,
            ExportModel.of(t.evaluation(), t.card(), name));
        RulebookName.write(sheet.sheet(), t.card().getRulebook());
        written.add(sheet);
      }
      FindingsSheet findings = new FindingsSheet(workbook, styles, locale);
      for (int i = 0; i < tables.size(); i++) {
        Scored t = tables.get(i);
        findings.add(written.get(i).sheet().getSheetName(), t.evaluation(), t.card(), t.report(),
            written.get(i).cells());
      }
      workbook.write(out);
    }
  }

  /**
   * A sheet name for the evaluation: the sheet it was imported from, else 项目1, 项目2 …; made safe
   * by POI's rules (at most 31 characters, none of {@code : \ / ? * [ ]} nor an apostrophe
   * at either end: each becomes {@code _}), never the findings sheet's name, unique in the workbook.
   */
  static String sheetName(SelfEvaluation evaluation, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(evaluation.getSource().map(s -> s.getSheet())
        .orElse("项目" + (taken.size() + 1)), '_');
    if (base.length() > 27) {
      base = base.substring(0, 27);
    }
    if (base.equals(FindingsSheet.NAME)) {
      base = "项目" + (taken.size() + 1);
    }
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      name = base + "(" + n + ")";
    }
    return name;
  }
}
