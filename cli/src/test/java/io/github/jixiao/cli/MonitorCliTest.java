package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.monitoring.MonitoringLights;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao monitor} on the Baiyun July report written by hand in
 * examples/baiyun-2021/monitoring-2021-07.json: time progress 7 ÷ 12 = 58.33 %, each row's light,
 * the project's (yellow: the worst of its rows'), the budget's, JX-901 on 绩效管理; the same as
 * JSON; colour on a terminal only; a report that names an unknown rulebook, one with a finding of
 * severity error, and a hostile name refused.
 */
class MonitorCliTest {

  private static final Path JULY =
      Path.of("..", "examples", "baiyun-2021", "monitoring-2021-07.json");

  @TempDir
  Path dir;

  @Test
  void theLightsArePrintedAsATableWithTheProjectsAndTheBudgets() {
    Cli.Run run = Cli.run("monitor", JULY.toString());

    assertThat(run.outLines()).first().asString().contains("2021 年 7 月，序时进度 58.33%")
        .contains("gz-dept-2021");
    // 1.1: 52 ÷ (100 × 7 ÷ 12) × 100 = 52 × 12 ÷ 7 = 89.142… → 89.14, green
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("1.1").contains("重点工作办结率")
        .contains("≥ 100%").contains("52%").contains("89.14").endsWith("绿灯"));
    // 2.1.1: 45 × 12 ÷ 7 = 77.142… → 77.14, yellow; 2.1.2: 38.5 within ≤ 100, green
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("2.1.1").contains("77.14")
        .endsWith("黄灯"));
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("2.1.2")
        .contains("≤100%").endsWith("绿灯"));
    // the worst of the rows: yellow; budget 1520.85 ÷ 3306.19 = 46.00 %, v = 1520.85 × 1200 ÷
    // (3306.19 × 7) = 78.857… → 78.85, yellow
    assertThat(run.outLines()).contains("项目信号灯：黄灯",
        "预算执行：全年预算 3306.19，已执行 1520.85，执行率 46.00%，v = 78.85：黄灯",
        "  警告 JX-901  $.entries[8].deviationReason  “2.5 绩效管理”亮黄灯，但未填写偏差原因说明："
            + "信号灯不为绿灯时须说明");
    assertThat(run.out()).doesNotContain("\u001b");
    assertThat(run.exit()).isZero();
  }

  @Test
  void theJsonGivesTheSameLightsAndFindings() throws Exception {
    Cli.Run run = Cli.run("monitor", "--json", "--lang", "en", JULY.toString());

    JsonNode o = new ObjectMapper()
        .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .readTree(run.out());
    assertThat(o.get("month").asInt()).isEqualTo(7);
    assertThat(o.get("timeProgress").decimalValue()).isEqualByComparingTo("58.33");
    assertThat(o.get("indicators")).hasSize(10);
    assertThat(o.get("indicators").get(2).get("code").asText()).isEqualTo("2.1.1");
    assertThat(o.get("indicators").get(2).get("ratio").decimalValue())
        .isEqualByComparingTo(new BigDecimal("77.14"));
    assertThat(o.get("indicators").get(2).get("light").asText()).isEqualTo("YELLOW");
    assertThat(o.get("indicators").get(3).has("ratio")).isFalse();
    assertThat(o.get("projectLight").asText()).isEqualTo("YELLOW");
    assertThat(o.get("budget").get("rate").decimalValue()).isEqualByComparingTo("46.00");
    assertThat(run.out()).contains("\"rate\":46.00"); // written exactly, its scale kept
    assertThat(run.outLines()).hasSize(1); // JSON Lines: the report on one line
    assertThat(o.get("budget").get("light").asText()).isEqualTo("YELLOW");
    assertThat(o.get("warnings").asInt()).isEqualTo(1);
    assertThat(o.get("findings").get(0).get("code").asText()).isEqualTo("JX-901");
    assertThat(o.get("findings").get(0).get("path").asText())
        .isEqualTo("$.entries[8].deviationReason");
    assertThat(run.exit()).isZero();
  }

  @Test
  void theLightsAreColouredOnlyForATerminal() throws Exception {
    MonitoringReport report = JixiaoJson.standard().read(DocumentType.MONITORING, JULY);

    var coloured = new MonitorTable(Lang.EN, true).lines(MonitoringLights.of(report), false);
    var plain = new MonitorTable(Lang.EN, false).lines(MonitoringLights.of(report), false);

    assertThat(coloured).anySatisfy(l -> assertThat(l).startsWith("2.1.1")
        .endsWith("\u001b[33myellow\u001b[0m"));
    assertThat(coloured).anySatisfy(l -> assertThat(l).startsWith("1.1")
        .endsWith("\u001b[32mgreen\u001b[0m"));
    assertThat(plain).noneSatisfy(l -> assertThat(l).contains("\u001b"));
  }

  @Test
  void aControlCharacterInANameIsRefusedBeforeAnyLineIsWritten() throws Exception {
    Path hostile = dir.resolve("hostile.json");
    Files.writeString(hostile, Files.readString(JULY).replace("\"name\": \"重点工作办结率\"",
        "\"name\": \"\\u001b[2J重点\""));

    Cli.Run run = Cli.run("monitor", hostile.toString());

    // the reader refuses it (the table escapes every cell besides, see MonitorTable)
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).contains("$.entries[0].name");
    assertThat(run.out() + run.err()).doesNotContain("\u001b");
  }

  @Test
  void cannotBeCompletedWithoutAnAdjustmentIsAnErrorAndAnUnknownRulebookIsBadInput()
      throws Exception {
    Path impossible = dir.resolve("impossible.json");
    Files.writeString(impossible, Files.readString(JULY).replaceFirst("\"likelihood\": \"CERTAIN\"",
        "\"likelihood\": \"IMPOSSIBLE\""));
    Path unknown = dir.resolve("unknown.json");
    Files.writeString(unknown, Files.readString(JULY).replace("gz-dept-2021", "nowhere-2021"));

    Cli.Run error = Cli.run("monitor", impossible.toString());
    Cli.Run bad = Cli.run("monitor", unknown.toString());
    Cli.Run given = Cli.run("monitor", "--rulebook", "mof-project-2020", unknown.toString());

    assertThat(error.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
    assertThat(error.out()).contains("错误 JX-902  $.entries[0].adjustment");
    assertThat(bad.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(bad.err()).contains("$.rulebook").contains("nowhere-2021")
        .contains("请用 --rulebook 给出");
    assertThat(given.exit()).isZero();
    assertThat(given.out()).contains("采用评分办法 mof-project-2020 的阈值");
  }

  @Test
  void aZeroBudgetIsNotApplicableAndTheDefaultsApplyWithoutARulebook() throws Exception {
    Path zero = dir.resolve("zero.json");
    Files.writeString(zero, Files.readString(JULY).replace("\"fullYear\": 3306.19", "\"fullYear\": 0")
        .replace("\"executed\": 1520.85", "\"executed\": 0")
        .replace("  \"rulebook\": \"gz-dept-2021\",\n", ""));

    Cli.Run run = Cli.run("monitor", "--lang", "en", zero.toString());

    assertThat(run.outLines()).contains(
        "budget: the full-year budget is 0, budget execution is not applicable");
    assertThat(run.out()).contains("the vendor systems' thresholds 60 / 80 / 120");
    assertThat(run.exit()).isZero();
  }
}
