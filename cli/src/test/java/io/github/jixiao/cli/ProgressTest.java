package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn only when enabled (a terminal and a long batch), erased at the end. */
class ProgressTest {

  @Test
  void aDisabledBarPrintsNothing() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), 40, false);
    progress.step(Path.of("a.json"));
    progress.done();

    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anEnabledBarDrawsItsStepsOnOneLineAndErasesItself() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), 2, true);
    progress.step(Path.of("dir", "a.json"));
    progress.step(Path.of("dir", "b.json"));
    progress.done();

    assertThat(err.toString()).isEqualTo("\r[" + " ".repeat(30) + "] 0/2 a.json"
        + "\r[" + "#".repeat(15) + " ".repeat(15) + "] 1/2 b.json" + "\r\033[K");
  }

  @Test
  void aLongBatchOffATerminalDrawsNoBar(@org.junit.jupiter.api.io.TempDir Path dir)
      throws java.io.IOException {
    for (int i = 0; i < BatchCommand.PROGRESS_THRESHOLD + 1; i++) {
      java.nio.file.Files.writeString(dir.resolve("e" + i + ".json"), "{}");
    }
    JixiaoCommandLineTest.Run run = JixiaoCommandLineTest.run("validate", dir.toString());

    assertThat(run.err()).doesNotContain("\r");
    assertThat(run.out()).contains("21 个文件：有效 0 个，无法读取 21 个");
  }
}
