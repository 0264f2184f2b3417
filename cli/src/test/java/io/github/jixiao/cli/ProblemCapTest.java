package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, defect 11 (the command line's part): a document with thousands of problems prints 20
 * of them and a line counting the rest ({@code -v}: up to 1000); {@code --json} lists up to 1000
 * and counts the rest.
 */
class ProblemCapTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** The Baiyun report with {@code tasks} replaced by {@code n} numbers: one problem each. */
  private Path withNumbersForTasks(int n) throws IOException {
    ObjectNode document = (ObjectNode) JSON.readTree(Cli.BAIYUN.toFile());
    ArrayNode tasks = document.putArray("tasks");
    for (int i = 0; i < n; i++) {
      tasks.add(1);
    }
    Path file = dir.resolve("tasks-" + n + ".json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
    return file;
  }

  private static List<String> problemLines(Run run, Path file) {
    return run.errLines().stream().filter(l -> l.startsWith(file + ":")).toList();
  }

  @Test
  void twentyFiveProblemsPrintTwentyAndCountTheFiveOthers() throws IOException {
    Path file = withNumbersForTasks(25);

    Run run = Cli.run("validate", file.toString());

    assertThat(run.errLines()).hasSize(21);
    assertThat(run.errLines().subList(0, 20)).allSatisfy(l ->
        assertThat(l).matches(Pattern.quote(file.toString())
            + ":\\d+:\\d+: \\$\\.tasks\\[\\d+\\]: .*"));
    assertThat(run.errLines().get(0)).startsWith(file + ":").contains(": $.tasks[0]: ");
    assertThat(run.errLines().get(19)).contains(": $.tasks[19]: ");
    assertThat(run.errLines().get(20)).isEqualTo(file + ": ……另有 5 个问题未列出（-v 最多列出 1000 个）");
    assertThat(run.outLines()).containsExactly(file + ": 无效，25 个问题（见标准错误输出）",
        "1 个文件：有效 0 个，无效 1 个，无法读取 0 个");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void theCountLineIsInTheLanguageOfTheOutput() throws IOException {
    Path file = withNumbersForTasks(21);

    Run run = Cli.run("check", "--lang", "en", file.toString());

    assertThat(run.errLines().get(20))
        .isEqualTo(file + ": … and 1 more problem (-v lists up to 1000)");
  }

  @Test
  void verbosePrintsAllTwentyFive() throws IOException {
    Path file = withNumbersForTasks(25);

    Run run = Cli.run("score", "-v", file.toString());

    assertThat(run.errLines()).hasSize(25);
    assertThat(run.errLines().get(24)).contains(": $.tasks[24]: ");
  }

  @Test
  void verbosePrintsAThousandAndCountsTheRest() throws IOException {
    Path file = withNumbersForTasks(1003);

    Run run = Cli.run("validate", "--verbose", "--lang", "en", file.toString());

    assertThat(problemLines(run, file)).hasSize(1001);
    assertThat(run.errLines().get(999)).contains(": $.tasks[999]: ");
    assertThat(run.errLines().get(1000)).isEqualTo(file + ": … and 3 more problems");
  }

  @Test
  void twoThousandProblemsPrintTwentyOneLines() throws IOException {
    Path file = withNumbersForTasks(2000);

    Run run = Cli.run("render", file.toString());

    assertThat(run.errLines()).hasSize(21);
    assertThat(run.errLines().get(20)).isEqualTo(file + ": ……另有 1980 个问题未列出（-v 最多列出 1000 个）");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void jsonListsAThousandProblemsAndCountsTheRest() throws IOException {
    Path file = withNumbersForTasks(1003);

    Run run = Cli.run("validate", "--json", file.toString());

    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("valid").asBoolean()).isFalse();
    assertThat(result.get("problems")).hasSize(1000);
    assertThat(result.get("problems").get(999).get("path").asText()).isEqualTo("$.tasks[999]");
    assertThat(result.get("moreProblems").asInt()).isEqualTo(3);
    Path two = withNumbersForTasks(2);
    assertThat(JSON.readTree(Cli.run("validate", "--json", two.toString()).out())
        .has("moreProblems")).isFalse();
  }
}
