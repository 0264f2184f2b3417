package io.github.jixiao.excel.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.FundingLine;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scored training project as a workbook: the unit's columns, the rules' 复核得分 beside its 得分,
 * the difference shaded, and a findings sheet whose rows link to the cells.
 */
class ExcelReportsTest {

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /**
   * A training project, 2021: budget 200 万元 (当年财政拨款 150 + 上年结转 50), executed 180; 培训人次
   * ≥ 1000, 800 done, claimed 28 of 30; 培训合格 达成, claimed 18 of 20; 满意度 ≥ 90 %, 85 %,
   * claimed 9.44; the unit's total 88.44 with 10 for execution.
   */
  static SelfEvaluation training() {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .title("基层干部培训项目")
        .department(Department.builder().code("219").name("219-某市财政局").level(
            GovernmentLevel.MUNICIPAL).region("安徽省合肥市").kind(DepartmentKind.ADMINISTRATIVE)
            .build())
        .budget(Budget.builder().fullYear(d("200")).executed(d("180"))
            .addFunding(FundingLine.builder().source(FundingSource.CURRENT_APPROPRIATION)
                .fullYear(d("150")).executed(d("140")).build())
            .addFunding(FundingLine.builder().source(FundingSource.CARRIED_OVER)
                .fullYear(d("50")).executed(d("40")).build())
            .build())
        .addIndicators(
            leaf("1", "预算执行率", 1, null, "10", Direction.AT_LEAST, "100", "%"),
            group("T2", "产出指标", 1, null, "50"), group("T2.1", "数量指标", 2, "T2", "30"),
            leaf("T2.1.1", "培训人次", 3, "T2.1", "30", Direction.AT_LEAST, "1000", "人次"),
            group("T2.2", "质量指标", 2, "T2", "20"),
            group("T2.2.1", "培训合格", 3, "T2.2", "20"),
            group("T4", "满意度指标", 1, null, "10"), group("T4.1", "服务对象满意度指标", 2, "T4", "10"),
            leaf("T4.1.1", "学员满意度", 3, "T4.1", "10", Direction.AT_LEAST, "90", "%"))
        .addEntries(
            IndicatorEntry.builder().indicatorCode("1").claimedScore(d("10")).build(),
            IndicatorEntry.builder().indicatorCode("T2.1.1").actual(d("800"))
                .claimedScore(d("28")).build(),
            IndicatorEntry.builder().indicatorCode("T2.2.1").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("18")).build(),
            IndicatorEntry.builder().indicatorCode("T4.1.1").actual(d("85"))
                .claimedScore(d("9.44")).deviationReason("部分学员对课程安排不满意").build())
        .claimedTotal(d("65.44"))
        .build();
  }

  private static Indicator group(String code, String name, int level, String parent,
      String weight) {
    Indicator.Builder i = Indicator.builder().code(code).name(name).level(level)
        .weight(d(weight)).kind(IndicatorKind.QUALITATIVE);
    return (parent == null ? i : i.parentCode(parent)).build();
  }

  private static Indicator leaf(String code, String name, int level, String parent,
      String weight, Direction direction, String target, String unit) {
    Indicator.Builder i = Indicator.builder().code(code).name(name).level(level)
        .weight(d(weight)).kind(IndicatorKind.QUANTITATIVE).direction(direction)
        .target(d(target)).unit(unit);
    return (parent == null ? i : i.parentCode(parent)).build();
  }

  @Test
  void theComputedScoreStandsBesideTheClaimedOneAndADifferenceIsShadedAndLinked()
      throws Exception {
    SelfEvaluation training = training();
    Rulebook national = Rulebooks.mofProject2020();
    ScoreCard card = Scorer.standard().score(training, national);
    CheckReport report = Checks.standard().run(training, national);
    Path file = dir.resolve("评分结果.xlsx");

    ExcelReports.write(List.of(new ExcelReports.Scored(training, card, report)), Locale.CHINESE,
        file);

    try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = workbook.getSheet("项目1");
      Row header = sheet.getRow(11);
      assertThat(List.of(text(header, 8), text(header, 9), text(header, 10), text(header, 11)))
          .containsExactly("得分", "复核得分", "差异", "偏差原因分析及改进措施");
      // 执行率 180 ÷ 200 = 90 %: 10 × 90 % = 9.00 against the unit's 10, shaded.
      Row money = sheet.getRow(5);
      assertThat(money.getCell(7).getNumericCellValue()).isEqualTo(10.0);
      assertThat(money.getCell(8).getNumericCellValue()).isEqualTo(9.0);
      assertThat(money.getCell(7).getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.SOLID_FOREGROUND);
      assertThat(text(sheet.getRow(6), 1)).isEqualTo("其中：当年财政拨款");
      assertThat(sheet.getRow(6).getCell(3).getNumericCellValue()).isEqualTo(150.0);
      // 培训人次 ≥ 1000, 800: 30 × 800 ÷ 1000 = 24.00 against the claimed 28: 差异 4.
      Row trainees = sheet.getRow(12);
      assertThat(text(trainees, 0)).isEqualTo("产出指标(50分)");
      assertThat(text(trainees, 2)).isEqualTo("培训人次");
      assertThat(text(trainees, 3)).isEqualTo("≥");
      assertThat(trainees.getCell(4).getNumericCellValue()).isEqualTo(1000.0);
      assertThat(trainees.getCell(6).getNumericCellValue()).isEqualTo(800.0);
      assertThat(trainees.getCell(8).getNumericCellValue()).isEqualTo(28.0);
      assertThat(trainees.getCell(9).getNumericCellValue()).isEqualTo(24.0);
      assertThat(trainees.getCell(10).getNumericCellValue()).isEqualTo(4.0);
      assertThat(trainees.getCell(8).getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.SOLID_FOREGROUND);
      // 培训合格 达成 with 18 of 20: inside 80–100 %, taken; not shaded.
      Row passed = sheet.getRow(13);
      assertThat(text(passed, 3)).isEqualTo("定性");
      assertThat(text(passed, 6)).isEqualTo("达成");
      assertThat(passed.getCell(9).getNumericCellValue()).isEqualTo(18.0);
      assertThat(passed.getCell(8).getCellStyle().getFillPattern())
          .isEqualTo(FillPatternType.NO_FILL);
      // 满意度 85 of ≥ 90: 10 × 85 ÷ 90 = 9.444… → 9.44, as claimed.
      assertThat(sheet.getRow(14).getCell(9).getNumericCellValue()).isEqualTo(9.44);
      assertThat(text(sheet.getRow(14), 11)).isEqualTo("部分学员对课程安排不满意");
      // 总分: the table has no 效益, and the national form moves its 30 points to the other
      // level-1 indicators in proportion, 10 : 50 : 10 — which raises each by 100 ÷ 70 — so
      // (9.00 + 24.00 + 18.00 + 9.44) × 100 ÷ 70 = 60.44 × 100 ÷ 70 = 86.342… → 86.34 against
      // the unit's 65.44.
      Row total = sheet.getRow(15);
      assertThat(text(total, 0)).isEqualTo("总分");
      assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(65.44);
      assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(86.34);

      Sheet findings = workbook.getSheet("审核发现");
      assertThat(text(findings.getRow(0), 4)).isEqualTo("单元格");
      Row claimedVsRules = rowWith(findings, "JX-301", "$.entries[1].claimedScore");
      Cell link = claimedVsRules.getCell(4);
      assertThat(link.getStringCellValue()).isEqualTo("项目1!I13");
      assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
      assertThat(link.getHyperlink().getAddress()).isEqualTo("项目1!I13");
      assertThat(text(claimedVsRules, 7)).contains("培训人次");
    }
  }

  @Test
  void aTextBeyondWhatACellHoldsIsCutWithAMarkAndUnsafeSheetNamesAreMadeSafe() throws Exception {
    SelfEvaluation long40k = training().withEntry("T4.1.1",
        e -> e.withDeviationReason("原因".repeat(20_000)));
    SelfEvaluation named = long40k.withSource(io.github.jixiao.core.TableSource.builder()
        .file("x.xlsx").sheet("'项目:一/二'").layout("A").build());
    Rulebook national = Rulebooks.mofProject2020();
    ExcelReports.Scored one = new ExcelReports.Scored(named,
        Scorer.standard().score(named, national), Checks.standard().run(named, national));
    Path file = dir.resolve("long.xlsx");

    ExcelReports.write(List.of(one, one), Locale.ENGLISH, file);

    try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
      // POI's safe name: ':' and '/' become '_', and so do the apostrophes at the ends (a sheet
      // name may not start or end with one); the second sheet of the same name is numbered.
      assertThat(workbook.getSheetName(0)).isEqualTo("_项目_一_二_");
      assertThat(workbook.getSheetName(1)).isEqualTo("_项目_一_二_(2)");
      assertThat(workbook.getSheetName(2)).isEqualTo("审核发现");
      String reason = text(workbook.getSheetAt(0).getRow(14), 11);
      assertThat(reason).hasSize(32_767).endsWith("……（超过单元格容量，已截断）");
    }
  }

  private static Row rowWith(Sheet sheet, String code, String path) {
    for (Row row : sheet) {
      if (row.getCell(2) != null && code.equals(row.getCell(2).getStringCellValue())
          && row.getCell(6) != null && path.equals(row.getCell(6).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no finding " + code + " at " + path);
  }

  private static String text(Row row, int column) {
    return row.getCell(column).getStringCellValue();
  }
}
