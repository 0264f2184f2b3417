package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout D, the 2020 municipal 项目自评表: 预算执行情况(万元)(20分) with 预算数(A) that already includes
 * last year's carry-over, 年度绩效目标(80分) with 年初目标值(A) | 实际完成值(B) | 得分 and each leaf's
 * points in its name; scored under municipal-project-2020 as its books test scores its own
 * (78.67).
 */
class LayoutDTest {

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private ImportedSheet imported() throws Exception {
    return imported(false);
  }

  private ImportedSheet imported(boolean xls) throws Exception {
    try (TestWorkbook w = new TestWorkbook(xls)) {
      w.sheet("校舍修缮")
          .set("A1", "校舍修缮项目自评表").merge("A1:F1")
          .set("A2", "（2020年度）").merge("A2:F2")
          .row("A3", "单位名称", "某市教育局（示例）", "填报日期", "2021-01-15")
          .row("A4", "项目名称", "校舍修缮项目", "主管部门", "某市教育局（示例）", "项目实施单位", "某市某中学")
          .row("A5", "项目类别", "☑部门预算项目 □市直专项 □对下转移支付")
          .set("A6", "预算执行情况（万元）（20分）").merge("A6:A7")
          .row("B6", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分×执行率）")
          .row("B7", 120, 108, "90%", 18)
          .set("A8", "年度绩效目标（80分）").merge("A8:F8")
          .row("A9", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "得分")
          .row("A10", "产出指标(50分)", "数量指标", "修缮校舍面积(20分)", "2000平方米", "2400平方米", 20)
          .row("A11", "产出指标(50分)", "时效指标", "按期完工率(10分)", "100%", "90%", 9)
          .row("A12", "产出指标(50分)", "成本指标", "每平方米造价(20分)", "≤1500元", "1800元", 16.67)
          .row("A13", "效益指标(30分)", "社会效益", "办学条件改善(30分)", "明显改善", "部分达成", 15)
          .row("A14", "偏差大或目标未完成原因分析", "按期完工率未达100%：雨季停工");
      return ExcelTables.standard().read(w.save(dir, xls ? "municipal.xls" : "municipal.xlsx"))
          .sheets().get(0);
    }
  }

  @Test
  void theSameTableSavedAsAnXlsReadsTheSame() throws Exception {
    SelfEvaluation xlsx = imported(false).evaluation();
    SelfEvaluation xls = imported(true).evaluation();

    // every value and every cell alike; only the file's name differs
    assertThat(xls.getBudget()).isEqualTo(xlsx.getBudget());
    assertThat(xls.getIndicators()).isEqualTo(xlsx.getIndicators());
    assertThat(xls.getEntries()).isEqualTo(xlsx.getEntries());
    assertThat(xls.getSource().orElseThrow().getFile()).isEqualTo("municipal.xls");
    assertThat(xls.getSource().orElseThrow().getCells())
        .isEqualTo(xlsx.getSource().orElseThrow().getCells());
    // 按期完工率 "90%" in C11 of the table: 90
    assertThat(xls.entry("T2.1.2").orElseThrow().getActual()).hasValueSatisfying(v ->
        assertThat(v).isEqualByComparingTo("90"));
  }

  @Test
  void theMunicipalFormScoresItsTwentyPointExecutionAndItsEightyPointTargets() throws Exception {
    ImportedSheet sheet = imported();
    assertThat(sheet.layout()).isEqualTo("D");
    SelfEvaluation e = sheet.evaluation();
    assertThat(e.getRulebook()).contains("municipal-project-2020");
    assertThat(e.getFiscalYear()).isEqualTo(2020);
    assertThat(e.getBudget().getFullYear()).isEqualByComparingTo("120");
    // 预算数 already holds 上年结余结转: counted once, with a note.
    assertThat(e.getBudget().getCarryOver().orElseThrow().getAtStart()).isEqualByComparingTo("0");
    assertThat(e.getIndicators()).extracting(Indicator::getCode).containsExactly("1", "T2",
        "T2.1", "T2.1.1", "T2.1.2", "T2.1.3", "T2.2", "T2.2.1");
    // The execution line's 20 from "(20分)" in its block's label; 年度绩效目标's 80 from its own.
    assertThat(e.getIndicators().get(0).getWeight()).isEqualByComparingTo("20");
    assertThat(e.getIndicators().get(1).getName()).isEqualTo("年度绩效目标");
    assertThat(e.getIndicators().get(1).getWeight()).isEqualByComparingTo("80");
    Indicator area = e.getIndicators().get(3);
    assertThat(area.getName()).isEqualTo("数量指标：修缮校舍面积");
    assertThat(area.getWeight()).isEqualByComparingTo("20");
    assertThat(area.getUnit()).contains("平方米");
    assertThat(area.getDirection()).contains(Direction.AT_LEAST); // none written: noted
    assertThat(e.getIndicators().get(5).getDirection()).contains(Direction.AT_MOST);
    assertThat(e.getSource().orElseThrow().getNotes()).extracting(SourceNote::getCell)
        .contains(java.util.Optional.of("校舍修缮!C10"));
    assertThat(e.getSource().orElseThrow().cellOf("$.indicators[0].weight"))
        .contains("校舍修缮!A6");

    ScoreCard card = Scorer.standard().score(e,
        Rulebooks.byId("municipal-project-2020").orElseThrow());
    // 108 ÷ (120 + 0) = 90 %: 20 × 90 % = 18.00.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("18.00"));
    // 正向 20 × 2400 ÷ 2000 = 24, 不得突破权重: 20.00.
    assertThat(card.indicator("T2.1.1").orElseThrow().getPoints()).isEqualTo(d("20.00"));
    // 正向 10 × 90 ÷ 100 = 9.00.
    assertThat(card.indicator("T2.1.2").orElseThrow().getPoints()).isEqualTo(d("9.00"));
    // 反向 20 × 1500 ÷ 1800 = 16.666… → 16.67.
    assertThat(card.indicator("T2.1.3").orElseThrow().getPoints()).isEqualTo(d("16.67"));
    // 部分达成 is [50 %, 80 %) of 30 = [15, 24): the unit's 15 is taken.
    assertThat(card.indicator("T2.2.1").orElseThrow().getPoints()).isEqualTo(d("15.00"));
    // 18.00 + 20.00 + 9.00 + 16.67 + 15.00 = 78.67: 中.
    assertThat(card.getTotal()).contains(d("78.67"));
    assertThat(card.getGrade()).contains(Grade.FAIR);
  }
}
