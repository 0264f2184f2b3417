package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} is documents of the published formats, one a line (JSON Lines), the same shape
 * for one file as for many; {@code validate -} reads them back from standard input.
 */
class MachineOutputCliTest {

  private static final Path TRAINING = Path.of("..", "examples", "training-2021",
      "evaluation.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private static Cli.Run withInput(String input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void scoreGivesACardAndItsChecksALineEachPerFileNamingTheFile() throws Exception {
    Cli.Run run = Cli.run("score", "--json", Cli.BAIYUN.toString(), TRAINING.toString());

    List<String> lines = run.outLines();
    assertThat(lines).hasSize(4);
    assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
    JixiaoJson json = JixiaoJson.standard();
    // the seed under gz-dept-2021: 89.72, as the README's table gives it (claimed 94)
    ScoreCard seed = json.readScoreCard(lines.get(0));
    assertThat(seed.getTotal()).contains(new BigDecimal("89.72"));
    assertThat(seed.getInput().orElseThrow().getPath()).isEqualTo(Cli.BAIYUN.toString());
    CheckReport seedChecks = json.readCheckReport(lines.get(1));
    assertThat(seedChecks.getInput().orElseThrow().getPath()).isEqualTo(Cli.BAIYUN.toString());
    assertThat(seedChecks.findings("JX-401")).hasSize(2);
    assertThat(MAPPER.readTree(lines.get(2)).path("format").asText())
        .isEqualTo("jixiao/score-card/4");
    assertThat(MAPPER.readTree(lines.get(3)).path("input").path("path").asText())
        .isEqualTo(TRAINING.toString());
    // the summary is for people: on standard error, never among the documents
    assertThat(run.err()).contains("2 个文件：已评分 2 个");
  }

  @Test
  void oneFileGivesTheSameShapeAsMany() {
    Cli.Run run = Cli.run("score", "--json", Cli.BAIYUN.toString());

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.outLines()).hasSize(2);
    assertThat(run.outLines().get(0)).startsWith("{\"format\": \"jixiao/score-card/4\"");
    assertThat(run.outLines().get(1)).startsWith("{\"format\": \"jixiao/check-report/4\"");
  }

  @Test
  void aFindingCarriesOneCode() throws Exception {
    Cli.Run run = Cli.run("check", "--json", Cli.BAIYUN.toString());

    JsonNode report = MAPPER.readTree(run.outLines().get(0));
    assertThat(report.path("findings").size()).isGreaterThan(0);
    for (JsonNode f : report.path("findings")) {
      assertThat(f.has("code")).isTrue();
      assertThat(f.has("checkCode")).as("%s", f).isFalse();
    }
  }

  @Test
  void theFirstLinePipedIntoValidateIsAccepted() {
    String first = Cli.run("score", "--json", Cli.BAIYUN.toString(), TRAINING.toString())
        .outLines().get(0);

    Cli.Run run = withInput(first + "\n", "validate", "-");

    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.outLines()).startsWith("-: 有效（jixiao/score-card/4）");
  }

  @Test
  void jsonLinesOnStandardInputAreValidatedLineByLineAndABadLineIsNamed() {
    List<String> lines = Cli.run("check", "--json", Cli.BAIYUN.toString(), TRAINING.toString())
        .outLines();
    String piped = lines.get(0) + "\n" + lines.get(1).replace("\"severity\": \"WARNING\"",
        "\"severity\": \"WARN\"") + "\n";

    Cli.Run run = withInput(piped, "validate", "--lang", "en", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.outLines()).contains("-:1: valid (jixiao/check-report/4)");
    assertThat(run.err()).contains("-:2:1:").contains("WARN");
  }

  @Test
  void standardInputThatIsNotUtf8IsRefusedInWords() {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(new byte[] {'{', (byte) 0xff, '}'}));
    Cli.Run run;
    try {
      run = Cli.run("validate", "-");
    } finally {
      System.setIn(before);
    }

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("-: 标准输入不是 UTF-8 文本：请将文档另存为 UTF-8 编码");
  }

  @Test
  void aFileThatCannotBeReadIsALineWithNoFormatBesideTheDocuments() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"jixiao/self-evaluation/2\"}");

    Cli.Run run = Cli.run("check", "--json", bad.toString(), Cli.BAIYUN.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.outLines()).hasSize(2);
    JsonNode failed = MAPPER.readTree(run.outLines().get(0));
    assertThat(failed.has("format")).isFalse();
    assertThat(failed.path("file").asText()).isEqualTo(bad.toString());
    assertThat(failed.path("problems").get(0).path("kind").asText()).isEqualTo("MISSING");
    assertThat(run.outLines().get(1)).startsWith("{\"format\": \"jixiao/check-report/4\"");
    assertThat(run.err()).contains(bad + ":1:1:");
  }
}
