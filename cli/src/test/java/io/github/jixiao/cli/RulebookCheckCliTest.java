package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code jixiao rulebook check}: each problem at its line, exit 2 when any is an error. */
class RulebookCheckCliTest {

  private static final Path CORPUS = Path.of("..", "io", "src", "test", "resources",
      "broken-rulebooks");

  @Test
  void bandsLeavingAGapExitTwoNamingTheGapAtItsLine() {
    Path file = CORPUS.resolve("band-gap.json");
    Cli.Run run = Cli.run("rulebook", "check", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    // band-gap.json: 重点支出安排率's bands [60, 70) then [72, 80): nothing covers 70 to 72
    assertThat(run.outLines()).containsExactly(
        file + ":53:11: 错误 JXR-004: $.indicators[2].rule.bands[2]: 档次之间有空档：上一档止于 70，"
            + "本档起于 72；每档须从上一档的终点开始，且该界值恰好属于其中一档",
        file + ": 错误 1 个，警告 0 个");
  }

  @Test
  void aCleanRulebookAndOneWithWarningsOnlyExitZero() {
    Cli.Run clean = Cli.run("rulebook", "check", "--lang", "en",
        CORPUS.resolve("clean.json").toString());
    assertThat(clean.exit()).isZero();
    assertThat(clean.out()).contains("clean.json: no problem found");
    Cli.Run warned = Cli.run("rulebook", "check", CORPUS.resolve("never-zero-bands.json")
        .toString());
    assertThat(warned.exit()).isZero();
    assertThat(warned.out()).contains("警告 JXR-302").contains("错误 0 个，警告 1 个");
  }

  @Test
  void anUnknownRuleTypeSaysWhatItMeantAndTheJsonListsEachProblem() throws IOException {
    Cli.Run run = Cli.run("rulebook", "check", "--json", "--lang", "en",
        CORPUS.resolve("unknown-rule-type.json").toString());
    assertThat(run.exit()).isEqualTo(2);
    JsonNode result = new ObjectMapper().readTree(run.out());
    assertThat(result.path("errors").asBoolean()).isTrue();
    JsonNode problem = result.path("problems").get(0);
    assertThat(problem.path("code").asText()).isEqualTo("JXR-101");
    assertThat(problem.path("path").asText()).isEqualTo("$.indicators[1].rule.type");
    assertThat(problem.path("line").asInt()).isEqualTo(26);
    assertThat(problem.path("message").asText()).contains("did you mean 'threshold'?");
  }

  @Test
  void aMissingFileIsSaidOnOneLine() {
    Cli.Run run = Cli.run("rulebook", "check", "no-such.json");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no-such.json").contains("文件不存在");
  }
}
