package io.github.jixiao.excel.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blank table of a rulebook, read back with POI: the national 2020 project form's blocks
 * where formats.md puts them, the rulebook's weights, and the drop-downs and number validation
 * in place.
 */
class ExcelTemplatesTest {

  @TempDir
  Path dir;

  private Sheet written(String rulebook, Path file) throws Exception {
    Rulebook book = Rulebooks.byId(rulebook).orElseThrow();
    ExcelTemplates.write(book, 2021, file);
    try (InputStream in = Files.newInputStream(file)) {
      Workbook workbook = WorkbookFactory.create(in);
      return workbook.getSheetAt(0);
    }
  }

  private static String text(Sheet sheet, int row, int column) {
    return sheet.getRow(row).getCell(column).getStringCellValue();
  }

  @Test
  void theNationalFormsTemplateHasItsBlocksWeightsAndTotal() throws Exception {
    Sheet sheet = written("mof-project-2020", dir.resolve("t.xlsx"));

    assertThat(sheet.getSheetName()).isEqualTo("项目1");
    assertThat(text(sheet, 0, 0)).isEqualTo("项目支出绩效自评表");
    assertThat(text(sheet, 1, 0)).isEqualTo("（2021年度）");
    assertThat(text(sheet, 2, 0)).isEqualTo("项目名称");
    assertThat(text(sheet, 4, 0)).isEqualTo("项目资金（万元）");
    assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A5:A9"),
        CellRangeAddress.valueOf("A1:J1"));
    assertThat(List.of(text(sheet, 4, 2), text(sheet, 4, 3), text(sheet, 4, 4), text(sheet, 4, 5),
        text(sheet, 4, 6), text(sheet, 4, 7))).containsExactly("年初预算数", "全年预算数（A）",
        "全年执行数（B）", "分值", "执行率（B/A）", "得分");
    assertThat(text(sheet, 5, 1)).isEqualTo("年度资金总额");
    // 预算执行率 10 分 is the money block's 分值, not an indicator row.
    assertThat(sheet.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(10.0);
    assertThat(text(sheet, 6, 1)).isEqualTo("其中：当年财政拨款");
    assertThat(text(sheet, 6, 5)).isEqualTo("—");
    assertThat(text(sheet, 11, 0)).isEqualTo("一级指标");
    assertThat(text(sheet, 11, 3)).isEqualTo("指标性质");
    assertThat(text(sheet, 11, 9)).isEqualTo("偏差原因分析及改进措施");
    // 产出 has 4 二级 rows (数量/质量/时效/成本), 效益 4, 满意度 1: rows 13 to 21.
    assertThat(text(sheet, 12, 0)).isEqualTo("产出指标(50分)");
    assertThat(text(sheet, 12, 1)).isEqualTo("数量指标");
    assertThat(text(sheet, 16, 0)).isEqualTo("效益指标(30分)");
    assertThat(text(sheet, 19, 1)).isEqualTo("可持续影响指标");
    assertThat(text(sheet, 20, 0)).isEqualTo("满意度指标(10分)");
    assertThat(text(sheet, 20, 1)).isEqualTo("服务对象满意度指标");
    assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A13:A16"),
        CellRangeAddress.valueOf("A17:A20"));
    // 总分: 10 + 50 + 30 + 10 = 100.
    assertThat(text(sheet, 21, 0)).isEqualTo("总分");
    assertThat(sheet.getRow(21).getCell(7).getNumericCellValue()).isEqualTo(100.0);
    assertThat(text(sheet, 22, 0)).startsWith("注：1.本表按评分办法");
  }

  @Test
  void theDropDownsOfOperatorsAndLevelsAndTheNumberValidationAreInPlace() throws Exception {
    Sheet sheet = written("mof-project-2020", dir.resolve("t.xlsx"));
    List<? extends DataValidation> validations = sheet.getDataValidations();

    DataValidation operators = at(validations, "D13:D21");
    assertThat(operators.getValidationConstraint().getValidationType())
        .isEqualTo(ValidationType.LIST);
    assertThat(operators.getValidationConstraint().getExplicitListValues())
        .containsExactly("≥", ">", "=", "≤", "<", "定性");
    // An open row's 实际完成值 suggests the national levels and lets a number through.
    DataValidation levels = at(validations, "G13");
    assertThat(levels.getValidationConstraint().getExplicitListValues())
        .containsExactly("达成", "部分达成", "未达成");
    assertThat(levels.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.INFO);
    DataValidation weights = at(validations, "H13:H21");
    assertThat(weights.getValidationConstraint().getValidationType())
        .isEqualTo(ValidationType.DECIMAL);
    assertThat(weights.getValidationConstraint().getFormula1()).isEqualTo("0");
    assertThat(at(validations, "D6:D9").getValidationConstraint().getValidationType())
        .isEqualTo(ValidationType.DECIMAL);
  }

  @Test
  void sichuansTemplateRatesQualitativeRowsOnTheFiveStepScale() throws Exception {
    Sheet sheet = written("sc-project-2023", dir.resolve("sc.xlsx"));

    assertThat(at(sheet.getDataValidations(), "G13").getValidationConstraint()
        .getExplicitListValues()).containsExactly("优", "良", "中", "低", "差");
  }

  @Test
  void aFileThatCannotBeWrittenIsSaidInTheUsersLanguageAndNothingIsLeftBehind() {
    Path missing = dir.resolve("no-such-folder").resolve("t.xlsx");
    Rulebook book = Rulebooks.byId("mof-project-2020").orElseThrow();

    assertThatThrownBy(() -> ExcelTemplates.write(book, 2021, missing))
        .isInstanceOfSatisfying(ExcelWriteException.class, e -> {
          assertThat(e.message(Locale.CHINESE)).isEqualTo("无法写出工作簿 " + missing
              + "：请确认所在文件夹存在且可写，并且该文件未被其他程序打开");
          assertThat(e.getCause()).isNotNull();
        });
    assertThat(dir.toFile().list()).isEmpty();
  }

  private static DataValidation at(List<? extends DataValidation> validations, String range) {
    CellRangeAddress wanted = CellRangeAddress.valueOf(range);
    return validations.stream().filter(v -> List.of(v.getRegions().getCellRangeAddresses())
        .contains(wanted)).findFirst().orElseThrow(() -> new AssertionError("no validation on "
            + range));
  }
}
