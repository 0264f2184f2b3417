package io.github.jixiao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.BundleAudit;
import io.github.jixiao.core.message.MessageBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundles of jixiao-excel are sound: the safe opening's ({@code io.github.jixiao.excel.read
 * .messages}), the layouts' ({@code io.github.jixiao.excel.messages}) and the writer's ({@code io.github.jixiao.excel.write.messages}) have the same keys
 * in both languages, every key their sources name exists and every key is used, and no Chinese
 * text holds an English word but the data a user sees in a workbook.
 */
class ExcelBundlesTest {

  /** Data in a Chinese message: file formats and the product's name. */
  private static final String[] DATA = {"Excel", "HTML", ".xlsx", ".xls", "xlsx", "xls",
      "Jixiao", "OCR"};

  @Test
  void theImportersBundleIsSoundInBothLanguages() throws IOException {
    assertThat(BundleAudit.of("io.github.jixiao.excel.read.messages")
        .usedIn(Path.of("src/main/java/io/github/jixiao/excel/internal"),
            Path.of("src/main/java/io/github/jixiao/excel/layout")).prefixes("excel.read.")
        .allowInChinese(DATA).problems()).isEmpty();
  }

  @Test
  void theLayoutsBundleIsSoundInBothLanguages() throws IOException {
    assertThat(BundleAudit.of("io.github.jixiao.excel.messages")
        .usedIn(Path.of("src/main/java/io/github/jixiao/excel")).prefixes("excel.layout.")
        .allowInChinese(DATA).problems()).isEmpty();
  }

  @Test
  void theWritersBundleIsSoundInBothLanguages() throws IOException {
    assertThat(BundleAudit.of("io.github.jixiao.excel.write.messages")
        .usedIn(Path.of("src/main/java/io/github/jixiao/excel/write")).prefixes("excel.write.")
        .allowInChinese(DATA).problems()).isEmpty();
  }

  @Test
  void theBundlesAreRegisteredThroughTheirProviders() {
    assertThat(MessageBundles.problems()).isEmpty();
    assertThat(io.github.jixiao.core.message.Message.of("excel.read.html",
        io.github.jixiao.core.message.Argument.text("file", "表.xls")).render(Locale.CHINESE))
        .isEqualTo("表.xls 是以 Excel 文件名保存的网页（HTML）：请用 Excel 打开并另存为 .xlsx");
  }
}
