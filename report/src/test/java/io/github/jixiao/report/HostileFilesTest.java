package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.report.read.ReportFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and wrong files (恶意与错误的文件): each refused with a {@link ReportReadException} that
 * says what and where in Chinese and English — never a stack trace, never POI's or PDFBox's own
 * words — or read within bounded time and memory (the tests run in a 256 MB heap): an encrypted
 * PDF, one whose author forbids copying, a scan without text (not an empty draft), a 500-page
 * PDF, a .docx zip bomb, an old .doc, an encrypted Word file, a workbook, a web page, RTF,
 * binary data, an empty file, text in GB18030 (read, and noted) and in UTF-16.
 */
class HostileFilesTest {

  private static final String TEXT = "某单位2021年部门整体支出绩效自评报告";

  @TempDir
  Path dir;

  @Test
  void aPdfWithAPasswordIsRefusedSayingSo() throws IOException {
    Path file = protectedPdf("password.pdf", "secret", true);

    assertRefused(file, "report.read.pdf-password", "设有密码的 PDF", "protected by a password");
  }

  @Test
  void aPdfWhoseAuthorForbidsCopyingIsRefusedAndOneThatAllowsItIsRead() throws IOException {
    assertRefused(protectedPdf("no-copy.pdf", "", false), "report.read.pdf-copy-forbidden",
        "禁止复制文字", "forbids copying its text");
    assertThat(ReportFiles.standard().read(protectedPdf("copy.pdf", "", true)).paragraphs())
        .extracting(Paragraph::text).contains(TEXT);
  }

