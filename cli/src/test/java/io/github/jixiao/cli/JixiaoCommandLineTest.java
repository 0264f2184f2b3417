package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process on the Baiyun 2021 report and on broken documents. */
class JixiaoCommandLineTest {

  static final Path BAIYUN = Path.of("..", "examples", "baiyun-2021", "evaluation.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  @Test
  void scorePrintsTheCardWithTotalGradeAndTheExecutionRateRow() {
    Cli.Run run = run("score", BAIYUN.toString());

    assertThat(run.out())
        .contains("广州市白云区人民代表大会常务委员会办公室 2021 年度 评分表")
        .contains("总分 89.72 / 100    等级 良    自评 94（差 -4.28）")
        .containsPattern("2\\.1\\.1 +预算完成率 +10 +9\\.72 +已评分 +预算完成率 97\\.16% < 100%，"
            + "得分 = 10 × 97\\.16% = 9\\.72")
        .containsPattern("2\\.1\\.2 +\"三公经费\"控制率 +5 +0\\.00 +缺少数据");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void scorePrintsTheFindingsAndExitsOneForTheContradictedClaim() {
    Cli.Run run = run("score", "--fail-on", "error", BAIYUN.toString());

    assertThat(run.out())
        .contains("错误 JX-401  $.narrativeClaims[0]  报告称“均达到了年初设定的各项绩效目标”，"
            + "但预算执行率为 97.16%，未达到100%")
        .contains("审核发现：错误 2，警告 2，提示 18")
        .contains("1 个文件：已评分 1 个，无效 0 个，无法读取 0 个；审核发现：错误 2，警告 2，提示 18");
    assertThat(run.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
  }

  @Test
  void scoreInEnglishTranslatesTheFrameAndTheExplanations() {
    Cli.Run run = run("score", "--lang", "en", BAIYUN.toString());

    assertThat(run.out()).contains("Total 89.72 of 100    grade good    claimed 94")
        .contains("预算完成率 97.16% < 100%, points = 10 × 97.16% = 9.72")
        .contains("Findings: 2 errors, 2 warnings, 18 info");
  }

  @Test
  void scoreJsonParsesWithTotalGradeAndEveryIndicatorsCodeWeightPoints() throws IOException {
    Cli.Run run = run("score", "--json", BAIYUN.toString());

    // a jixiao/score-card line, then the jixiao/check-report of the checks beside it
    assertThat(run.outLines()).hasSize(2);
    JsonNode card = JSON.readTree(run.outLines().get(0));
    assertThat(card.get("format").asText()).isEqualTo("jixiao/score-card/4");
    assertThat(card.get("total").decimalValue()).isEqualTo(new BigDecimal("89.72"));
    assertThat(card.get("grade").asText()).isEqualTo("GOOD");
    assertThat(card.get("claimedTotal").decimalValue()).isEqualByComparingTo("94");
    List<String> codes = new ArrayList<>();
    card.get("indicators").forEach(i -> {
      codes.add(i.get("code").asText());
      assertThat(i.get("weight").isNumber()).isTrue();
      assertThat(i.get("points").isNumber()).isTrue();
    });
    assertThat(codes).containsExactly("1.1", "1.2", "2.1.1", "2.1.2", "2.1.3", "2.2", "2.3",
        "2.4", "2.5", "2.6");
    JsonNode execution = card.get("indicators").get(2);
    assertThat(execution.get("points").decimalValue()).isEqualTo(new BigDecimal("9.72"));
    assertThat(execution.get("weight").decimalValue()).isEqualByComparingTo("10");
    assertThat(execution.get("formula").get("value").decimalValue())
        .isEqualTo(new BigDecimal("97.162293"));
    JsonNode checks = JSON.readTree(run.outLines().get(1));
    assertThat(checks.get("findings").findValuesAsText("severity"))
        .filteredOn("ERROR"::equals).hasSize(2);
    // the summary goes to standard error, so standard output is only the JSON
    assertThat(run.err()).contains("已评分 1 个");
  }

  @Test
  void checkJsonListsEachFindingWithCodeSeverityPathAndMessage() throws IOException {
    Cli.Run run = run("check", "--json", "--lang", "en", BAIYUN.toString());

    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("format").asText()).isEqualTo("jixiao/check-report/4");
    JsonNode first = report.get("findings").get(0);
    assertThat(first.get("code").asText()).isEqualTo("JX-301");
    assertThat(first.get("severity").asText()).isEqualTo("WARNING");
    assertThat(first.get("path").asText()).isEqualTo("$.claimedTotal");
    assertThat(report.get("findings")).anySatisfy(f -> {
      assertThat(f.get("code").asText()).isEqualTo("JX-401");
      assertThat(f.get("severity").asText()).isEqualTo("ERROR");
      assertThat(f.get("path").asText()).isEqualTo("$.narrativeClaims[0]");
      // a message as the document writes one: key, arguments and its rendering in each language
      assertThat(f.get("message").get("rendered").get("en").asText()).contains("97.16%");
    });
    assertThat(run.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
  }

  @Test
  void checkPrintsTheClaimThatEveryTargetWasMetBesideTheExecutionRate() {
    Cli.Run run = run("check", BAIYUN.toString());

    assertThat(run.out()).contains("JX-401  $.narrativeClaims[0]  报告称“均达到了年初设定的各项绩效目标”，"
        + "但预算执行率为 97.16%，未达到100%")
        .contains("提示 JX-502  18 处：部门职责没有对应的年度工作任务");
    assertThat(run("check", "--verbose", BAIYUN.toString()).out())
        .contains("JX-502  $.department.duties[4]  没有年度工作任务对应职责“决定本行政区域内的民政工作的实施计划”");
  }

  @Test
  void validateOnABrokenDocumentExitsTwoNamingTheJsonPathLineAndColumn(@TempDir Path dir)
      throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(BAIYUN)
        .replace("\"fullYear\": 3306.19", "\"fullYear\": \"3306.19\""));

    Cli.Run run = run("validate", broken.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).containsPattern(broken + ":\\d+:\\d+: \\$\\.budget\\.fullYear: ");
    assertThat(run.out()).contains("1 个文件：有效 0 个，无效 1 个，无法读取 0 个");
  }

  @Test
  void validateAcceptsTheBaiyunDocument() {
    Cli.Run run = run("validate", "--lang", "en", BAIYUN.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.OK);
    assertThat(run.out()).contains("valid (jixiao/self-evaluation/2)");
  }

  @Test
  void aDirectoryWithOneBadFileGoesOnAndEndsWithASummary(@TempDir Path dir) throws IOException {
    Files.copy(BAIYUN, dir.resolve("a-baiyun.json"));
    Files.writeString(dir.resolve("b-truncated.json"), "{\"format\": \"jixiao/self-evaluation/1\"");
    Files.copy(BAIYUN, dir.resolve("c-baiyun.json"));
    Files.writeString(dir.resolve("notes.txt"), "not a document");

    Cli.Run run = run("score", dir.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).contains("b-truncated.json:1:");
    assertThat(run.out()).containsSubsequence("a-baiyun.json", "总分 89.72", "c-baiyun.json",
        "总分 89.72", "3 个文件：已评分 2 个，无效 1 个，无法读取 0 个；审核发现：错误 4，警告 4，提示 36");
  }

  @Test
  void aBatchAsJsonIsALinePerFileWithTheBadFilesProblems(@TempDir Path dir)
      throws IOException {
    Files.copy(BAIYUN, dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "[]");

    Cli.Run run = run("validate", "--json", dir.toString());

    List<JsonNode> results = lines(run);
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("valid").asBoolean()).isTrue();
    assertThat(results.get(1).get("valid").asBoolean()).isFalse();
    assertThat(results.get(1).get("problems").get(0).get("path").asText()).isEqualTo("$");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void aMissingFileIsBadInputAndTheOthersAreStillDone() {
    Cli.Run run = run("check", "no-such-file.json", BAIYUN.toString());

    assertThat(run.err()).contains("no-such-file.json: 没有这个文件或目录");
    assertThat(run.out()).contains("2 个文件：已审核 1 个，无效 0 个，无法读取 1 个");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void anUnknownRulebookIsBadInputListingTheBuiltInOnes() {
    Cli.Run run = run("score", "--rulebook", "gz-dept-2099", BAIYUN.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).contains("--rulebook gz-dept-2099")
        .contains("mof-project-2020、mof-dept-2013、gz-dept-2021");
  }

  @Test
  void aRulebookDocumentGivenWithRulebookIsScoredUnder(@TempDir Path dir) throws IOException {
    Path rulebook = dir.resolve("gz-copy.json");
    Files.writeString(rulebook, JixiaoJson.standard().write(Rulebooks.guangzhouDepartment2021())
        .replace("\"id\": \"gz-dept-2021\"", "\"id\": \"gz-dept-2021-copy\""));

    Cli.Run run = run("score", "--json", "--rulebook", rulebook.toString(), BAIYUN.toString());

    JsonNode card = JSON.readTree(run.out());
    assertThat(card.get("rulebook").asText()).isEqualTo("gz-dept-2021-copy");
    assertThat(card.get("total").decimalValue()).isEqualTo(new BigDecimal("89.72"));
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("score").exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run("score", "--lang", "fr", BAIYUN.toString()).exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run("frobnicate").exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run().exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void anUnreadableFileIsCountedAsBadInput() {
    Path unreadable = Path.of("/proc/self/mem"); // a regular file whose reading fails (Linux)
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(unreadable));

    Cli.Run run = run("validate", unreadable.toString(), BAIYUN.toString());

    assertThat(run.err()).contains("/proc/self/mem: 无法读取：");
    assertThat(run.out()).contains("2 个文件：有效 1 个，无效 0 个，无法读取 1 个");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void aBadRulebookFileIsReportedOnceAndNoDocumentIsScored() {
    Cli.Run run = run("score", "--rulebook", BAIYUN.toString(), BAIYUN.toString(), BAIYUN.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err().split("不是评分办法文档", -1)).hasSize(2);
    assertThat(run.out()).doesNotContain("总分");
  }

  @Test
  void aMissingRulebookIsReportedOnceForABatchOfChecks() {
    Cli.Run run = run("check", "--rulebook", "no-such-rulebook.json", BAIYUN.toString(),
        BAIYUN.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err().split("--rulebook no-such-rulebook.json", -1)).hasSize(2);
    assertThat(run.out()).doesNotContain("JX-401");
  }

  @Test
  void oneBadFileNamedAsJsonIsOneLineWithItsProblems(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\": \"jixiao/self-evaluation/1\"");

    for (String command : List.of("score", "check", "validate")) {
      Cli.Run run = run(command, "--json", bad.toString());

      assertThat(run.outLines()).as(command).hasSize(1);
      JsonNode result = JSON.readTree(run.out());
      assertThat(result.isObject()).as(command).isTrue();
      assertThat(result.has("format")).as("a failure is no document").isFalse();
      assertThat(result.get("file").asText()).isEqualTo(bad.toString());
      assertThat(result.get("problems").get(0).get("kind").asText()).isEqualTo("SYNTAX");
      assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    }
  }

  @Test
  void aBatchScoredAsJsonListsTheBadFilesWithTheirProblems(@TempDir Path dir)
      throws IOException {
    Files.copy(BAIYUN, dir.resolve("a.json"));
    Files.writeString(dir.resolve("b.json"), "[]");
    Files.writeString(dir.resolve("c.json"), Files.readString(BAIYUN)
        .replace("\"rulebook\": \"gz-dept-2021\"", "\"rulebook\": \"gz-dept-2099\""));

    Cli.Run run = run("score", "--json", dir.toString());

    // a.json's card and checks, then a line for each file that could not be scored
    List<JsonNode> results = lines(run);
    assertThat(results).hasSize(4);
    assertThat(results.get(0).get("total").decimalValue()).isEqualTo(new BigDecimal("89.72"));
    assertThat(results.get(1).get("format").asText()).isEqualTo("jixiao/check-report/4");
    assertThat(results.get(2).get("file").asText()).endsWith("b.json");
    assertThat(results.get(2).get("problems").get(0).get("path").asText()).isEqualTo("$");
    assertThat(results.get(3).get("problems").get(0).get("kind").asText()).isEqualTo("RULEBOOK");
    assertThat(results.get(3).get("problems").get(0).get("message").asText())
        .contains("gz-dept-2099");
    assertThat(run.err()).contains("3 个文件：已评分 1 个，无效 1 个，无法读取 1 个");
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void oneErrorIsOneErrorInEnglish(@TempDir Path dir) throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode document =
        (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(BAIYUN.toFile());
    ((com.fasterxml.jackson.databind.node.ArrayNode) document.get("narrativeClaims")).remove(1);
    Path one = dir.resolve("one-error.json");
    JSON.writeValue(one.toFile(), document);

    Cli.Run run = run("check", "--lang", "en", one.toString());

    assertThat(run.out()).contains("Findings: 1 error, 2 warnings, 18 info")
        .contains("findings: 1 error, 2 warnings, 18 info");
  }

  @Test
  void everyDocumentCommandTakesVerboseForMoreProblems() {
    assertThat(run("validate", "-v", BAIYUN.toString()).exit()).isEqualTo(Jixiao.OK);
    assertThat(run("render", "-v", BAIYUN.toString()).exit()).isEqualTo(Jixiao.OK);
    assertThat(run("check", "-v", BAIYUN.toString()).exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
  }

  @Test
  void renderTakesTheSharedLanguageAndRulebookOptions() {
    Cli.Run run = run("render", "--lang", "en", "--rulebook", "gz-dept-2021", BAIYUN.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.OK);
    assertThat(run.out()).contains("89.72");
    assertThat(run("render", "--rulebook", "gz-dept-2099", BAIYUN.toString()).err())
        .contains("--rulebook gz-dept-2099");
  }

  @Test
  void schemaPrintsTheJsonSchemaOfSelfEvaluations() throws IOException {
    Cli.Run run = run("schema", "self-evaluation");

    JsonNode schema = JSON.readTree(run.out());
    assertThat(schema.get("$schema").asText()).contains("2020-12");
    assertThat(schema.get("properties").has("statedFigures")).isTrue();
    assertThat(run.exit()).isEqualTo(Jixiao.OK);
    assertThat(run("schema", "rulebok").exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void renderMarkdownIsASelfEvaluationTableWithGroupsOnTheirFirstRow() {
    Cli.Run run = run("render", BAIYUN.toString());

    assertThat(run.out())
        .contains("| 一级指标 | 二级指标 | 三级指标 | 分值 | 自评得分 | 得分 | 评分说明 |")
        .contains("| 2 管理效率 | 2.1 资金管理 | 2.1.1 预算完成率 | 10 | — | 9.72 | 预算完成率 97.16% < 100%，"
            + "得分 = 10 × 97.16% = 9.72 [1] [2] [5] |")
        .contains("|  |  | 2.1.2 \"三公经费\"控制率 | 5 | — | 0.00 |")
        .contains("| **合计** | | | 100 | 94 | **89.72** | 良 |")
        // the findings under the table: 2 errors, 2 warnings, 18 infos, as check gives them
        .contains("**审核发现：错误 2，警告 2，提示 18**")
        .contains("- 错误 JX-401 `$.narrativeClaims[0]` 报告称“均达到了年初设定的各项绩效目标”，");
    assertThat(run.exit()).isEqualTo(Jixiao.OK);
  }

  @Test
  void renderHtmlSpansAGroupOverItsIndicators() {
    Cli.Run run = run("render", "--format", "html", BAIYUN.toString());

    assertThat(run.out()).startsWith("<!DOCTYPE html>")
        .contains("<td rowspan=\"8\">2 管理效率</td><td rowspan=\"3\">2.1 资金管理</td>"
            + "<td>2.1.1 预算完成率</td>")
        .contains("<td colspan=\"2\">1.1 重点工作办结率</td>")
        .contains("&quot;三公经费&quot;控制率")
        .contains("body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\","
            + "\"Source Han Sans SC\",sans-serif;font-variant-numeric:tabular-nums}")
        .contains("<h2>审核发现：错误 2，警告 2，提示 18</h2>")
        .contains("<li>错误 JX-401 <code>$.narrativeClaims[0]</code> 报告称");
  }


  /** Each line of standard output as JSON: what --json writes, JSON Lines. */
  private static List<JsonNode> lines(Cli.Run run) throws IOException {
    List<JsonNode> all = new ArrayList<>();
    for (String line : run.outLines()) {
      all.add(JSON.readTree(line));
    }
    return all;
  }
}
