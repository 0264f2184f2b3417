package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stage before the self-evaluation on the command line (issue 18): {@code review-targets} on
 * the training project's declaration, and {@code check} on its self-evaluation, which names the
 * declaration — 培训人次 declared ≥ 800 and evaluated against ≥ 1000 with no adjustment, the
 * declared 人均培训成本 left out.
 */
class TargetStagesCliTest {

  private static final Path DIR = Path.of("..", "examples", "training-2021");
  private static final Path DECLARATION = DIR.resolve("declaration.json");

  @TempDir
  Path tmp;

  @Test
  void theTrainingDeclarationDrawsTwoWarnings() {
    Cli.Run run = Cli.run("review-targets", DECLARATION.toString());

    assertThat(run.outLines()).contains("审核发现：错误 0，警告 2，提示 0",
        "  警告 JX-956  $.indicators[3].name  指标“资金支付率”为数量指标，衡量的却是资金的支付或执行（“资金”）："
            + "资金执行由预算执行率反映，此处应申报项目的产出");
    assertThat(run.exit()).isEqualTo(Jixiao.OK);
  }

  @Test
  void aRowWithNoTargetIsAnErrorAndTheJsonSaysSo() throws Exception {
    Path bad = tmp.resolve("declaration.json");
    Files.writeString(bad, Files.readString(DECLARATION).replace(
        "\"target\": 800, \"targetWritten\": \"800\", ", ""));

    Cli.Run run = Cli.run("review-targets", "--json", bad.toString());

    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("format").asText()).isEqualTo("jixiao/check-report/4");
    assertThat(report.get("input").get("path").asText()).isEqualTo(bad.toString());
    assertThat(report.get("findings").findValuesAsText("severity")).filteredOn("ERROR"::equals)
        .hasSize(1);
    assertThat(report.get("findings").findValuesAsText("code")).contains("JX-958");
    assertThat(run.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
  }

  @Test
  void aDeclarationThatIsNotOneIsRefusedAtItsLine() throws Exception {
    Path bad = tmp.resolve("declaration.json");
    Files.writeString(bad, Files.readString(DECLARATION).replace("\"requested\": 200",
        "\"requested\": -200"));

    Cli.Run run = Cli.run("review-targets", "--lang", "en", bad.toString());

    assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith(bad + ":15:")
        .contains("$.requested"));
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void checkComparesTheEvaluationWithTheDeclarationItNames() {
    Cli.Run run = Cli.run("check", DIR.resolve("evaluation.json").toString());

    assertThat(run.outLines()).contains("与其绩效目标申报表 " + DECLARATION + " 核对",
        "  警告 JX-961  $.indicators[3].target  指标“培训人次”申报时为“800”，自评却以“1000”为目标，"
            + "且未记录调整：请写明调整原因，或按申报的目标评价",
        "  警告 JX-963  $.declaration  申报的指标“人均培训成本”（申报表 $.indicators[7]）未出现在自评中："
            + "申报的每项目标都须评价");
  }

  @Test
  void aDeclarationThatCannotBeFoundIsSaidAndTheEvaluationStillChecked() throws Exception {
    Path evaluation = tmp.resolve("evaluation.json");
    Files.writeString(evaluation, Files.readString(DIR.resolve("evaluation.json")));

    Cli.Run run = Cli.run("check", "--lang", "en", evaluation.toString());

    assertThat(run.errLines()).anySatisfy(l -> assertThat(l)
        .startsWith(tmp.resolve("declaration.json").toString()));
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).contains("JX-601"));
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }

  @Test
  void checkComparesTheEvaluationWithItsJulyReportAndMonitorLightsIt() {
    Cli.Run check = Cli.run("check", DIR.resolve("evaluation.json").toString());

    assertThat(check.outLines()).contains("  警告 JX-964  $.entries[1].claimedScore  监控表"
        + " monitoring-2021-07.json 在 7 月称指标“培训人次”完全不可能完成，自评却得满分 20 分，且未记录调整："
        + "请说明其后的变化，或按实际完成情况评分");

    Cli.Run monitor = Cli.run("monitor", DIR.resolve("monitoring-2021-07.json").toString());
    // 380 ÷ (1000 × 7/12) = 0.651428… → 65.14, yellow; 35 ÷ (100 × 7/12) = 0.6 → 60.00, yellow;
    // the budget 70 ÷ 200 = 35 % against 58.33 %: v = 60.00, yellow
    assertThat(monitor.outLines()).anySatisfy(l -> assertThat(l).startsWith("T2.1.1")
        .contains("65.14").endsWith("黄灯"));
    assertThat(monitor.outLines()).anySatisfy(l -> assertThat(l).startsWith("T2.1.2")
        .contains("60.00").endsWith("黄灯"));
    assertThat(monitor.outLines()).anySatisfy(l -> assertThat(l).startsWith("预算执行")
        .contains("v = 60.00").endsWith("黄灯"));
    // 完全不可能 with no adjustment: the report's own error
    assertThat(monitor.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
  }
}
