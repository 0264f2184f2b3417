package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.StatedFigure;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao extract} and {@code jixiao check} on a report (issue 20): the seed's own text,
 * examples/baiyun-2021/report.txt, against the hand-made examples/baiyun-2021/evaluation.json —
 * budget 3306.19 / 3212.37 万元, the four stated figures (3212.37 / 3306.19, 169 / 184, 89 / 102,
 * 100 / 100), the claimed total 94, the claims and the three problems.
 */
class ReportCliTest {

  private static final Path REPORT = Path.of("..", "examples", "baiyun-2021", "report.txt");

  @TempDir
  Path dir;

  @Test
  void theSeedsDraftHoldsTheHandMadeDocumentsFiguresClaimsAndProblemsEachWithItsSentence()
      throws Exception {
    Path out = dir.resolve("draft.json");

    Cli.Run run = Cli.run("extract", REPORT.toString(), "-o", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    DraftEvaluation draft = JixiaoJson.standard().read(DocumentType.DRAFT_EVALUATION, out);
    SelfEvaluation e = draft.getEvaluation().orElseThrow();
    SelfEvaluation hand = JixiaoJson.standard().readEvaluation(Cli.BAIYUN);
    assertThat(e.getClaimedTotal()).contains(new BigDecimal("94"));
    assertThat(e.getBudget().getFullYear()).isEqualTo(hand.getBudget().getFullYear());
    assertThat(e.getBudget().getExecuted()).isEqualTo(hand.getBudget().getExecuted());
    assertThat(e.getStatedFigures()).extracting(f -> f.getNumerator().orElseThrow()
        .stripTrailingZeros().toPlainString() + "/" + f.getDenominator().orElseThrow()
        .stripTrailingZeros().toPlainString()).containsExactlyInAnyOrder("3212.37/3306.19",
            "169/184", "89/102", "100/100");
    assertThat(e.getStatedFigures()).extracting(StatedFigure::getNumerator).containsAll(
        hand.getStatedFigures().stream().map(StatedFigure::getNumerator).toList());
    // the draft quotes whole sentences, each holding the hand-made clause
    List<String> claims = e.getNarrativeClaims().stream().map(NarrativeClaim::getQuote).toList();
    for (String clause : List.of("均达到了年初设定的各项绩效目标", "全面完成绩效目标任务",
        "全面完成各项目标任务")) {
      assertThat(claims).anySatisfy(q -> assertThat(q).contains(clause));
    }
    assertThat(e.getProblems()).extracting(Problem::getText).containsExactly("预算编制工作有待细化",
        "预算的合理性和执行力度还需加强", "项目资金支出进度分配不均");
    // every value of the draft is an item with its sentence, and the list says what is missing
    assertThat(draft.getExtraction().getItems()).allSatisfy(i -> {
      assertThat(i.getSentence()).isNotBlank();
      assertThat(i.getParagraph()).isPositive();
    });
    assertThat(draft.getExtraction().itemOf("$.claimedTotal").orElseThrow().getSentence())
        .isEqualTo("本单位 2021 年部门整体支出绩效自评为 94 分。");
    assertThat(run.out()).contains("报告中未找到：").contains("年初预算数")
        .contains("以上为草稿：使用前须由人逐项对照报告确认。");
  }

  @Test
  void withoutOutputTheDraftIsTheDocumentOnStandardOutputAndTheListGoesToStandardError() {
    Cli.Run run = Cli.run("extract", "--lang", "en", REPORT.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("{\n  \"format\": \"jixiao/draft-evaluation/1\"");
    assertThat(run.err()).contains("draft extracted:").contains("not found in the report:");
  }

  @Test
  void checkingTheReportQuotesTheTwoClaimsTheExecutionRateContradicts() {
    Cli.Run run = Cli.run("check", REPORT.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
    List<String> lines = run.outLines();
    int first = lines.indexOf("  错误 JX-401  $.narrativeClaims[0]  报告称“全面完成绩效目标任务”，但预算执行率为"
        + " 97.16%，未达到100%");
    assertThat(first).isPositive();
    assertThat(lines.get(first + 1)).startsWith("    第 ").contains("全面完成绩效目标任务。”");
    int second = lines.indexOf("  错误 JX-401  $.narrativeClaims[1]  报告称“均达到了年初设定的各项绩效目标”，"
        + "但预算执行率为 97.16%，未达到100%");
    assertThat(second).isPositive();
    assertThat(lines.get(second + 1)).isEqualTo("    第 42 段：“绩效管理情况较为理想，保重点、保运转，多办事少花钱，"
        + "均达到了年初设定的各项绩效目标。”");
    // a report has no indicator table: the rescoring checks are not run, not failed
    assertThat(run.out()).doesNotContain("JX-302  ").contains("JX-302（未提供评分办法）");
  }

  @Test
  void anOldWordFileIsRefusedSayingToSaveItAsDocx() throws Exception {
    Path old = dir.resolve("报告.doc");
    Files.write(old, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});

    Cli.Run run = Cli.run("extract", "--lang", "en", old.toString());

    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).contains(old.toString()).contains(".docx")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }
}
