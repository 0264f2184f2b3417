package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao template}: the blank table of a rulebook, read back by POI with its drop-downs. */
class TemplateCliTest {

  @TempDir
  Path dir;

  @Test
  void theNationalFormsTemplateIsWrittenWithItsDropDownsInPlace() throws Exception {
    Path file = dir.resolve("t.xlsx");

    Cli.Run run = Cli.run("template", "mof-project-2020", "-o", file.toString(), "--year", "2021");

    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("mof-project-2020").contains("2021");
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("（2021年度）");
      List<? extends DataValidation> validations = sheet.getDataValidations();
      assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint()
          .getExplicitListValues()).containsExactly("≥", ">", "=", "≤", "<", "定性"));
      assertThat(validations).anySatisfy(v -> assertThat(v.getValidationConstraint()
          .getExplicitListValues()).containsExactly("达成", "部分达成", "未达成"));
    }
  }

  @Test
  void anUnknownRulebookAndAFolderThatDoesNotExistAreBadInputWithNothingWritten() {
    Path file = dir.resolve("t.xlsx");

    Cli.Run unknown = Cli.run("template", "no-such-book", "-o", file.toString());
    Cli.Run nowhere = Cli.run("template", "mof-project-2020", "-o",
        dir.resolve("missing").resolve("t.xlsx").toString(), "--lang", "en");

    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("no-such-book").contains("mof-project-2020");
    assertThat(nowhere.exit()).isEqualTo(2);
    assertThat(nowhere.err()).contains("cannot write the workbook").contains("missing");
    assertThat(file).doesNotExist();
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void aYearOutsideTheFiscalYearsIsRefused() {
    Cli.Run run = Cli.run("template", "mof-project-2020", "-o", dir.resolve("t.xlsx").toString(),
        "--year", "1999");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--year 1999: 年度应在 2000 至 2100 之间");
  }
}
