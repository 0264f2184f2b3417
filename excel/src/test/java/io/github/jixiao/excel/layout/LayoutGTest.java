package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.WorkpaperNote;
import io.github.jixiao.excel.WorkpaperResult;
import io.github.jixiao.excel.read.ExcelWorkpapers;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.review.ReviewCard;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.review.ReviewProblem;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout G, the reviewer's workpaper (复核底稿): the Baiyun 2021 review written as a workpaper
 * reads back as review.json's entries; a blank 复核得分, a 合计 row, a summary sheet, a row naming
 * no indicator, a 自评得分 that is not the evaluation's, text in a quantitative 复核完成值, a 偏差
 * that is not 自评 − 复核, label variants, and the header at row 8 but not row 9.
 */
class LayoutGTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "baiyun-2021");
  private static final SelfEvaluation BAIYUN = JixiaoJson.standard()
      .readEvaluation(EXAMPLE.resolve("evaluation.json"));

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static String zh(WorkpaperNote note) {
    return note.message(Locale.CHINESE);
  }

  @Test
  void theBaiyunWorkpaperReadsAsTheReviewWrittenByHand() throws Exception {
    Path file = BaiyunWorkpaper.write(dir, "复核底稿.xlsx");
    Review byHand = JixiaoJson.standard().read(DocumentType.REVIEW, EXAMPLE.resolve("review.json"));

    WorkpaperResult result = ExcelWorkpapers.standard().read(file, BAIYUN);

    ReviewedSheet sheet = result.sheets().get(0);
    assertThat(result.sheets()).hasSize(1);
    assertThat(sheet.sheet()).isEqualTo("白云区人大");
    Review read = sheet.review();
    // every row review.json has, field for field, in its order
    assertThat(read.getEntries()).isEqualTo(byHand.getEntries());
    // the 合计 row is no entry; its 复核得分 is the stated total
    assertThat(read.getTotal()).contains(d("87.72"));
    assertThat(read.getEvaluation().getDepartmentCode()).isEqualTo("baiyun-rd-sc-office");
    assertThat(read.getEvaluation().getFiscalYear()).isEqualTo(2021);
    assertThat(read.getEvaluation().getTitle()).isEqualTo(BAIYUN.getTitle());
    // the workpaper agrees with the evaluation throughout: nothing to say
    assertThat(sheet.notes()).isEmpty();
    assertThat(sheet.cellOf("$.entries[2].score")).contains("白云区人大!K6");
    assertThat(sheet.cellOf("$.entries[2].actual")).contains("白云区人大!J6");
    assertThat(sheet.cellOf("$.entries[0]")).contains("白云区人大!B4");
    assertThat(sheet.cellOf("$.total")).contains("白云区人大!K14");
  }

  @Test
  void theBaiyunWorkpapersCardIsTheHandWrittenReviewsCard() throws Exception {
    Review read = ExcelWorkpapers.standard().read(BaiyunWorkpaper.write(dir, "底稿.xlsx"), BAIYUN)
        .sheets().get(0).review();
    var book = Rulebooks.byId("gz-dept-2021").orElseThrow();

    ReviewCard card = ReviewCards.of(read, BAIYUN, book, Scorer.standard().score(BAIYUN, book));

    // 25 + 20 + 9.72 + 0 + 4 + 6 + 6 + 6 + 5 + 6 = 87.72 as stated; (94 − 87.72) ÷ 94 = 6.68 %
    assertThat(card.reviewTotal()).contains(d("87.72"));
    assertThat(card.deviation()).contains(d("6.68"));
  }

  /** The Baiyun evaluation whose unit scored 重点工作办结率 25 itself. */
  private static SelfEvaluation withClaimed() {
    return BAIYUN.withEntry("1.1", e -> IndicatorEntry.builder().from(e).claimedScore(d("25"))
        .build());
  }

  private WorkpaperResult edited() throws Exception {
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("汇总").row("A1", "项目", "自评得分", "复核得分").row("A2", "白云区人大", 94, 87.72);
      // the header at row 8, in the variants: 一级指标, 分值, 自评分, 复核分, 差值, 复核说明
      w.sheet("项目1").set("A1", "复核底稿").row("A8", "一级指标", "二级指标", "三级指标", "分值",
          "实际完成值", "自评分", "复核完成值", "复核分", "差值", "复核说明")
          .row("A9", "履职效能", "重点工作办结率", null, 25, null, 24, null, 20, 3, "抽查 10 件")
          .row("A10", "履职效能", "履职效果", null, 25, "履职效能方面，能履行好各项主要职能", null, "基本达成")
          .row("A11", "管理效率", "资金管理", "预算完成率", 10, null, null, "决算未提供", 8)
          .row("A12", "管理效率", "资金管理", "会议保障率", 5, null, null, null, 5)
          .row("A13", "管理效率", "资金管理", "\"三公经费\"控制率", 5, null, null, null, "待定")
          .row("A14", "合计", null, null, 100, null, 94, null, 33)
          .row("A15", "履职效能", null, null, 50, null, null, null, 45);
      return ExcelWorkpapers.standard().read(w.save(dir, "edited.xlsx"), withClaimed());
    }
  }

  @Test
  void aSummarySheetIsSkippedAndTheHeaderAtRow8IsFoundInItsVariants() throws Exception {
    WorkpaperResult result = edited();

    assertThat(result.skipped()).singleElement().satisfies(s -> {
      assertThat(s.sheet()).isEqualTo("汇总");
      assertThat(s.reason(Locale.CHINESE)).isEqualTo("工作表 汇总 为复核底稿的汇总表：未读取");
    });
    ReviewedSheet sheet = result.sheets().get(0);
    assertThat(sheet.notes()).filteredOn(n -> n.severity() == Severity.INFO)
        .extracting(n -> n.cell().orElseThrow() + " " + zh(n)).contains(
            "项目1!A8 表头“一级指标”按 一级 栏读取", "项目1!D8 表头“分值”按 权重 栏读取",
            "项目1!F8 表头“自评分”按 自评得分 栏读取", "项目1!H8 表头“复核分”按 复核得分 栏读取",
            "项目1!I8 表头“差值”按 偏差 栏读取", "项目1!J8 表头“复核说明”按 备注 栏读取",
            // a row naming only its 一级 names a leaf at level 1, or, as here, a group
            "项目1!A15 “履职效能”是自评中的指标分组，不是具体指标：该行未读取");
  }

  @Test
  void eachRowsTroubleIsSaidAtItsCellAndNothingIsReadAsZero() throws Exception {
    ReviewedSheet sheet = edited().sheets().get(0);
    Review review = sheet.review();

    // 重点工作办结率, 履职效果, 预算完成率 and 三公经费控制率 are read; 会议保障率 is no indicator
    assertThat(review.getEntries()).extracting(e -> e.getIndicatorCode())
        .containsExactly("1.1", "1.2", "2.1.1", "2.1.2");
    assertThat(sheet.notes()).filteredOn(n -> n.severity() == Severity.ERROR)
        .extracting(n -> n.cell().orElseThrow() + " " + zh(n)).containsExactly(
            "项目1!C12 所复核的自评在 管理效率 / 资金管理 下没有名为“会议保障率”的指标：该行未读取",
            "项目1!H13 复核得分“待定”不是数字：按空白读取，不按 0 处理");
    // 复核得分 blank (履职效果) and 待定 (三公经费控制率) stay blank: JX-704's to say
    assertThat(review.entry("1.2").orElseThrow().getScore()).isEmpty();
    assertThat(review.entry("2.1.2").orElseThrow().getScore()).isEmpty();
    // 预算完成率 is quantitative: "决算未提供" is kept as written, never a 0
    var budget = review.entry("2.1.1").orElseThrow();
    assertThat(budget.getActual()).isEmpty();
    assertThat(budget.getActualText()).contains("决算未提供");
    assertThat(budget.getScore()).contains(d("8"));
    // 履职效果 is qualitative: its text is its actual
    assertThat(review.entry("1.2").orElseThrow().getActualText()).contains("基本达成");
    assertThat(review.entry("1.1").orElseThrow().getNote()).contains("抽查 10 件");
    // the 合计 row's 复核分 is the stated total, not an entry
    assertThat(review.getTotal()).contains(d("33"));
    assertThat(sheet.notes()).filteredOn(n -> n.severity() == Severity.WARNING)
        .extracting(n -> n.cell().orElseThrow() + " " + zh(n)).containsExactly(
            // the unit scored 1.1 25 in its evaluation; the reviewer's copy says 24
            "项目1!F9 指标 1.1 重点工作办结率 的自评得分在底稿中为“24”，在自评中为“25”："
                + "复核人是否依据了另一版本的自评表？",
            // 24 − 20 = 4, not the 3 written
            "项目1!I9 指标 1.1 重点工作办结率 的偏差填为“3”，而自评得分减复核得分为 4：该栏不予采用",
            "项目1!G11 指标 预算完成率 为定量指标，但其复核完成值“决算未提供”不是数字：按原文保留，不按 0 处理");
  }

  @Test
  void theBlankScoreIsTheCardsJx704AtItsCell() throws Exception {
    ReviewedSheet sheet = edited().sheets().get(0);
    var book = Rulebooks.byId("gz-dept-2021").orElseThrow();
    SelfEvaluation evaluation = withClaimed();

    ReviewCard card = ReviewCards.of(sheet.review(), evaluation, book,
        Scorer.standard().score(evaluation, book));

    assertThat(card.problems()).filteredOn(p -> p.code().equals("JX-704"))
        .extracting(ReviewProblem::path).containsExactly("$.entries[1].score",
            "$.entries[3].score");
    assertThat(sheet.cellOf("$.entries[1].score")).contains("项目1!H10");
    assertThat(sheet.cellOf("$.entries[3].score")).contains("项目1!H13");
  }

  @Test
  void aHeaderAtRow9IsNoHeaderAndAWorkbookOfNoneIsRefused() throws Exception {
    Path file;
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("项目1").row("A9", "一级", "二级", "三级", "权重", "复核得分")
          .row("A10", "履职效能", "重点工作办结率", null, 25, 25);
      file = w.save(dir, "row9.xlsx");
    }

    assertThatThrownBy(() -> ExcelWorkpapers.standard().read(file, BAIYUN))
        .isInstanceOfSatisfying(ExcelImportException.class, e -> assertThat(
            e.message(Locale.CHINESE)).isEqualTo("row9.xlsx 没有复核底稿工作表：各工作表均为隐藏表、汇总表，"
                + "或前 8 行中没有载明三级指标和复核得分的表头"));
  }

  @Test
  void aRowNamingTwoIndicatorsIsSaidWithBothCodesAndNotRead() throws Exception {
    // 采购管理 renamed 资产管理: two indicators of that name under 管理效率
    SelfEvaluation twice = BAIYUN.withIndicator("2.2", i -> i.withName("资产管理"));
    Path file;
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("项目1").row("A1", "一级", "二级", "三级", "权重", "复核得分")
          .row("A2", "管理效率", "资产管理", null, 6, 6);
      file = w.save(dir, "twice.xlsx");
    }

    ReviewedSheet sheet = ExcelWorkpapers.standard().read(file, twice).sheets().get(0);

    assertThat(sheet.review().getEntries()).isEmpty();
    assertThat(sheet.notes()).extracting(n -> n.cell().orElseThrow() + " " + zh(n))
        .containsExactly("项目1!B2 “资产管理”对应自评中的多个指标（2.2、2.3）：该行未读取；"
            + "请填写其一级、二级指标名称");
  }

  @Test
  void aHeaderSplitOverTwoRowsIsReadAsOne() throws Exception {
    Path file;
    try (TestWorkbook w = new TestWorkbook()) {
      // 自评 and 复核 merged over 完成值 | 得分 in the row below; 一级, 二级, 三级 merged down
      w.sheet("项目1").row("A2", "一级", "二级", "三级", "自评", "自评", "复核", "复核")
          .row("A3", "一级", "二级", "三级", "完成值", "得分", "完成值", "得分")
          .merge("D2:E2").merge("F2:G2").merge("A2:A3").merge("B2:B3").merge("C2:C3")
          .row("A4", "管理效率", "资金管理", "预算完成率", 97.16, null, 97.16, 9.72);
      file = w.save(dir, "two-rows.xlsx");
    }

    ReviewedSheet sheet = ExcelWorkpapers.standard().read(file, BAIYUN).sheets().get(0);

    var entry = sheet.review().entry("2.1.1").orElseThrow();
    assertThat(entry.getActual()).contains(d("97.16"));
    assertThat(entry.getScore()).contains(d("9.72"));
    assertThat(sheet.cellOf("$.entries[0].score")).contains("项目1!G4");
  }
}
