package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.message.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Issue 11, the command line's part of "an Error gives exit 2" and of defect 6: an exception that
 * escapes the library and an Error (out of memory, stack overflow) during one file are reported on
 * one line naming the file; the batch goes on, prints its summary (or valid JSON) and exits 2.
 */
class BatchFailureTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StackTraceElement IN_THE_READER = new StackTraceElement(
      "io.github.jixiao.io.Engine", "readDocument", "Engine.java", 302);

  @TempDir
  Path dir;

  /** A batch whose work on a file throws what the file is named after. */
  @Command(name = "throwing")
  static final class ThrowingCommand extends BatchCommand {
    ThrowingCommand() {
      // a batch of a plug-in's own, with its words inline (Message.custom)
      super(Message.custom("test.done", "已处理", "done"));
    }

    @Override
    Done process(Path file) {
      String name = file.getFileName().toString();
      if (name.contains("runtime")) {
        RuntimeException e = new NumberFormatException("raw library words");
        e.setStackTrace(new StackTraceElement[] {IN_THE_READER});
        throw e;
      }
      if (name.contains("memory")) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (name.contains("stack")) {
        throw new StackOverflowError();
      }
      if (name.contains("linkage")) {
        Error e = new NoClassDefFoundError("some/Plugin");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.example.Plugin",
            "score", "Plugin.java", 7)}); // no frame of Jixiao's
        throw e;
      }
      if (!json) {
        out().println(file + ": done");
      }
      return new Done(json ? Optional.of(JsonReport.object().put("file", file.toString()))
          : Optional.empty(), Optional.empty());
    }
  }

  private Cli.Run throwing(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ThrowingCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return new Cli.Run(cli.execute(args), out.toString(), err.toString());
  }

  @BeforeEach
  void files() throws IOException {
    for (String name : new String[] {"a-good", "b-runtime", "c-memory", "d-stack", "e-linkage",
        "f-good"}) {
      Files.writeString(dir.resolve(name + ".json"), "{}");
    }
  }

  private String file(String name) {
    return dir.resolve(name + ".json").toString();
  }

  @Test
  void eachFailureIsOneLineNamingTheFileAndTheBatchGoesOn() {
    Cli.Run run = throwing("--lang", "en", dir.toString());

    assertThat(run.errLines()).containsExactly(
        file("b-runtime") + ": cannot process: an internal error of Jixiao"
            + " (java.lang.NumberFormatException at"
            + " io.github.jixiao.io.Engine.readDocument(Engine.java:302));"
            + " please report it",
        file("c-memory") + ": cannot process: out of memory (OutOfMemoryError); give Java more"
            + " with java -Xmx",
        file("d-stack") + ": cannot process: nested too deeply, the stack overflowed"
            + " (StackOverflowError)",
        file("e-linkage") + ": cannot process: an internal error of Jixiao"
            + " (java.lang.NoClassDefFoundError); please report it");
    assertThat(run.outLines()).containsExactly(file("a-good") + ": done",
        file("f-good") + ": done", "6 files: 2 done, 0 invalid, 4 could not be read");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void inChineseToo() {
    Cli.Run run = throwing(file("b-runtime"), file("c-memory"), file("d-stack"));

    assertThat(run.errLines()).containsExactly(
        file("b-runtime") + ": 无法处理：Jixiao 内部错误（java.lang.NumberFormatException，位于"
            + " io.github.jixiao.io.Engine.readDocument(Engine.java:302)）；请报告此问题",
        file("c-memory") + ": 无法处理：内存不足（OutOfMemoryError）；可用 java -Xmx 增加内存",
        file("d-stack") + ": 无法处理：嵌套过深，栈溢出（StackOverflowError）");
    assertThat(run.outLines()).containsExactly("3 个文件：已处理 0 个，无效 0 个，无法读取 3 个");
  }

  @Test
  void anErrorIsExitTwoNeverOne() {
    Cli.Run run = throwing(file("c-memory"));

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void asJsonTheFailuresAreEntriesWithAKindAndTheOutputStaysValid() throws IOException {
    Cli.Run run = throwing("--json", dir.toString());

    // JSON Lines: an entry a line, each valid JSON on its own
    List<JsonNode> results = new ArrayList<>();
    for (String line : run.outLines()) {
      results.add(JSON.readTree(line));
    }
    assertThat(results).hasSize(6);
    assertThat(results.get(0).get("file").asText()).isEqualTo(file("a-good"));
    assertThat(results.get(1).get("problems").get(0).get("kind").asText()).isEqualTo("INTERNAL");
    assertThat(results.get(2).get("problems").get(0).get("kind").asText()).isEqualTo("RESOURCES");
    assertThat(results.get(3).get("problems").get(0).get("kind").asText()).isEqualTo("RESOURCES");
    assertThat(results.get(5).get("file").asText()).isEqualTo(file("f-good"));
    assertThat(run.errLines()).hasSize(5).last().isEqualTo("6 个文件：已处理 2 个，无效 0 个，无法读取 4 个");
  }
}
