package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.core.Review;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao review-card} on a reviewer's workpaper (复核底稿, layout G): the Baiyun 2021
 * review of examples/baiyun-2021/review.json written as a workpaper and read against the
 * evaluation — the same card as the review document's, in text and as JSON; a second sheet with a
 * row naming no indicator; the reviews saved with {@code -o} and read back; a workbook refused in
 * one line; a workpaper without {@code --evaluation}.
 */
class ReviewWorkpaperCliTest {

  private static final String SAME = "在采购管理、信息公开管理、资产管理和成本管理、绩效管理方面较规范，均能严格遵相关规定";

  @TempDir
  Path dir;

  /**
   * The Baiyun workpaper: 一级 | 二级 | 三级 | 权重 | 自评完成值 | 自评得分 | 复核完成值 | 复核得分 | 备注,
   * and 扣分理由 beyond layout G's columns.
   */
  private static void baiyun(Sheet s) {
    row(s, 0, "一级", "二级", "三级", "权重", "自评完成值", "自评得分", "复核完成值", "复核得分", "备注",
        "扣分理由");
    row(s, 1, "履职效能", "重点工作办结率", null, 25, null, null, null, 25, "代表建议 100 件均已办结");
    row(s, 2, "履职效能", "履职效果", null, 25, "履职效能方面，能履行好各项主要职能", null, "基本达成", 20,
        null, "履职效果仅有定性表述，未提供量化的效果数据");
    row(s, 3, "管理效率", "资金管理", "预算完成率", 10, null, null, 97.16, 9.72);
    row(s, 4, "管理效率", "资金管理", "\"三公经费\"控制率", 5, null, null, null, 0);
    row(s, 5, "管理效率", "资金管理", "资金使用合规性", 5,
        "所有资金使用严格按审批程序办理、操作规范，会计核算结果真实、准确，各项支出严格按照各项制度执行", null, null, 4);
    String[] rest = {"采购管理", "资产管理", "成本管理", "绩效管理", "信息公开管理"};
    for (int i = 0; i < rest.length; i++) {
      row(s, 6 + i, "管理效率", rest[i], null, 6, SAME, null, null, rest[i].equals("绩效管理") ? 5 : 6);
    }
    row(s, 11, "合计", null, null, 100, null, 94, null, 87.72);
  }

