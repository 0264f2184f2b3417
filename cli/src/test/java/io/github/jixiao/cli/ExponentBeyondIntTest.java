package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.cli.Cli.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "done when": {@code validate D2-exponent-beyond-int.json evaluation.json} reports the
 * bad file on one line, validates the good one, prints the summary and exits 2 — in-process, and
 * as a program of its own with a 256 MB heap.
 */
class ExponentBeyondIntTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path D2 = Cli.reproducer("D2-exponent-beyond-int.json");

  private static void assertOneLineForTheBadFileAndTheGoodOneValidated(int exit, String out,
      String err) {
    List<String> errLines = err.lines().toList();
    assertThat(errLines).hasSize(1);
    assertThat(errLines.get(0)).startsWith(D2 + ":").doesNotContain("Exception:");
    assertThat(out.lines().toList()).containsExactly(
        D2 + ": invalid, 1 problem (on standard error)",
        Cli.BAIYUN + ": valid (jixiao/self-evaluation/2)",
        "2 files: 1 valid, 1 invalid, 0 could not be read");
    assertThat(exit).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void inProcess() {
    Run run = Cli.run("validate", "--lang", "en", D2.toString(), Cli.BAIYUN.toString());

    assertOneLineForTheBadFileAndTheGoodOneValidated(run.exit(), run.out(), run.err());
  }

  @Test
  void asJsonBothFilesAreEntries() throws IOException {
    Run run = Cli.run("validate", "--json", D2.toString(), Cli.BAIYUN.toString());

    List<JsonNode> results = run.jsonLines();
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("file").asText()).isEqualTo(D2.toString());
    assertThat(results.get(0).get("valid").asBoolean()).isFalse();
    assertThat(results.get(1).get("valid").asBoolean()).isTrue();
    assertThat(run.err().lines().toList()).last().isEqualTo("2 个文件：有效 1 个，无效 1 个，无法读取 0 个");
  }

  @Test
  void asAProgramWithA256MegabyteHeap() {
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process process = new ProcessBuilder(java, "-Xmx256m", "-cp",
          System.getProperty("java.class.path"), Jixiao.class.getName(), "validate", "--lang",
          "en", D2.toString(), Cli.BAIYUN.toString())
          .redirectError(ProcessBuilder.Redirect.PIPE).start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();

      assertOneLineForTheBadFileAndTheGoodOneValidated(process.exitValue(), out, err);
    });
  }
}
