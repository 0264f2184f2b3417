package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao review-card} on the review of the Baiyun report written by hand in
 * examples/baiyun-2021/review.json: the unit's 94, the rules' 89.72 and the reviewer's 87.72 side
 * by side with the deviation, the grade change, and the review's own slip.
 */
class ReviewCardCliTest {

  private static final Path REVIEW = Path.of("..", "examples", "baiyun-2021", "review.json");

  @TempDir
  Path dir;

  @Test
  void theThreeScoresStandSideBySideWithTheDeviation() {
    Cli.Run run = Cli.run("review-card", REVIEW.toString());

    // the reviewer's rows: 25 + 20 + 9.72 + 0 + 4 + 6 + 6 + 6 + 5 + 6 = 87.72;
    // 偏离度 (94 − 87.72) ÷ 94 = 6.28 ÷ 94 = 0.066808… → 6.68 %
    assertThat(run.outLines()).contains("总分：自评 94，规则 89.72，复核 87.72，偏离度 6.68%",
        "等级：自评 优，复核 良（有变化）");
    // 资金使用合规性: the rules' 5.00, the reviewer's 4 (the unit gave no score per indicator)
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("2.1.3").contains("资金使用合规性")
        .contains("5.00").endsWith("4           —"));
    assertThat(run.outLines()).contains("  2.1.3 资金使用合规性  5.00 → 4", "  2.5 绩效管理  6.00 → 5");
    // 1.2 keeps 20 points under a reason that says the data was not provided (未提供): JX-702
    assertThat(run.outLines()).contains("  警告 JX-702  $.entries[1].score  指标“1.2 履职效果”的扣分理由称“未提供”，"
        + "无佐证应得 0 分，但复核得分为 20");
    assertThat(run.exit()).isZero();
  }

  @Test
  void jsonGivesTheCardsRowsAsExactDecimalStrings() throws Exception {
    Cli.Run run = Cli.run("review-card", "--json", "--lang", "en", REVIEW.toString());

    var card = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(card.get("reviewer").asText()).isEqualTo("某会计师事务所（示例，复核分数为手写示例）");
    // 资金使用合规性: weight 5, the rules' 5.00, the reviewer's 4; the unit scored no indicator
    var compliance = card.get("rows").get(4);
    assertThat(compliance.get("code").asText()).isEqualTo("2.1.3");
    assertThat(compliance.get("name").asText()).isEqualTo("资金使用合规性");
    assertThat(compliance.get("weight").asText()).isEqualTo("5");
    assertThat(compliance.get("rules").asText()).isEqualTo("5.00");
    assertThat(compliance.get("review").asText()).isEqualTo("4");
    assertThat(compliance.has("unit")).isFalse();
    assertThat(compliance.has("deviation")).isFalse();
    // (94 − 87.72) ÷ 94 × 100 = 6.6808… → "6.68", a string, never a double
    assertThat(card.get("deviation").isTextual()).isTrue();
    assertThat(card.get("deviation").asText()).isEqualTo("6.68");
    assertThat(card.get("reviewTotal").asText()).isEqualTo("87.72");
    assertThat(card.get("gradeChanged").asBoolean()).isTrue();
    var problem = card.get("problems").get(0);
    assertThat(problem.get("code").asText()).isEqualTo("JX-702");
    assertThat(problem.get("severity").asText()).isEqualTo("WARNING");
    assertThat(problem.get("path").asText()).isEqualTo("$.entries[1].score");
    assertThat(problem.has("cell")).isFalse();
    assertThat(problem.get("message").asText()).contains("1.2").contains("20");
    assertThat(card.has("notes")).isFalse();
    assertThat(run.exit()).isZero();
  }

  @Test
  void aReviewOfAnotherYearIsAnErrorAndOneWithoutAnEvaluationIsBadInput() throws Exception {
    Path other = dir.resolve("review.json");
    Files.writeString(other, Files.readString(REVIEW).replace("\"fiscalYear\": 2021",
        "\"fiscalYear\": 2020").replace("\"file\": \"evaluation.json\"", "\"file\": \""
        + Cli.BAIYUN.toAbsolutePath().toString().replace("\\", "\\\\") + "\""));
    Path bare = dir.resolve("bare.json");
    Files.writeString(bare, "{\"format\": \"jixiao/review/1\", \"evaluation\": {\"departmentCode\":"
        + " \"baiyun-rd-sc-office\", \"fiscalYear\": 2021}}");

    Cli.Run wrongYear = Cli.run("review-card", other.toString());
    Cli.Run noEvaluation = Cli.run("review-card", bare.toString());
    Cli.Run given = Cli.run("review-card", "--evaluation", Cli.BAIYUN.toString(), bare.toString());

    assertThat(wrongYear.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
    assertThat(wrongYear.out()).contains("错误 JX-707");
    assertThat(noEvaluation.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(noEvaluation.err()).contains("复核文档未载明所复核的自评文件：请用 --evaluation 给出");
    // no rows: every indicator's review score blank is no problem of a row, and no total
    assertThat(given.exit()).isZero();
    assertThat(given.out()).contains("总分：自评 94，规则 89.72，复核 —，偏离度 —");
  }
}