  private static void row(Sheet s, int r, Object... values) {
    Row row = s.createRow(r);
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (values[c] != null) {
        row.createCell(c).setCellValue(values[c].toString());
      }
    }
  }

  private Path workpaper(boolean second) throws Exception {
    Path file = dir.resolve("复核底稿.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      row(book.createSheet("汇总"), 0, "项目", "复核得分");
      baiyun(book.createSheet("白云区人大"));
      if (second) {
        Sheet s = book.createSheet("复核二");
        baiyun(s);
        row(s, 12, "管理效率", "资金管理", "会议保障率", 5, null, null, null, 5);
      }
      book.write(out);
    }
    return file;
  }

  @Test
  void aWorkpaperGivesTheSameCardAsTheReviewDocument() throws Exception {
    Cli.Run run = Cli.run("review-card", workpaper(false).toString(), "--evaluation",
        Cli.BAIYUN.toString());

    // 25 + 20 + 9.72 + 0 + 4 + 6 + 6 + 6 + 5 + 6 = 87.72, stated on the 合计 row;
    // 偏离度 (94 − 87.72) ÷ 94 = 6.28 ÷ 94 = 0.066808… → 6.68 %
    assertThat(run.outLines()).contains("总分：自评 94，规则 89.72，复核 87.72，偏离度 6.68%",
        "等级：自评 优，复核 良（有变化）", "  2.1.3 资金使用合规性  5.00 → 4", "复核底稿读取说明：0 条");
    // the reviewer's 未提供 beside 20 points, at the cell the score was read from
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l)
        .startsWith("  警告 JX-702  $.entries[1].score 白云区人大!H3  "));
    assertThat(run.errLines()).containsExactly(dir.resolve("复核底稿.xlsx") + " 汇总: "
        + "已跳过：工作表 汇总 为复核底稿的汇总表：未读取");
    assertThat(run.exit()).isZero();
  }

  @Test
  void jsonGivesEachRowsScoresAsExactDecimals() throws Exception {
    Cli.Run run = Cli.run("review-card", "--json", workpaper(false).toString(), "--evaluation",
        Cli.BAIYUN.toString());

    JsonNode card = new ObjectMapper().readTree(run.out());
    assertThat(card.get("sheet").asText()).isEqualTo("白云区人大");
    assertThat(card.get("rulebook").asText()).isEqualTo("gz-dept-2021");
    JsonNode budget = card.get("rows").get(2);
    // 预算完成率: weight 10; the rules' 10 × 3212.37 ÷ 3306.19 = 9.7162… → 9.72; the reviewer's 9.72
    assertThat(budget.get("code").asText()).isEqualTo("2.1.1");
    assertThat(budget.get("weight").asText()).isEqualTo("10");
    assertThat(budget.get("rules").asText()).isEqualTo("9.72");
    assertThat(budget.get("review").asText()).isEqualTo("9.72");
    assertThat(budget.has("unit")).isFalse(); // the unit scored no indicator
    assertThat(card.get("unitTotal").asText()).isEqualTo("94");
    assertThat(card.get("rulesTotal").asText()).isEqualTo("89.72");
    assertThat(card.get("reviewTotal").asText()).isEqualTo("87.72");
    assertThat(card.get("deviation").asText()).isEqualTo("6.68");
    assertThat(card.get("unitGrade").asText()).isEqualTo("EXCELLENT");
    assertThat(card.get("reviewGrade").asText()).isEqualTo("GOOD");
    assertThat(card.get("gradeChanged").asBoolean()).isTrue();
    JsonNode problem = card.get("problems").get(0);
    assertThat(problem.get("code").asText()).isEqualTo("JX-702");
    assertThat(problem.get("severity").asText()).isEqualTo("WARNING");
    assertThat(problem.get("path").asText()).isEqualTo("$.entries[1].score");
    assertThat(problem.get("cell").asText()).isEqualTo("白云区人大!H3");
    assertThat(problem.get("message").asText()).isEqualTo("指标“1.2 履职效果”的扣分理由称“未提供”，"
        + "无佐证应得 0 分，但复核得分为 20");
    assertThat(card.get("notes")).isEmpty();
  }

  @Test
  void aRowNamingNoIndicatorIsAnErrorOfItsSheetAndEachSheetHasItsCard() throws Exception {
    Cli.Run run = Cli.run("review-card", "--json", "--lang", "en", workpaper(true).toString(),
        "--evaluation", Cli.BAIYUN.toString());

    List<JsonNode> cards = run.jsonLines(); // a card a line, one per sheet
    assertThat(cards).hasSize(2);
    assertThat(cards.get(0).get("notes")).isEmpty();
    JsonNode note = cards.get(1).get("notes").get(0);
    assertThat(note.get("severity").asText()).isEqualTo("ERROR");
    assertThat(note.get("cell").asText()).isEqualTo("复核二!C13");
    assertThat(note.get("message").asText()).isEqualTo("the evaluation has no indicator named "
        + "\"会议保障率\" under 管理效率 / 资金管理: row not read");
    assertThat(run.exit()).isEqualTo(Jixiao.ERROR_FINDINGS);
  }

  @Test
  void theReviewsAreSavedAsDocumentsThatNameTheEvaluation() throws Exception {
    Path out = dir.resolve("reviews");
    Cli.Run run = Cli.run("review-card", workpaper(false).toString(), "--evaluation",
        Cli.BAIYUN.toString(), "-o", out.toString());
    assertThat(run.exit()).isZero();
    Path saved = out.resolve("白云区人大.json");

    Review review = JixiaoJson.standard().read(DocumentType.REVIEW, saved);
    Cli.Run again = Cli.run("review-card", saved.toString());

    assertThat(review.getEvaluation().getFile()).contains(out.toAbsolutePath().normalize()
        .relativize(Cli.BAIYUN.toAbsolutePath().normalize()).toString().replace('\\', '/'));
    assertThat(review.getTotal()).hasValueSatisfying(t -> assertThat(t)
        .isEqualByComparingTo("87.72"));
    assertThat(again.outLines()).contains("总分：自评 94，规则 89.72，复核 87.72，偏离度 6.68%");
    assertThat(again.exit()).isZero();
  }

  @Test
  void aRefusedWorkbookIsOneLineAndAWorkpaperNeedsItsEvaluation() throws Exception {
    Path html = Files.writeString(dir.resolve("底稿.xls"), "<html><table><tr><td>复核得分</td></tr>"
        + "</table></html>");

    Cli.Run refused = Cli.run("review-card", html.toString(), "--evaluation",
        Cli.BAIYUN.toString());
    Cli.Run bare = Cli.run("review-card", workpaper(false).toString());

    assertThat(refused.errLines()).containsExactly("底稿.xls 是以 Excel 文件名保存的网页（HTML）："
        + "请用 Excel 打开并另存为 .xlsx");
    assertThat(refused.out()).isEmpty();
    assertThat(refused.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(bare.errLines()).containsExactly(dir.resolve("复核底稿.xlsx")
        + ": 复核底稿未载明所复核的自评：请用 --evaluation 给出");
    assertThat(bare.exit()).isEqualTo(Jixiao.BAD_INPUT);
  }
}
