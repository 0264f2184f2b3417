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
  /** The field name {@code "\u001B[31mkind\u001B[0m\r/etc/passwd:1:1: $.x: fake error"}, shown. */
  private static final String FIELD_SHOWN =
      "\\u001B[31mkind\\u001B[0m\\u000D/etc/passwd:1:1: $.x: fake…";

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
  void aNameWithEscapeSequencesIsRefusedNamingItsFirstControl() {
    // The reader refuses text with controls (issue 11, defect 14): the department's name,
    // "\u001B[2J…", at line 9, column 13 of the reproducer, is never printed at all.
    for (String command : List.of("score", "check", "validate", "render")) {
      Run run = Cli.run(command, "--lang", "en", VALUES.toString());

      assertThat(run.errLines()).as(command).containsExactly(VALUES + ":9:13: $.department.name:"
          + " the text has the control character U+001B at character 1: text may hold no"
          + " control characters (but tab and line breaks) and no bidirectional overrides"
          + " (remove it; a colour or a cursor movement has no place in a document)");
      assertThat(run.out()).as(command).doesNotContain("伪造");
      assertThat(run.exit()).as(command).isEqualTo(Jixiao.BAD_INPUT);
    }
  }

  @Test
  void theJsonOutputNamesTheRefusedName() throws IOException {
    Run run = Cli.run("score", "--json", VALUES.toString());

    JsonNode problem = JSON.readTree(run.out()).get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo("$.department.name");
    assertThat(problem.get("kind").asText()).isEqualTo("INVALID_VALUE");
    assertThat(problem.get("line").asInt()).isEqualTo(9);
  }

  @Test
  void aCarriageReturnInAFieldNameForgesNoLine() {
    for (String command : List.of("score", "check", "validate", "render")) {
      Run run = Cli.run(command, "--lang", "en", FIELD_NAME.toString());

      assertThat(run.errLines()).as(command).containsExactly(FIELD_NAME + ":3:3: $['"
          + FIELD_SHOWN + "']: unknown field \"" + FIELD_SHOWN + "\" in SelfEvaluation (the"
          + " fields of SelfEvaluation are: \"budget\", \"claimedGrade\", \"claimedTotal\","
          + " \"declaration\", \"deductions\", \"department\", \"entries\", \"fiscalYear\","
          + " \"improvements\", \"indicators\", \"kind\", \"monitoring\", \"narrativeClaims\","
          + " \"overallTarget\", \"problems\","
          + " \"projects\", \"rulebook\", \"source\", \"statedFigures\", \"tasks\","
          + " \"title\")");
      assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    }
  }

  @Test
  void theJsonProblemCarriesTheFieldNameEscapedAndShortened() throws IOException {
    Run run = Cli.run("validate", "--json", FIELD_NAME.toString());

    // The reader shows at most 40 characters of a name, its controls as visible escapes.
    JsonNode problem = JSON.readTree(run.out()).get("problems").get(0);
    assertThat(problem.get("path").asText()).isEqualTo("$['" + FIELD_SHOWN + "']");
    assertThat(problem.get("line").asInt()).isEqualTo(3);
    // message and hint in the run's language, Chinese by default
    assertThat(problem.get("message").asText()).isEqualTo("未知字段 \"" + FIELD_SHOWN + "\"");
    assertThat(problem.get("hint").asText()).startsWith("该对象的字段有：\"budget\", ");
  }

  @Test
  void aLineSeparatorTheReaderAcceptsIsEscapedInTheCardsTitle(@TempDir Path dir)
      throws IOException {
    // U+2028 and U+2029 are text a reader accepts; a terminal may still break the line on them
    String baiyun = Files.readString(Cli.BAIYUN);
    String name = "广州市白云区人民代表大会常务委员会办公室";
    Path file = dir.resolve("separator.json");
    Files.writeString(file, baiyun.replaceFirst("\"name\": \"" + name + "\"",
        "\"name\": \"" + name + "\u2028伪造\u2029\""));

    Run run = Cli.run("score", file.toString());

    assertThat(run.outLines().get(0))
        .isEqualTo(name + "\\u2028伪造\\u2029 2021 年度 评分表");
    assertThat(run.out()).doesNotContain("\u2028", "\u2029");
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
        "2 files: 0 valid, 1 invalid, 1 could not be read");
  }
}
