package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.cli.Cli.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the help comes from the bundle (picocli's resource bundle support) in the language of
 * {@code --lang}, never the machine's; every command's help, and what is said of a command line
 * that cannot be understood, is in one language apart from the names of commands, options and
 * their values ({@link OneLanguage#ofTheCommandLine()}).
 */
class HelpLanguageTest {

  private static final List<String> COMMANDS =
      List.of("score", "check", "validate", "render", "schema", "help");

  /** {@code jixiao --help}, {@code jixiao score --help}, …, and {@code jixiao help score}. */
  private static List<Run> everyHelp(String lang) {
    List<Run> runs = new ArrayList<>();
    runs.add(Cli.run("--help", "--lang", lang));
    for (String command : COMMANDS) {
      runs.add(Cli.run(command, "--help", "--lang", lang));
    }
    runs.add(Cli.run("help", "score", "--lang", lang));
    return runs;
  }

  @Test
  void theChineseHelpOfEveryCommandHoldsNoEnglishWord() {
    OneLanguage domain = OneLanguage.ofTheCommandLine();
    for (Run run : everyHelp("zh")) {
      assertThat(run.out()).startsWith("用法：jixiao");
      assertThat(domain.englishIn(run.out())).isEmpty();
      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isEqualTo(Jixiao.OK);
    }
  }

  @Test
  void theEnglishHelpOfEveryCommandHoldsNoChinese() {
    OneLanguage domain = OneLanguage.ofTheCommandLine();
    for (Run run : everyHelp("en")) {
      assertThat(run.out()).startsWith("Usage: jixiao");
      assertThat(domain.chineseIn(run.out())).isEmpty();
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void theHelpIsChineseByDefaultAndTheLastLangDecides() {
    assertThat(Cli.run("score", "--help").out()).startsWith("用法：jixiao score ")
        .contains("      --json                 标准输出上机器可读的 JSON：每个结果一行，均为文档。");
    assertThat(Cli.run("--lang", "zh", "score", "--help", "--lang=EN").out())
        .startsWith("Usage: jixiao score ")
        .contains("      --json               Machine-readable JSON on standard output: one\n"
            + "                             document a line (JSON Lines).");
  }

  @Test
  void aLabelOfChineseCharactersKeepsTheHelpAligned() {
    List<String> lines = Cli.run("render", "--help").outLines();

    // 文件 takes four columns on a terminal: every description starts at column 29, and the
    // synopsis goes on below the first word after "用法：jixiao render " (20 columns)
    assertThat(lines).contains(
        "      文件                   一份绩效自评文档。",
        "      --lang=zh|en           输出语言：zh（中文，默认）或 en（英文）。",
        "      --rulebook=编号|文件   评分办法：目录中评分办法的编号（mof-project-2020、",
        "                    [--format=markdown|html|xlsx] [--lang=zh|en] [-o=文件]",
        "                    [--rulebook=编号|文件] [--rulebooks=目录]",
        "                    [--split=编号=分值,分值…]... 文件");
  }

  @Test
  void aCommandLineThatCannotBeUnderstoodIsSaidInItsLanguage() {
    Run missing = Cli.run("score", "--lang", "en");
    Run unknown = Cli.run("score", "--frobnicate", Cli.BAIYUN.toString());
    Run notAllowed = Cli.run("render", "--format", "pdf", "--lang", "en", Cli.BAIYUN.toString());
    Run noCommand = Cli.run();
    Run misspelt = Cli.run("valdate", "--lang", "en");

    assertThat(missing.errLines().get(0)).isEqualTo("jixiao score: missing FILE");
    assertThat(unknown.errLines().get(0)).isEqualTo("jixiao score: 没有选项 --frobnicate");
    assertThat(notAllowed.errLines().get(0))
        .isEqualTo("jixiao render: --format: 'pdf' is not allowed; one of: markdown, html, xlsx");
    assertThat(noCommand.errLines().get(0)).isEqualTo("jixiao: 未指定命令；可用命令见下");
    assertThat(misspelt.errLines()).containsExactly("jixiao: unknown command 'valdate'",
        "did you mean: validate, template?");
    OneLanguage domain = OneLanguage.ofTheCommandLine();
    for (Run english : List.of(missing, notAllowed, misspelt)) {
      assertThat(domain.chineseIn(english.err())).isEmpty();
      assertThat(english.exit()).isEqualTo(Jixiao.BAD_INPUT);
    }
    domain.also("--frobnicate"); // what the user typed
    for (Run chinese : List.of(unknown, noCommand)) {
      assertThat(domain.englishIn(chinese.err())).isEmpty();
      assertThat(chinese.exit()).isEqualTo(Jixiao.BAD_INPUT);
    }
  }
}
