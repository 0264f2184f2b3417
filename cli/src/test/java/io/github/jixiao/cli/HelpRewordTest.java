package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the help is rendered from the same bundle as every other message, so a deployment
 * rewords it as it rewords any message (改写措辞): a file of the bundle's name earlier on the class
 * path, holding only the keys it changes. Run as a program of its own, with such a directory
 * first on its class path.
 */
class HelpRewordTest {

  @Test
  void aBundleEarlierOnTheClassPathRewordsOneOptionOfTheHelp(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("io/github/jixiao/cli/messages_zh.properties");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "cli.option.json=以 JSON 格式输出，供其他系统读取。\n",
        StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp",
        dir + File.pathSeparator + System.getProperty("java.class.path"),
        Jixiao.class.getName(), "score", "--help").redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(out).contains("      --json                 以 JSON 格式输出，供其他系统读取。")
        .contains("      --lang=zh|en           输出语言：zh（中文，默认）或 en（英文）。");
    assertThat(process.exitValue()).isEqualTo(Jixiao.OK);
  }
}