  @Test
  void aScanWithoutATextLayerIsRefusedAsNoTextNotReadAsAnEmptyDraft() throws IOException {
    Path file = dir.resolve("scan.pdf");
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < 2; p++) {
        doc.addPage(imagePage(doc));
      }
      doc.save(file.toFile());
    }

    assertRefused(file, "report.read.no-text", "2 页均无文字层（扫描件）：请先进行 OCR 文字识别",
        "no text layer on any of its 2 pages (a scan)");
  }

  @Test
  void pagesWithoutTextInAPdfWithTextAreNoted() throws IOException {
    Path file = dir.resolve("partly.pdf");
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(Reports.page(doc, Reports.songFont(), List.of(TEXT, "一、基本情况",
          "全年预算数 100 万元，执行数 90 万元。")));
      doc.addPage(imagePage(doc));
      doc.save(file.toFile());
    }

    DraftEvaluation draft = ReportDrafts.standard().draft(file);

    assertThat(draft.getExtraction().getNotes())
        .contains("有 1 页没有文字层（可能是扫描页）：第 2 页；其内容未读取");
    assertThat(draft.getExtraction().getReport().getPages()).contains(2);
    assertThat(draft.getExtraction().getItems()).filteredOn(i -> i.getItem().startsWith("budget"))
        .allSatisfy(i -> assertThat(i.getPage()).contains(1));
  }

  @Test
  void aFiveHundredPagePdfIsReadInBoundedTimeAndOneBeyondTheLimitIsRefusedUnread()
      throws IOException {
    List<List<String>> pages = new ArrayList<>();
    for (int p = 1; p <= 500; p++) {
      List<String> lines = new ArrayList<>();
      lines.add(p == 1 ? TEXT : "（" + p + "）工作情况");
      for (int l = 0; l < 20; l++) {
        lines.add("全年共召开会议" + l + "次，听取审议专项工作报告" + p + "项，发出审议意见若干份。");
      }
      lines.add(Integer.toString(p));
      pages.add(lines);
    }
    Path file = Reports.pdf(dir.resolve("long.pdf"), pages);

    ReportText text = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> ReportFiles.standard().read(file));
    assertThat(text.pages()).contains(500);
    // the page numbers a page ends with are set aside
    assertThat(text.paragraphs()).extracting(Paragraph::text).doesNotContain("500", "17");
    assertThat(text.paragraphs().get(text.paragraphs().size() - 1).page()).contains(500);

    ReportFiles strict = ReportFiles.standard().withLimits(new ReportLimits(64L << 20, 100,
        5_000_000));
    ReportReadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> refused(strict, file));
    assertThat(e.said().getKey()).isEqualTo("report.read.too-many-pages");
    assertThat(e.message(Locale.CHINESE)).contains("有 500 页，超过报告读取上限 100 页");
  }

  @Test
  void aWordZipBombIsRefusedUnread() throws IOException {
    Path file = dir.resolve("bomb.docx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\""
          + "rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\""
          + "/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
          + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r"
          + "Id1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
          + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 300; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThat(Files.size(file)).isLessThan(2L << 20);

    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertRefused(file,
        "report.read.zip-bomb", "压缩炸弹", "a zip bomb"));
  }

  @Test
  void aWordFileWithAnEntryInZstdIsRefusedAsDamagedNotAsALinkageError() throws Exception {
    // found by fuzzing: commons-compress opens zstd only with zstd-jni, which Jixiao does not
    // bring, and POI let its NoClassDefFoundError escape
    Path file = dir.resolve("zstd.docx");
    Files.copy(Path.of(HostileFilesTest.class.getResource("hostile/zstd-entry.docx").toURI()),
        file);

    assertRefused(file, "report.read.docx-damaged", "已损坏", "is damaged");
  }

  @Test
  void anOldWordDocumentIsRefusedWithTheFix() throws IOException {
    Path file = dir.resolve("report.doc");
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      fs.writeFilesystem(out);
    }

    assertRefused(file, "report.read.doc", "另存为 .docx", "save it as .docx");
  }

  @Test
  void anEncryptedWordDocumentIsRefusedSayingItHasAPassword() throws Exception {
    Path plain = Reports.docx(dir.resolve("plain.docx"), List.of(Reports.Para.of(TEXT)), List.of());
    Path file = dir.resolve("encrypted.docx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(Files.newInputStream(plain));
          OutputStream out = encryptor.getDataStream(fs)) {
        opc.save(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }

    assertRefused(file, "report.read.encrypted", "设有密码", "password-protected");
  }

  @Test
  void workbooksWebPagesRtfBinaryAndEmptyFilesAreNotReports() throws IOException {
    Path xlsx = dir.resolve("table.docx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
      book.createSheet("项目1").createRow(0).createCell(0).setCellValue("项目名称");
      book.write(out);
    }
    Path xls = dir.resolve("table.doc");
    try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
      book.createSheet("项目1");
      book.write(out);
    }
    assertRefused(xlsx, "report.read.not-word", "不是 Word 文档", "not a Word document");
    assertRefused(xls, "report.read.workbook", "Excel 工作簿", "an Excel workbook");
    assertRefused(write("page.docx", "<!DOCTYPE html><html><body>报告</body></html>"),
        "report.read.html", "网页", "a web page");
    assertRefused(write("report.rtf", "{\\rtf1\\ansi 报告}"), "report.read.rtf", "富文本",
        "rich-text");
    Path binary = dir.resolve("data.txt");
    Files.write(binary, new byte[] {'a', 0, 1, 2, 'b'});
    assertRefused(binary, "report.read.not-a-report", "不是绩效可读取的报告", "is not a report");
    assertRefused(write("empty.txt", ""), "report.read.empty", "空文件", "is empty");
    assertRefused(write("blank.txt", " \n\n \n"), "report.read.blank", "没有任何文字", "no text");
    assertRefused(dir, "report.read.not-a-file", "不是文件", "is not a file");
  }

  @Test
  void damagedPdfsAndWordFilesAreRefusedAsDamaged() throws IOException {
    Path word = Reports.docx(dir.resolve("whole.docx"), List.of(Reports.Para.of(TEXT)),
        List.of());
    byte[] bytes = Files.readAllBytes(word);
    Path cut = dir.resolve("cut.docx");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    assertRefused(cut, "report.read.docx-damaged", "已损坏", "is damaged");

    Path pdf = write("cut.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog");
    assertRefused(pdf, "report.read.pdf-damaged", "已损坏或不是完整的 PDF", "not a complete PDF");
  }

  @Test
  void textInGb18030IsReadAndNotedAndTextInUtf16IsRefused() throws IOException {
    Path gb = dir.resolve("gb.txt");
    Files.write(gb, String.join("\n", TEXT, "一、基本情况", "全年预算数 100 万元，执行数 90 万元。")
        .getBytes(Charset.forName("GB18030")));
    DraftEvaluation draft = ReportDrafts.standard().draft(gb);
    assertThat(draft.getExtraction().getReport().getEncoding()).contains("GB18030");
    assertThat(draft.getExtraction().getNotes())
        .contains("文件不是 UTF-8 编码：已按 GB18030（中文版 Windows 的编码）读取");
    assertThat(draft.getEvaluation().orElseThrow().getBudget().getFullYear())
        .isEqualByComparingTo("100");

    Path utf16 = dir.resolve("utf16.txt");
    Files.write(utf16, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE));
    assertRefused(utf16, "report.read.utf16", "UTF-16", "UTF-16");

    Path neither = dir.resolve("neither.txt");
    Files.write(neither, new byte[] {'a', (byte) 0xFF, (byte) 0xFF, 'b'});
    assertRefused(neither, "report.read.encoding", "既不是 UTF-8 也不是 GB18030", "neither UTF-8");
  }

  @Test
  void aFileOrATextBeyondItsLimitIsRefusedNamingTheLimit() throws IOException {
    Path file = write("big.txt", TEXT + "\n" + "全年预算数 100 万元。".repeat(100));
    ReportFiles small = ReportFiles.standard().withLimits(new ReportLimits(1000, 10, 5_000_000));
    ReportFiles short_ = ReportFiles.standard().withLimits(new ReportLimits(1L << 20, 10, 100));

    assertThat(refused(small, file).message(Locale.CHINESE)).contains("超过报告读取上限 1000 字节");
    assertThat(refused(short_, file).said().getKey()).isEqualTo("report.read.too-much-text");
  }

  private Path protectedPdf(String name, String user, boolean mayCopy) throws IOException {
    Path file = dir.resolve(name);
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(Reports.page(doc, Reports.songFont(), List.of(TEXT)));
      AccessPermission permission = new AccessPermission();
      permission.setCanExtractContent(mayCopy);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", user, permission);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  private static PDPage imagePage(PDDocument doc) throws IOException {
    PDPage page = new PDPage();
    BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
    image.getGraphics().fillRect(10, 10, 40, 5);
    PDImageXObject scan = LosslessFactory.createFromImage(doc, image);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      content.drawImage(scan, 50, 400, 300, 400);
    }
    return page;
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static ReportReadException refused(ReportFiles files, Path file) {
    try {
      files.read(file);
    } catch (ReportReadException e) {
      return e;
    }
    throw new AssertionError("read: " + file);
  }

  /** Refused by reading and by drafting, with {@code key}, in words of both languages. */
  private static void assertRefused(Path file, String key, String chinese, String english) {
    ReportReadException read = refused(ReportFiles.standard(), file);
    ReportReadException drafted;
    try {
      ReportDrafts.standard().draft(file);
      throw new AssertionError("drafted: " + file);
    } catch (ReportReadException e) {
      drafted = e;
    }
    for (ReportReadException e : List.of(read, drafted)) {
      Message said = e.said();
      assertThat(said.getKey()).as(file.toString()).isEqualTo(key);
      String zh = e.message(Locale.CHINESE);
      String en = e.message(Locale.ENGLISH);
      String name = String.valueOf(file.getFileName());
      assertThat(zh).startsWith(name).contains(chinese);
      assertThat(en).startsWith(name).contains(english);
      assertThat(en.replace(name, "")).doesNotContainPattern("\\p{IsHan}");
      for (String text : List.of(zh, en, e.getMessage())) {
        assertThat(text).doesNotContain("Exception", "org.apache", "\tat ", "POI", "PDFBox");
      }
      assertThat(e.file()).isEqualTo(name);
    }
  }
}
