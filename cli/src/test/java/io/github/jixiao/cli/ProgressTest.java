package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar: drawn only when enabled (a terminal and a long batch), erased before any other
 * output and at the end.
 */
class ProgressTest {

  private static final String ERASE = "\r\033[K";
  private static final Pattern ENDS_WITH_BAR =
      Pattern.compile("(?s).*\r\\[[# ]{30}\\] \\d+/\\d+ [^\r\n]+");

  @Test
  void aDisabledBarPrintsNothing() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), 40, false);
    progress.clear();
    progress.advance(Path.of("a.json"));
    progress.clear();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anEnabledBarShowsEachFileDoneAndIsErasedBeforeTheNext() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), 2, true);
    progress.clear(); // nothing drawn yet: nothing to erase
    progress.advance(Path.of("dir", "a.json"));
    progress.clear();
    progress.advance(Path.of("dir", "b.json"));
    progress.clear();
    progress.clear(); // erased already

    assertThat(err.toString()).isEqualTo("\r[" + "#".repeat(15) + " ".repeat(15) + "] 1/2 a.json"
        + ERASE + "\r[" + "#".repeat(30) + "] 2/2 b.json" + ERASE);
  }

  @Test
  void onATerminalNoOutputLandsOnTheBarsLine(@TempDir Path dir) throws IOException {
    for (int i = 0; i < BatchCommand.PROGRESS_THRESHOLD + 1; i++) {
      Files.writeString(dir.resolve(String.format("e%02d.json", i)), i % 2 == 0 ? "{}"
          : Files.readString(JixiaoCommandLineTest.BAIYUN));
    }
    // a terminal: standard output and standard error interleave on one screen
    StringWriter screen = new StringWriter();
    int exit = Jixiao.commandLine(new PrintWriter(screen, true), new PrintWriter(screen, true),
        true).execute("validate", dir.toString());

    assertThat(exit).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(screen.toString()).contains("\r[#").endsWith("21 个文件：有效 10 个，无效 11 个，无法读取 0 个\n");
    for (String between : screen.toString().split(Pattern.quote(ERASE), -1)) {
      if (between.contains("\r[")) {
        assertThat(between).as("a bar is erased before anything else is written")
            .matches(ENDS_WITH_BAR);
      }
    }
  }

  @Test
  void aLongBatchOffATerminalDrawsNoBar(@TempDir Path dir) throws IOException {
    for (int i = 0; i < BatchCommand.PROGRESS_THRESHOLD + 1; i++) {
      Files.writeString(dir.resolve("e" + i + ".json"), "{}");
    }
    Cli.Run run = Cli.run("validate", dir.toString());

    assertThat(run.err()).doesNotContain("\r");
    assertThat(run.out()).contains("21 个文件：有效 0 个，无效 21 个，无法读取 0 个");
  }
}
