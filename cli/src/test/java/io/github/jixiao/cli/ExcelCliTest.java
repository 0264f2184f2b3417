package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao score|check|import} on a workbook: the national form's template, written by
 * {@code jixiao template} and filled in here as a unit would — a project of 200 万元, 180
 * executed; 培训人次 ≥ 1000, 800, claimed 28 of 30; 学员满意度 ≥ 90 %, "效果明显" (no number);
 * 总分 claimed 47.
 */
class ExcelCliTest {

  @TempDir
  Path dir;

  private Path filled() throws Exception {
    Path blank = dir.resolve("blank.xlsx");
    assertThat(Cli.run("template", "mof-project-2020", "-o", blank.toString(), "--year", "2021")
        .exit()).isZero();
    Path filled = dir.resolve("2021自评表.xlsx");
    try (InputStream in = Files.newInputStream(blank); Workbook book = WorkbookFactory.create(in)) {
      Sheet s = book.getSheetAt(0);
      set(s, 2, 1, "基层干部培训项目");
      set(s, 3, 1, "219-某市财政局");
      set(s, 5, 3, 200);
      set(s, 5, 4, 180);
      set(s, 5, 7, 9);
      set(s, 12, 2, "培训人次");
      set(s, 12, 3, "≥");
      set(s, 12, 4, 1000);
      set(s, 12, 6, 800);
      set(s, 12, 7, 30);
      set(s, 12, 8, 28);
      set(s, 20, 2, "学员满意度");
      set(s, 20, 3, "≥");
      set(s, 20, 4, 90);
      set(s, 20, 5, "%");
      set(s, 20, 6, "效果明显");
      set(s, 20, 7, 10);
      set(s, 20, 8, 10);
      set(s, 21, 8, 47);
      try (OutputStream out = Files.newOutputStream(filled)) {
        book.write(out);
      }
    }
    return filled;
  }

  private static void set(Sheet s, int r, int c, Object value) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    var cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else {
      cell.setCellValue((String) value);
    }
  }

  @Test
  void scoringAWorkbookPrintsTheCardAndFindingsWithTheirCells() throws Exception {
    Path file = filled();

    Cli.Run run = Cli.run("score", file.toString());

    // 执行率 180 ÷ 200 = 90 %: 9.00 as claimed; 培训人次 30 × 800 ÷ 1000 = 24.00 against 28;
    // 学员满意度 "效果明显" is no number: marked 缺少数据 and JX-208 asks for it. The table has no
    // 效益 group, so 满意度 is its third, T3. 产出指标(50分) holds one indicator of 30: JX-203,
    // an error, so the exit code is 1.
    assertThat(run.out()).contains(file + " 项目1").contains("评分办法：mof-project-2020")
        .contains("T2.1.1      培训人次            30  24.00")
        .contains("JX-203  项目1!A13  $.indicators[1].weight")
        .contains("JX-301  项目1!I13  $.entries[1].claimedScore")
        .contains("JX-208  项目1!G21  $.entries[2].actualWritten  指标“T3.1.1 学员满意度”为定量指标，"
            + "但实际完成值写作“效果明显”，无法读出数值");
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(Jixiao.OK); // scored; score fails on no finding by default
  }

  @Test
  void checkingAWorkbookAsJsonGivesEachFindingsCell() throws Exception {
    Cli.Run run = Cli.run("check", "--json", filled().toString());

    // a check-report document naming its workbook and sheet, each finding its cell
    assertThat(run.out()).startsWith("{\"format\": \"jixiao/check-report/4\","
        + "\"input\": {\"path\": \""
        + filled() + "\",\"sheet\": \"项目1\"}").contains("\"cell\": \"项目1!G21\"");
  }

  @Test
  void importWritesADocumentThatValidateAccepts() throws Exception {
    Path json = dir.resolve("2021.json");

    Cli.Run imported = Cli.run("import", filled().toString(), "-o", json.toString(),
        "--region", "安徽省合肥市");
    Cli.Run validated = Cli.run("validate", json.toString());

    assertThat(imported.exit()).isZero();
    assertThat(imported.err()).contains("项目1: 版式 A，7 个指标");
    assertThat(Files.readString(json)).contains("\"region\": \"安徽省合肥市\"")
        .contains("\"actualWritten\": \"效果明显\"").contains("\"reading\": \"UNREADABLE\"");
    assertThat(validated.exit()).isZero();
    assertThat(validated.out()).contains("有效（jixiao/self-evaluation/2）");
  }

  @Test
  void anHtmlPageSavedAsXlsIsBadInputSaidInTheUsersLanguage() throws Exception {
    Path fake = dir.resolve("表.xls");
    Files.writeString(fake, "<html><body><table><tr><td>一级指标</td></tr></table></body></html>");

    Cli.Run zh = Cli.run("score", fake.toString());
    Cli.Run en = Cli.run("import", "--lang", "en", fake.toString());

    assertThat(zh.exit()).isEqualTo(2);
    // one line, naming the file once: the workbook's refusal says which file itself
    assertThat(zh.errLines()).contains("表.xls 是以 Excel 文件名保存的网页（HTML）：请用 Excel 打开并另存为 .xlsx");
    assertThat(en.exit()).isEqualTo(2);
    assertThat(en.err()).contains("is a web page (HTML) saved with an Excel name");
    assertThat(en.err()).doesNotContain("Exception").doesNotContain("at org.apache");
  }

  @Test
  void aDirectoryScoredTakesItsWorkbooksToo() throws Exception {
    filled();
    Files.delete(dir.resolve("blank.xlsx"));

    Cli.Run run = Cli.run("score", dir.toString());

    assertThat(run.out()).contains("项目1").contains("1 个文件：已评分 1 个");
  }
}
