package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao render --format xlsx -o FILE}: the seed's score card and findings as a workbook. */
class RenderXlsxCliTest {

  @TempDir
  Path dir;

  @Test
  void theSeedsCardIsWrittenWithTheComputedTotalBesideTheClaimedOneAndItsFindings()
      throws Exception {
    Path file = dir.resolve("baiyun.xlsx");

    Cli.Run run = Cli.run("render", "--format", "xlsx", "-o", file.toString(),
        Cli.BAIYUN.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(file.toString());
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      Sheet sheet = book.getSheet("项目1");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门整体支出绩效自评表");
      Row total = null;
      for (Row row : sheet) {
        if (row.getCell(0) != null && "总分".equals(row.getCell(0).getStringCellValue())) {
          total = row;
        }
      }
      // The report claims 94; the rules give 89.72 (README, the seed's card).
      assertThat(total).isNotNull();
      assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(94.0);
      assertThat(total.getCell(9).getNumericCellValue()).isEqualTo(89.72);
      Sheet findings = book.getSheet("审核发现");
      assertThat(findings.getLastRowNum()).isGreaterThan(1);
      assertThat(findings.getRow(1).getCell(7).getStringCellValue()).contains("复核总分 89.72");
    }
  }

  @Test
  void xlsxWithoutAnOutputFileAndAnOutputFileWithoutXlsxAreRefused() {
    Cli.Run noFile = Cli.run("render", "--format", "xlsx", Cli.BAIYUN.toString());
    Cli.Run noFormat = Cli.run("render", "-o", dir.resolve("x.xlsx").toString(), "--lang", "en",
        Cli.BAIYUN.toString());

    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("--format xlsx 写出工作簿：请用 -o 指定要写出的文件");
    assertThat(noFormat.exit()).isEqualTo(2);
    assertThat(noFormat.err()).contains("-o is for a workbook: add --format xlsx");
    assertThat(dir.resolve("x.xlsx")).doesNotExist();
  }
}
