package io.github.jixiao.cli;

import static io.github.jixiao.cli.Cli.reproducer;
import static io.github.jixiao.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 14: what a document holds — a department's name with escape sequences, a field
 * name with a carriage return — and what a file is named reach the terminal escaped, through every
 * command and output.
 */
class TerminalEscapeTest {

  /** A C0 or C1 control or DEL other than the line feed, or a bidi embedding/override/isolate. */
  private static final Pattern RAW =
      Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u202A-\\u202E\\u2066-\\u2069]");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NAME = "\u001B[2J\u001B[31m伪造\u001B[0m\u001B]0;pwned\u0007";
  private static final String NAME_SHOWN =
      "\\u001B[2J\\u001B[31m伪造\\u001B[0m\\u001B]0;pwned\\u0007";
  private static final String FIELD = "\u001B[31mkind\u001B[0m\r/etc/passwd:1:1: $.x: fake error";
  private static final String FIELD_SHOWN =
      "\\u001B[31mkind\\u001B[0m\\u000D/etc/passwd:1:1: $.x: fake error";

  private static final Path VALUES = reproducer("D8-terminal-escape-values.json");
  private static final Path FIELD_NAME = reproducer("D8-terminal-escape-fieldname.json");

  private static final List<List<String>> EVERY_COMMAND = List.of(
      List.of("score"), List.of("score", "--json"), List.of("score", "--lang", "en"),
      List.of("check"), List.of("check", "--json"), List.of("check", "-v"),
      List.of("validate"), List.of("validate", "--json"),
      List.of("render"), List.of("render", "--format", "html"));

  private static Run run(List<String> command, Path file) {
    String[] args = new String[command.size() + 1];
    command.toArray(args);
    args[command.size()] = file.toString();
    return Cli.run(args);
  }

  @Test
  void noCommandPrintsARawControlFromEitherReproducer() {
    for (Path reproducer : List.of(VALUES, FIELD_NAME)) {
      for (List<String> command : EVERY_COMMAND) {
        Run run = run(command, reproducer);

        assertThat(RAW.matcher(run.out()).find()).as(command + " out").isFalse();
        assertThat(RAW.matcher(run.err()).find()).as(command + " err").isFalse();
      }
    }
  }

  @Test
  void theScoreCardsTitleShowsTheEscapeSequencesOfTheDepartmentsName() {
    Run run = Cli.run("score", VALUES.toString());

    assertThat(run.outLines().get(0)).isEqualTo(NAME_SHOWN + " 2021 年度 评分表");
    assertThat(Cli.run("score", "--lang", "en", VALUES.toString()).outLines().get(0))
        .isEqualTo(NAME_SHOWN + " 2021 score card");
  }

  @Test
  void theRenderedTablesTitleShowsThemInMarkdownAndHtml() {
    assertThat(Cli.run("render", VALUES.toString()).outLines().get(0))
        .isEqualTo("# " + NAME_SHOWN + " 2021 年度绩效自评评分表");
    assertThat(Cli.run("render", "--format", "html", VALUES.toString()).outLines())
        .contains("<title>" + NAME_SHOWN + " 2021 年度绩效自评评分表</title>",
            "<h1>" + NAME_SHOWN + " 2021 年度绩效自评评分表</h1>");
  }

  @Test
  void theJsonOutputIsValidAndCarriesTheNameUnchanged() throws IOException {
    Run run = Cli.run("score", "--json", VALUES.toString());

    assertThat(run.out()).contains("\"department\" : \"" + NAME_SHOWN + "\"");
    assertThat(JSON.readTree(run.out()).get("department").asText()).isEqualTo(NAME);
  }

  @Test
  void aCarriageReturnInAFieldNameForgesNoLine() {
    for (String command : List.of("score", "check", "validate", "render")) {
      Run run = Cli.run(command, "--lang", "en", FIELD_NAME.toString());

      assertThat(run.errLines()).as(command).hasSize(1);
      assertThat(run.errLines().get(0)).as(command).startsWith(FIELD_NAME + ":3:3: $['"
          + FIELD_SHOWN + "']: unknown field \"" + FIELD_SHOWN + "\" in SelfEvaluation");
      assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    }
  }

  @Test
  void theJsonProblemCarriesTheFieldNameUnchanged() throws IOException {
    Run run = Cli.run("validate", "--json", FIELD_NAME.toString());

    JsonNode problem = JSON.readTree(run.out()).get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo("$['" + FIELD + "']");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
  }

  @Test
  void aFileNameWithControlsIsEscapedWhereverItIsPrinted(@TempDir Path dir) throws IOException {
    Path named = dir.resolve("a\u001B]0;x\u0007\r.json");
    Files.writeString(named, "[]");
    Path missing = dir.resolve("b\u202Enosj.json");

    Run run = Cli.run("validate", "--lang", "en", named.toString(), missing.toString());

    String a = dir + "/a\\u001B]0;x\\u0007\\u000D.json";
    String b = dir + "/b\\u202Enosj.json";
    assertThat(run.errLines()).hasSize(2);
    assertThat(run.errLines().get(0)).isEqualTo(b + ": no such file or directory");
    assertThat(run.errLines().get(1)).startsWith(a + ":1:1: $: ");
    assertThat(run.outLines()).containsExactly(
        b + ": invalid, 1 problem (on standard error)",
        a + ": invalid, 1 problem (on standard error)",
        "2 files: 0 valid, 2 could not be read");
  }
}
