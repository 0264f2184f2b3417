package io.github.jixiao.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.excel.read.ExcelTables;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and damaged workbooks: each is a clear error naming the file in the user's language, or
 * a recorded assumption — never a stack trace, never a raw POI message, never half a document.
 */
class HostileWorkbooksTest {

  @TempDir
  Path dir;

  private static ExcelImportException refused(Path file) {
    try {
      ExcelTables.standard().read(file);
    } catch (ExcelImportException e) {
      assertThat(e.message(Locale.ENGLISH)).doesNotContain("Exception").doesNotContain("POI");
      return e;
    }
    throw new AssertionError(file + " was read");
  }

  @Test
  void aZipBombIsRefusedUnread() throws Exception {
    // a sheet of 64 MiB of blanks deflates to some 64 KiB: a ratio of 1 : 1000
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/content-types\"/>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] blanks = new byte[1 << 20];
      Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(blanks);
      }
    }
    assertThat(Files.size(bomb)).isLessThan(1 << 20);

    ExcelImportException e = refused(bomb);
    assertThat(e.message(Locale.CHINESE)).contains("bomb.xlsx").containsAnyOf("压缩炸弹", "已损坏");
  }

  @Test
  void aSheetOfAHundredThousandRowsIsRefusedBeforeItIsLoaded() throws Exception {
    Path big = dir.resolve("big.xlsx");
    try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(big)) {
      Sheet s = book.createSheet("项目1");
      for (int r = 0; r < 100_000; r++) {
        s.createRow(r).createCell(0).setCellValue(r);
      }
      book.write(out);
    }

    ExcelImportException e = refused(big);
    assertThat(e.message(Locale.CHINESE)).isEqualTo("big.xlsx：工作表 项目1 超过 10000 行，"
        + "自评表通常只有几百行：是否选错了文件？");
  }

  @Test
  void anXlsThatIsReallyHtmlATextFileAnEmptyFileATruncatedOneAndAFolderAreEachSaid()
      throws Exception {
    Path html = Files.writeString(dir.resolve("表.xls"), "<html><table><tr><td>一级指标</td></tr>"
        + "</table></html>");
    Path text = Files.writeString(dir.resolve("a.xlsx"), "一级指标,二级指标,三级指标\n");
    Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
    Path whole = FilledTemplate.write(dir);
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

    assertThat(refused(html).message(Locale.CHINESE)).endsWith("是以 Excel 文件名保存的网页（HTML）："
        + "请用 Excel 打开并另存为 .xlsx");
    assertThat(refused(text).message(Locale.ENGLISH)).endsWith("is not an Excel workbook (.xlsx"
        + " or .xls)");
    assertThat(refused(empty).message(Locale.ENGLISH)).endsWith("is empty: it is not a workbook");
    assertThat(refused(truncated).message(Locale.ENGLISH)).contains("cut.xlsx")
        .endsWith("is damaged or not a complete workbook: open it in Excel and save it again");
    assertThat(refused(dir).message(Locale.ENGLISH)).endsWith("is not a file");
  }

  @Test
  void aPasswordProtectedWorkbookIsRefusedSayingSo() throws Exception {
    Path file = dir.resolve("加密.xlsx");
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      var info = new org.apache.poi.poifs.crypt.EncryptionInfo(
          org.apache.poi.poifs.crypt.EncryptionMode.agile);
      var encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream os = encryptor.getDataStream(fs)) {
        book.createSheet("项目1").createRow(0).createCell(0).setCellValue("项目支出绩效自评表");
        book.write(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }

    assertThat(refused(file).message(Locale.CHINESE)).isEqualTo("加密.xlsx 设有密码：请取消密码保存后再导入");
  }

  @Test
  void aSheetWithNoHeaderFailsWithTheCellsItSawAndTheLayoutsItTried() throws Exception {
    Path file = dir.resolve("表.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet s = book.createSheet("Sheet1");
      s.createRow(0).createCell(0).setCellValue("2021年度项目自评汇总");
      s.createRow(1).createCell(1).setCellValue("项目数");
      book.write(out);
    }

    ExcelImportException e = refused(file);
    assertThat(e.message(Locale.CHINESE)).isEqualTo("表.xlsx：工作表 Sheet1 不是绩效可读取的"
        + "任何一种自评表表样（已尝试 A、B、C、D、F）；前 8 行所见表头单元格："
        + "Sheet1!A1 2021年度项目自评汇总、Sheet1!B2 项目数");
  }

  @Test
  void aFormulaWithNoCachedValueIsNotReadAsZero() throws Exception {
    Path file = FilledTemplate.write(dir);
    Path edited = dir.resolve("edited.xlsx");
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      // 全年执行数 as a formula a program wrote without computing it: no cached value
      var executed = book.getSheetAt(0).getRow(5).getCell(4);
      executed.setBlank();
      executed.setCellFormula("D6*0.9");
      try (OutputStream out = Files.newOutputStream(edited)) {
        book.write(out);
      }
    }

    // POI would give 0; the total row needs its amount executed, so the import stops there
    ExcelImportException e = refused(edited);
    assertThat(e.cell()).contains("项目1!E6");
    assertThat(e.message(Locale.CHINESE))
        .isEqualTo("edited.xlsx，项目1!E6：资金栏的合计行须载明预算数和执行数");
  }

  @Test
  void aNumberStoredAsTextADateAndAHiddenRowAreNotedOnTheDocument() throws Exception {
    Path file = FilledTemplate.write(dir);
    Path edited = dir.resolve("noted.xlsx");
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      Sheet s = book.getSheetAt(0);
      s.getRow(5).getCell(2).setCellValue("200");
      var date = s.getRow(12).getCell(6);
      date.setCellValue(java.time.LocalDate.of(2021, 10, 1));
      var style = book.createCellStyle();
      style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      date.setCellStyle(style);
      s.getRow(20).setZeroHeight(true);
      try (OutputStream out = Files.newOutputStream(edited)) {
        book.write(out);
      }
    }

    var e = ExcelTables.standard().read(edited).sheets().get(0).evaluation();
    var notes = e.getSource().orElseThrow().getNotes();
    assertThat(notes).anySatisfy(n -> {
      assertThat(n.getCell()).contains("项目1!C6");
      assertThat(n.getText()).isEqualTo("以文本存储的数字：按数字读取");
    });
    assertThat(notes).anySatisfy(n -> {
      assertThat(n.getCell()).contains("项目1!G13");
      assertThat(n.getText()).isEqualTo("此单元格为日期：按所显示的日期读取");
    });
    assertThat(notes).anySatisfy(n -> {
      assertThat(n.getCell()).contains("项目1!C21");
      assertThat(n.getText()).isEqualTo("第 21 行在 Excel 中为隐藏行：仍按指标行读取");
    });
    assertThat(e.getBudget().getInitial()).hasValueSatisfying(v -> assertThat(v)
        .isEqualByComparingTo("200"));
    // the date is no number of 人次: kept as written, and JX-208 will say so; never a 0
    var trainees = e.entry("T2.1.1").orElseThrow();
    assertThat(trainees.getActual()).isEmpty();
    assertThat(trainees.getActualWritten()).contains("2021-10-01");
  }

  @Test
  void aHostileIndicatorNameIsShownCutAndEscaped() throws Exception {
    Path file = FilledTemplate.write(dir);
    Path edited = dir.resolve("hostile.xlsx");
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      Sheet s = book.getSheetAt(0);
      // a right-to-left override (XML keeps it, unlike an ESC POI writes as "?") and a name of
      // 121 characters, on a row whose 分值 is gone
      s.getRow(12).getCell(2).setCellValue("\u202E" + "培训人次".repeat(30));
      s.getRow(12).getCell(7).setBlank();
      try (OutputStream out = Files.newOutputStream(edited)) {
        book.write(out);
      }
    }

    ExcelImportException e = refused(edited);
    assertThat(e.cell()).contains("项目1!H13");
    // 40 characters shown: the override written out as \u202E (1 of the 40), then 39 of the
    // name (9 × 培训人次 and 培训人), and the cut marked
    assertThat(e.message(Locale.CHINESE)).isEqualTo("hostile.xlsx，项目1!H13：指标 \\u202E"
        + "培训人次".repeat(9) + "培训人… 的分值栏没有分值（正数）");
  }

  @Test
  void mergedCellsAcrossTheHeaderReadTheirTopLeftValueAndAHiddenSheetIsSkipped()
      throws Exception {
    Path file = FilledTemplate.write(dir);
    Path edited = dir.resolve("merged.xlsx");
    try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
      Sheet s = book.getSheetAt(0);
      // 计量单位 merged into 年度指标值's header: the header reads 年度指标值 twice, no 计量单位
      s.addMergedRegion(CellRangeAddress.valueOf("E12:F12"));
      Sheet hidden = book.createSheet("隐藏");
      book.setSheetHidden(book.getSheetIndex(hidden), true);
      try (OutputStream out = Files.newOutputStream(edited)) {
        book.write(out);
      }
    }

    ImportResult result = ExcelTables.standard().read(edited);

    assertThat(result.skipped()).singleElement().satisfies(k -> {
      assertThat(k.sheet()).isEqualTo("隐藏");
      assertThat(k.reason(Locale.CHINESE)).isEqualTo("工作表 隐藏 为隐藏工作表：未读取");
    });
    // with no 计量单位 column, the unit is the one written after the number, none for 1000
    var trainees = result.sheets().get(0).evaluation().getIndicators().get(3);
    assertThat(trainees.getTarget()).hasValueSatisfying(t -> assertThat(t)
        .isEqualByComparingTo("1000"));
  }
}
