package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout A, the national 2020 项目支出绩效自评表, in Jixiao's own template shape (columns A..K, with
 * 指标性质 and 计量单位): read, scored under mof-project-2020 and checked. Every figure is the
 * test's own.
 */
class LayoutATest {

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** The template's 项目1, filled in for a training project of 2021. */
  static TestWorkbook template(TestWorkbook w, String sheet) {
    w.sheet(sheet)
        .set("A1", "项目支出绩效自评表").merge("A1:K1")
        .set("A2", "（2021年度）").merge("A2:K2")
        .set("A3", "项目名称").set("B3", "培训项目").merge("B3:K3")
        .set("A4", "主管部门").set("B4", "219-合肥市某局（示例）").merge("B4:E4")
        .set("F4", "实施单位").set("G4", "合肥市某中心（示例）").merge("G4:K4")
        .set("A5", "项目资金（万元）").merge("A5:A9")
        .row("C5", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分")
        .row("B6", "年度资金总额", 180, 200, 180, 10).percent("G6", 0.9).set("H6", 9)
        .row("B7", "其中：当年财政拨款", 150, 170, 160, "—", "—", "—")
        .row("B8", "上年结转资金", "—", 20, 15, "—", "—", "—")
        .row("B9", "其他资金", 30, 10, 5, "—", "—", "—")
        .set("A10", "年度总体目标").merge("A10:A11")
        .set("B10", "预期目标").merge("B10:F10").set("G10", "实际完成情况").merge("G10:K10")
        .set("B11", "完成培训1000人次").merge("B11:F11").set("G11", "培训800人次")
        .merge("G11:K11")
        .row("A12", "一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "计量单位", "实际完成值",
            "分值", "得分", "偏差原因分析及改进措施")
        .set("A13", "产出指标(50分)").merge("A13:A16")
        .set("B13", "数量指标").merge("B13:B14")
        .row("C13", "培训人次", "≥", "1000", "人次", "800", 20, 16, "部分学员延期")
        .set("C14", "指标1：")
        .row("B15", "质量指标", "培训合格率", null, "≥95%", "%", "效果明显", 20, 18)
        .row("B16", "时效指标", "按期完成率", "2", "100", "%", "100%", 10, 10)
        .set("A17", "效益指标(30分)").merge("A17:A18")
        .row("B17", "社会效益", "基层业务能力提升", "定性", "有所提升", null, "部分达成", 30)
        .set("B18", "社会效益").set("C18", "……")
        .row("A19", "满意度指标(10分)", "服务对象满意度指标", "学员满意度", "≥", "90", "%", "85%", 10, 9)
        .row("A20", "总分").set("H20", 100).set("I20", 62)
        .set("A21", "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、"
            + "预算资金执行率10分").merge("A21:K21");
    return w;
  }

  private SelfEvaluation imported() throws Exception {
    try (TestWorkbook w = template(new TestWorkbook(), "项目1")) {
      ImportResult result = ExcelTables.standard().read(w.save(dir, "2021自评表.xlsx"));
      assertThat(result.sheets()).singleElement().satisfies(s -> {
        assertThat(s.sheet()).isEqualTo("项目1");
        assertThat(s.layout()).isEqualTo("A");
      });
      return result.sheets().get(0).evaluation();
    }
  }

  private static Indicator indicator(SelfEvaluation e, String code) {
    return e.getIndicators().stream().filter(i -> i.getCode().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no indicator " + code));
  }

  @Test
  void theTemplateIsReadWithTheCellOfEveryValue() throws Exception {
    SelfEvaluation e = imported();
    assertThat(e.getFiscalYear()).isEqualTo(2021);
    assertThat(e.getRulebook()).contains("mof-project-2020");
    assertThat(e.getTitle()).contains("培训项目");
    assertThat(e.getDepartment().getCode()).isEqualTo("219");
    assertThat(e.getDepartment().getName()).isEqualTo("合肥市某局（示例）");
    assertThat(e.getDepartment().getRegion()).isEqualTo("未载明");

    // The money block, in 万元 as its header says; the sub-rows by funding source.
    assertThat(e.getBudget().getUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(e.getBudget().getInitial()).contains(d("180"));
    assertThat(e.getBudget().getFullYear()).isEqualTo(d("200"));
    assertThat(e.getBudget().getExecuted()).isEqualTo(d("180"));
    assertThat(e.getBudget().getFunding()).extracting(f -> f.getSource())
        .containsExactly(FundingSource.CURRENT_APPROPRIATION, FundingSource.CARRIED_OVER,
            FundingSource.OTHER);
    assertThat(e.getBudget().getFunding().get(1).getInitial()).isEmpty(); // "—"
    assertThat(e.getBudget().getFunding().get(1).getFullYear()).contains(d("20"));
    // The printed 90.00 %: two decimals.
    assertThat(e.getStatedFigures()).singleElement().satisfies(f -> {
      assertThat(f.getStatedValue()).isEqualByComparingTo("90");
      assertThat(f.getPrecision()).isEqualTo(2);
    });
    assertThat(e.getOverallTarget().orElseThrow().getExpected()).contains("完成培训1000人次");
    assertThat(e.getOverallTarget().orElseThrow().getCompletion()).contains("培训800人次");

    // The tree: 1 (the execution line), T2 产出指标 50 > T2.1 数量指标 > T2.1.1 培训人次, …; the
    // placeholder rows 指标1： and …… are not indicators.
    assertThat(e.getIndicators()).extracting(Indicator::getCode).containsExactly("1", "T2",
        "T2.1", "T2.1.1", "T2.2", "T2.2.1", "T2.3", "T2.3.1", "T3", "T3.1", "T3.1.1", "T4",
        "T4.1", "T4.1.1");
    assertThat(indicator(e, "T2").getName()).isEqualTo("产出指标");
    assertThat(indicator(e, "T2").getWeight()).isEqualByComparingTo("50");
    assertThat(indicator(e, "T2.1").getWeight()).isEqualByComparingTo("20");
    assertThat(indicator(e, "1").getWeight()).isEqualByComparingTo("10");
    Indicator trainees = indicator(e, "T2.1.1");
    assertThat(trainees.getOperator()).contains(Operator.AT_LEAST);
    assertThat(trainees.getTarget()).contains(d("1000"));
    assertThat(trainees.getUnit()).contains("人次");
    // ≥95% in the target cell, the operator column empty.
    Indicator pass = indicator(e, "T2.2.1");
    assertThat(pass.getOperatorText()).contains("≥");
    assertThat(pass.getTarget()).contains(d("95"));
    assertThat(pass.getTargetWritten()).contains("≥95%");
    // "2" in the 指标性质 column: OCR's ≥, with a note at the cell.
    assertThat(indicator(e, "T2.3.1").getOperator()).contains(Operator.AT_LEAST);
    assertThat(e.getSource().orElseThrow().getNotes()).extracting(SourceNote::getCell)
        .contains(java.util.Optional.of("项目1!D16"));
    assertThat(indicator(e, "T3.1.1").getOperator()).contains(Operator.QUALITATIVE);

    IndicatorEntry unreadable = e.entry("T2.2.1").orElseThrow();
    assertThat(unreadable.getActualWritten()).contains("效果明显");
    assertThat(unreadable.getReading()).contains(ActualReading.UNREADABLE);
    assertThat(unreadable.getActual()).isEmpty();
    assertThat(e.entry("T2.3.1").orElseThrow().getActual()).contains(d("100"));
    assertThat(e.entry("T3.1.1").orElseThrow().getLevel())
        .contains(QualitativeLevel.PARTLY_ACHIEVED);
    assertThat(e.entry("T2.1.1").orElseThrow().getDeviationReason()).contains("部分学员延期");
    assertThat(e.entry("1").orElseThrow().getClaimedScore()).contains(d("9"));
    assertThat(e.getClaimedTotal()).contains(d("62"));

    var source = e.getSource().orElseThrow();
    assertThat(source.getFile()).isEqualTo("2021自评表.xlsx");
    assertThat(source.getLayout()).isEqualTo("A");
    assertThat(source.cellOf("$.budget.fullYear")).contains("项目1!D6");
    assertThat(source.cellOf("$.budget.funding[0].executed")).contains("项目1!E7");
    assertThat(source.cellOf("$.indicators[3].weight")).contains("项目1!H13");
    assertThat(source.cellOf("$.indicators[3].target")).contains("项目1!E13");
    assertThat(source.cellOf("$.entries[2].actualWritten")).contains("项目1!G15");
    assertThat(source.cellOf("$.entries[1]")).contains("项目1!A13");
    assertThat(source.cellOf("$.claimedTotal")).contains("项目1!I20");
    // The footnote is kept, as printed, at its cell.
    assertThat(source.getNotes()).anySatisfy(n -> {
      assertThat(n.getCell()).contains("项目1!A21");
      assertThat(n.getText()).startsWith("注：1.一级指标分值统一设置为");
    });
    assertThat(source.getNotes()).extracting(SourceNote::getText)
        .anySatisfy(t -> assertThat(t).contains("mof-project-2020"));
  }

  @Test
  void theImportedTableScoresUnderTheNationalFormAndItsUnreadableActualIsAFinding()
      throws Exception {
    SelfEvaluation e = imported();
    ScoreCard card = io.github.jixiao.rules.scoring.Scorer.standard().score(e,
        Rulebooks.byId("mof-project-2020").orElseThrow());

    // 预算执行率: 180 ÷ 200 = 90 %, 10 × 90 % = 9.00.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.00"));
    // 培训人次 ≥ 1000, 800: 20 × 800 ÷ 1000 = 16.00.
    assertThat(card.indicator("T2.1.1").orElseThrow().getPoints()).isEqualTo(d("16.00"));
    // 培训合格率 "效果明显": no number, not scored — never a 0 read from text.
    assertThat(card.indicator("T2.2.1").orElseThrow().getStatus())
        .isEqualTo(ScoreStatus.MISSING_INPUT);
    // 按期完成率 ≥ 100 (the OCR's "2"), 100 %: 10.00.
    assertThat(card.indicator("T2.3.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    // 部分达成 without points: the band's lower end, 60 % of 30 = 18.00.
    assertThat(card.indicator("T3.1.1").orElseThrow().getPoints()).isEqualTo(d("18.00"));
    // 满意度 ≥ 90, 85 %: 10 × 85 ÷ 90 = 9.444… → 9.44.
    assertThat(card.indicator("T4.1.1").orElseThrow().getPoints()).isEqualTo(d("9.44"));
    // 9.00 + 16.00 + 0 + 10.00 + 18.00 + 9.44 = 62.44: 中.
    assertThat(card.getTotal()).contains(d("62.44"));
    assertThat(card.getGrade()).contains(Grade.FAIR);

    CheckReport report = Checks.standard().run(e, Rulebooks.byId("mof-project-2020")
        .orElseThrow());
    assertThat(report.getFindings()).anySatisfy(f -> {
      assertThat(f.getCode()).isEqualTo("JX-208");
      assertThat(f.getCell()).contains("项目1!G15");
    });
    // The funding rows add up (150 + 30, 170 + 20 + 10, 160 + 15 + 5) and 90.00 % is 180 ÷ 200.
    assertThat(report.getFindings()).extracting(Finding::getCode)
        .doesNotContain("JX-105", "JX-102");
  }
}
