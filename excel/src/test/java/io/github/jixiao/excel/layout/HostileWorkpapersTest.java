package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.WorkpaperNote;
import io.github.jixiao.excel.read.ExcelWorkpapers;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and damaged workpapers (复核底稿): the file is refused as the 自评表 importer refuses it
 * (the same safe opening), and inside a workbook that opens, every cell's trouble is a note at
 * its cell — a formula with no cached value read blank, never 0; a hostile name cut and escaped;
 * a text-direction override in a note its row not read — never a stack trace or half a review.
 */
class HostileWorkpapersTest {

  private static final SelfEvaluation BAIYUN = JixiaoJson.standard()
      .readEvaluation(Path.of("..", "examples", "baiyun-2021", "evaluation.json"));

  @TempDir
  Path dir;

  private static ExcelImportException refused(Path file) {
    try {
      ExcelWorkpapers.standard().read(file, BAIYUN);
    } catch (ExcelImportException e) {
      assertThat(e.message(Locale.ENGLISH)).doesNotContain("Exception").doesNotContain("POI");
      return e;
    }
    throw new AssertionError(file + " was read");
  }

  private static String zh(WorkpaperNote note) {
    return note.cell().orElse("") + " " + note.message(Locale.CHINESE);
  }

  @Test
  void anHtmlPageATruncatedWorkbookAndAFolderAreRefusedNamingTheFile() throws Exception {
    Path html = Files.writeString(dir.resolve("底稿.xls"), "<html><table><tr><td>复核得分</td></tr>"
        + "</table></html>");
    byte[] whole = Files.readAllBytes(BaiyunWorkpaper.write(dir, "whole.xlsx"));
    Path cut = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));

    assertThat(refused(html).message(Locale.CHINESE)).isEqualTo("底稿.xls 是以 Excel 文件名保存的网页"
        + "（HTML）：请用 Excel 打开并另存为 .xlsx");
    assertThat(refused(cut).message(Locale.ENGLISH)).contains("cut.xlsx")
        .endsWith("is damaged or not a complete workbook: open it in Excel and save it again");
    assertThat(refused(dir).message(Locale.ENGLISH)).endsWith("is not a file");
  }

  @Test
  void aFormulaWithoutACachedValueIsABlankScoreNeverZero() throws Exception {
    Path file;
    try (TestWorkbook w = new TestWorkbook()) {
      BaiyunWorkpaper.sheet(w, "白云区人大").formula("K6", "G6*0.972");
      file = w.save(dir, "formula.xlsx");
    }

    ReviewedSheet sheet = ExcelWorkpapers.standard().read(file, BAIYUN).sheets().get(0);

    assertThat(sheet.review().entry("2.1.1").orElseThrow().getScore()).isEmpty();
    assertThat(sheet.notes()).extracting(HostileWorkpapersTest::zh).containsExactly(
        "白云区人大!K6 公式没有缓存值：按空白读取，不按 0 处理；请用 Excel 打开并保存，使公式得到计算");
  }

  @Test
  void aHostileNameIsShownCutAndEscapedAndAnOverrideInANoteLosesOnlyItsRow() throws Exception {
    Path file;
    try (TestWorkbook w = new TestWorkbook()) {
      // a right-to-left override and a name of 121 characters; an override in 预算完成率's 备注
      BaiyunWorkpaper.sheet(w, "白云区人大").set("C7", "\u202E" + "培训人次".repeat(30))
          .set("M6", "见附件\u202E");
      file = w.save(dir, "hostile.xlsx");
    }

    ReviewedSheet sheet = ExcelWorkpapers.standard().read(file, BAIYUN).sheets().get(0);

    var errors = sheet.notes().stream().filter(n -> n.severity() == Severity.ERROR).toList();
    assertThat(errors).hasSize(2);
    assertThat(zh(errors.get(0))).isEqualTo("白云区人大!M6 备注含有控制字符或文字方向控制符，"
        + "绩效写出的文档不得含有：该行未读取");
    // 40 characters shown: the override written out as \u202E, then 39 of the name, cut marked
    assertThat(zh(errors.get(1))).isEqualTo("白云区人大!C7 所复核的自评在 管理效率 / 资金管理 下没有名为“\\u202E"
        + "培训人次".repeat(9) + "培训人…”的指标：该行未读取");
    // the other eight rows are read
    assertThat(sheet.review().getEntries()).extracting(e -> e.getIndicatorCode())
        .containsExactly("1.1", "1.2", "2.1.3", "2.2", "2.3", "2.4", "2.5", "2.6");
  }

  @Test
  void aWorkpaperOfOnlySummariesAndHiddenSheetsIsRefused() throws Exception {
    Path file;
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("自评复核报告表").row("A1", "三级", "复核得分");
      w.sheet("目标完成，偏离度").row("A1", "三级", "复核得分");
      w.sheet("差值表").row("A1", "三级", "复核得分");
      BaiyunWorkpaper.sheet(w, "隐藏").hideSheet("隐藏");
      file = w.save(dir, "summaries.xlsx");
    }

    assertThatThrownBy(() -> ExcelWorkpapers.standard().read(file, BAIYUN))
        .isInstanceOf(ExcelImportException.class)
        .hasMessageContaining("summaries.xlsx has no workpaper sheet");
  }
}
