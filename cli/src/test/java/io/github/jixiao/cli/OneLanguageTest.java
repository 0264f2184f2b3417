package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, "done when": {@code jixiao score --lang zh} and {@code --lang en} on the Baiyun seed,
 * and {@code jixiao validate} on a broken copy of it, print text in one language only, apart
 * from domain data ({@link OneLanguage}): standard output and standard error, every line; and so
 * do the rendered 自评表 ({@code render}) and the check report ({@code check}).
 */
class OneLanguageTest {

  @TempDir
  Path dir;

  @Test
  void scoreInChineseHoldsNoEnglishWord() {
    Run run = Cli.run("score", "--lang", "zh", Cli.BAIYUN.toString());

    OneLanguage domain = OneLanguage.of(Cli.BAIYUN);
    assertThat(run.out()).contains("总分 89.72 / 100");
    assertThat(domain.englishIn(run.out())).isEmpty();
    assertThat(domain.englishIn(run.err())).isEmpty();
  }

  @Test
  void scoreInEnglishHoldsNoChinese() {
    Run run = Cli.run("score", "--lang", "en", Cli.BAIYUN.toString());

    OneLanguage domain = OneLanguage.of(Cli.BAIYUN);
    assertThat(run.out()).contains("Total 89.72 of 100");
    assertThat(domain.chineseIn(run.out())).isEmpty();
    assertThat(domain.chineseIn(run.err())).isEmpty();
  }

  @Test
  void theRenderedTableAndTheCheckReportInChineseHoldNoEnglishWord() {
    OneLanguage domain = OneLanguage.of(Cli.BAIYUN);
    Run table = Cli.run("render", "--lang", "zh", Cli.BAIYUN.toString());
    assertThat(table.out()).contains("| 1 履职效能 | 1.1 重点工作办结率 |");
    assertThat(domain.englishIn(table.out())).isEmpty();
    assertThat(domain.englishIn(table.err())).isEmpty();

    Run check = Cli.run("check", "--lang", "zh", Cli.BAIYUN.toString());
    assertThat(check.out()).contains("审核发现：错误 2，警告 2，提示 18");
    assertThat(domain.englishIn(check.out())).isEmpty();
    assertThat(domain.englishIn(check.err())).isEmpty();
  }

  @Test
  void theRenderedTableAndTheCheckReportInEnglishHoldNoChinese() {
    OneLanguage domain = OneLanguage.of(Cli.BAIYUN);
    Run table = Cli.run("render", "--lang", "en", Cli.BAIYUN.toString());
    assertThat(table.out()).contains("| Level 1 | Level 2 | Level 3 | Weight | Claimed | Points |"
        + " Explanation |");
    assertThat(domain.chineseIn(table.out())).isEmpty();
    assertThat(domain.chineseIn(table.err())).isEmpty();

    Run check = Cli.run("check", "--lang", "en", Cli.BAIYUN.toString());
    assertThat(check.out()).contains("findings: 2 errors, 2 warnings, 18 info");
    assertThat(domain.chineseIn(check.out())).isEmpty();
    assertThat(domain.chineseIn(check.err())).isEmpty();
  }

  /**
   * The seed with a number written as a text and a field name misspelt: three problems, the text,
   * the unknown field and the required one now missing.
   */
  private Path broken() throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(Cli.BAIYUN)
        .replace("\"fullYear\": 3306.19", "\"fullYear\": \"3306.19\"")
        .replace("\"executed\": 3212.37", "\"excuted\": 3212.37"));
    return broken;
  }

  @Test
  void validateOfABrokenCopyInChineseHoldsNoEnglishWord() throws IOException {
    Path broken = broken();

    Run run = Cli.run("validate", broken.toString());

    OneLanguage domain = OneLanguage.of(broken).withFieldNames();
    assertThat(run.err()).contains("$.budget.fullYear: ", "$.budget.excuted: ");
    assertThat(run.out()).contains("无效，");
    assertThat(domain.englishIn(run.out())).isEmpty();
    assertThat(domain.englishIn(run.err())).isEmpty();
  }

  @Test
  void validateOfABrokenCopyInEnglishHoldsNoChinese() throws IOException {
    Path broken = broken();

    Run run = Cli.run("validate", "--lang", "en", broken.toString());

    OneLanguage domain = OneLanguage.of(broken).withFieldNames();
    assertThat(run.err()).contains("$.budget.fullYear: ", "$.budget.excuted: ");
    assertThat(run.out()).contains("invalid, 3 problems");
    assertThat(domain.chineseIn(run.out())).isEmpty();
    assertThat(domain.chineseIn(run.err())).isEmpty();
  }
}
