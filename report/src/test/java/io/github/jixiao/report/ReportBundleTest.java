package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.BundleAudit;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.message.MessageBundles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The bundle of jixiao-report is sound: the same keys in both languages, every key its sources
 * name exists and every key is used — an item's name ({@code report.item.budget.fullYear}) is
 * made from the item, so those keys are listed — and no Chinese text holds an English word but
 * the names of file formats and encodings a user sees.
 */
class ReportBundleTest {

  /** Data in a Chinese message: file formats, encodings, and what OCR is called. */
  private static final String[] DATA = {"Word", "PDF", "Office", "Excel", "HTML", "RTF", ".docx",
      ".doc", ".txt", ".md", "UTF-8", "UTF-16", "GB18030", "Windows", "OCR", "docx", "doc", "txt",
      "md"};

  /** The items a note may name, by the keys made from them. */
  static final List<String> ITEMS = List.of("title", "project.name", "department.name",
      "fiscalYear", "kind", "budget", "budget.fullYear", "budget.initial", "budget.executed",
      "budget.rate", "claimedTotal", "claimedGrade", "statedFigure", "claim", "problems",
      "improvements", "duties", "units", "staffing.authorisedPosts", "staffing.staffInPost",
      "evaluation");

  @Test
  void theBundleIsSoundInBothLanguages() throws IOException {
    List<String> computed = new ArrayList<>();
    ITEMS.forEach(i -> computed.add("report.item." + i));
    assertThat(BundleAudit.of("io.github.jixiao.report.messages")
        .usedIn(Path.of("src/main/java")).prefixes("report.").computed(computed)
        .allowInChinese(DATA).problems()).isEmpty();
  }

  @Test
  void theBundleIsRegisteredThroughItsProvider() {
    assertThat(MessageBundles.problems()).isEmpty();
    assertThat(Message.of("report.read.doc", Argument.text("file", "报告.doc"))
        .render(Locale.CHINESE))
        .isEqualTo("报告.doc 是旧版 Word 文档（.doc）：请在 Word 中打开，另存为 .docx 后重新读取");
    assertThat(Message.of("report.read.doc", Argument.text("file", "report.doc"))
        .render(Locale.ENGLISH)).isEqualTo("report.doc is an old Word document (.doc): open it in"
        + " Word, save it as .docx and read it again");
  }
}
