package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.SkippedSheet;
import io.github.jixiao.excel.read.ExcelTables;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook as a whole: project sheets read in order, summary and hidden sheets skipped with
 * why, and a sheet with an indicator header that is none of the layouts refused, naming the
 * header cells it saw and the layouts tried.
 */
class WorkbookImportTest {

  @TempDir
  Path dir;

  private static ExcelImportException refused(Path file) {
    try {
      ExcelTables.standard().read(file);
    } catch (ExcelImportException e) {
      return e;
    }
    return fail("read, not refused: " + file);
  }

  @Test
  void twoProjectSheetsBesideASummaryAndAHiddenSheetAreTwoEvaluations() throws Exception {
    ImportResult result;
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("汇总").row("A1", "项目", "得分").row("A2", "项目1", 62);
      LayoutATest.template(w, "项目1");
      LayoutATest.template(w, "项目2").set("G13", "800余人次");
      LayoutATest.template(w, "旧表");
      w.hideSheet("旧表");
      result = ExcelTables.standard().read(w.save(dir, "two.xlsx"));
    }
    assertThat(result.sheets()).extracting(ImportedSheet::sheet).containsExactly("项目1", "项目2");
    assertThat(result.skipped()).extracting(SkippedSheet::sheet).containsExactly("汇总", "旧表");
    assertThat(result.skipped().get(0).reason(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("工作表 汇总 为汇总或说明表：未读取");
    assertThat(result.skipped().get(1).reason(Locale.ENGLISH))
        .isEqualTo("sheet 旧表 is hidden: not read");

    // "800余人次": about 800, approximate, with a note at its cell.
    var second = result.sheets().get(1).evaluation();
    IndicatorEntry trainees = second.entry("T2.1.1").orElseThrow();
    assertThat(trainees.getActual()).contains(new BigDecimal("800"));
    assertThat(trainees.getReading()).contains(ActualReading.APPROXIMATE);
    assertThat(second.getSource().orElseThrow().getNotes()).anySatisfy(n -> {
      assertThat(n.getCell()).contains("项目2!G13");
      assertThat(n.getText()).isEqualTo("“800余人次”按约 800 读取：为近似值");
    });
    assertThat(second.getSource().orElseThrow().cellOf("$.budget.fullYear"))
        .contains("项目2!D6");
  }

  @Test
  void aSheetWithAnIndicatorHeaderOfNoLayoutIsRefusedWithTheCellsItSaw() throws Exception {
    ExcelImportException error;
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("表1").row("A1", "一级指标", "二级指标", "三级指标", "目标", "结果");
      Path file = w.save(dir, "odd.xlsx");
      error = refused(file);
    }
    assertThat(error.file()).isEqualTo("odd.xlsx");
    assertThat(error.cell()).contains("表1!A1");
    String zh = error.message(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).startsWith("odd.xlsx：工作表 表1 不是绩效可读取的任何一种自评表表样（已尝试 A、B、C、D")
        .contains("表1!A1 一级指标", "表1!E1 结果");
    assertThat(error.getMessage()).startsWith("odd.xlsx: sheet 表1 is none of the")
        .contains("表1!D1 目标");
  }

  @Test
  void aTitleWithoutAYearIsRefusedAtTheTitlesCell() throws Exception {
    ExcelImportException error;
    try (TestWorkbook w = new TestWorkbook()) {
      LayoutATest.template(w, "项目1").set("A2", "");
      Path file = w.save(dir, "noyear.xlsx");
      error = refused(file);
    }
    assertThat(error.cell()).contains("项目1!A1");
    assertThat(error.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "noyear.xlsx，项目1!A1：标题未载明年度（如（2021年度））：请在标题中写明，或在选项中给出年度");
  }
}
