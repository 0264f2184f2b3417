package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
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
 * Layout C, the Chongqing-style 部门整体绩效自评表: a flat list of indicators (指标名称 | 计量单位 |
 * 指标性质 | 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标)
 * under the rulebook's 绩效指标 (90); scored under cq-dept as its books test scores its own
 * (93.05).
 */
class LayoutCTest {

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private ImportedSheet imported() throws Exception {
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("部门整体")
          .set("A1", "2022年度部门整体绩效自评表").merge("A1:J1")
          .row("A2", "主管部门", "渝中区某局（示例）", "财政处室", "行政政法处", "自评总分(分)", 93.05)
          .row("A3", "部门联系人", "张某", "联系电话", "023-00000000")
          .set("A4", "部门预算执行情况（万元）").merge("A4:A5")
          .row("B4", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）")
          .row("B5", 450, 500, 480, 96, 10, 9.6)
          .row("A6", "当年绩效目标", "年初绩效目标", "全年（调整）绩效目标", "全年目标实际完成情况")
          .row("B7", "履行职责", "履行职责，完成重点任务", "完成")
          .row("A8", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)",
              "指标权重(分)", "指标得分(分)", "是否核心指标")
          .row("A9", "预算完成率", "%", "定量指标", "≥100", "≥100", "96", 96, 5, 4.8, "否")
          .row("A10", "\"三公经费\"控制率", "%", "定量指标", "≤100", "≤100", "90", 100, 3, 3, "否")
          .row("A11", "政府采购执行率", "%", "定量指标", "≥100", "≥100", "85", 85, 2, 1.7, "否")
          .row("A12", "固定资产利用率", "%", "定量指标", "≥100", "≥100", "33.3", 33.3, 3.33, 1.11, "否")
          .row("A13", "资金使用合规性", null, "定性指标", "合规", "合规", "部分合规", 50, 1.67, 0.84, "否");
      for (int i = 1; i <= 8; i++) {
        int coefficient = i == 8 ? 60 : i == 7 ? 90 : 100;
        int weight = i == 8 ? 5 : 10;
        w.row("A" + (13 + i), "履职指标" + i, null, "定性指标", "完成", "完成", "完成", coefficient,
            weight, weight * coefficient / 100.0, i == 1 ? "是" : "否");
      }
      return ExcelTables.standard().read(w.save(dir, "chongqing.xlsx")).sheets().get(0);
    }
  }

  @Test
  void everyIndicatorEarnsItsWeightTimesItsCoefficient() throws Exception {
    ImportedSheet sheet = imported();
    assertThat(sheet.layout()).isEqualTo("C");
    SelfEvaluation e = sheet.evaluation();
    assertThat(e.getKind()).isEqualTo(EvaluationKind.DEPARTMENT_WIDE);
    assertThat(e.getRulebook()).contains("cq-dept");
    assertThat(e.getFiscalYear()).isEqualTo(2022);
    assertThat(e.getBudget().getInitial()).contains(d("450"));
    assertThat(e.getOverallTarget().orElseThrow().getAdjusted()).contains("履行职责，完成重点任务");
    assertThat(e.getStatedFigures()).singleElement()
        .satisfies(f -> assertThat(f.getStatedValue()).isEqualByComparingTo("96"));
    assertThat(e.getClaimedTotal()).contains(d("93.05"));
    // 1, the 绩效指标 group the rulebook puts over the table (its weight the leaves' 90), 13 leaves.
    assertThat(e.getIndicators()).hasSize(15);
    Indicator group = e.getIndicators().get(1);
    assertThat(group.getCode()).isEqualTo("T2");
    assertThat(group.getWeight()).isEqualByComparingTo("90");
    Indicator control = e.getIndicators().get(3);
    assertThat(control.getCode()).isEqualTo("T2.2");
    assertThat(control.getDirection()).contains(Direction.AT_MOST);
    assertThat(control.getInitialTargetWritten()).contains("≤100");
    assertThat(e.getIndicators().get(6).getKind()).isEqualTo(IndicatorKind.QUALITATIVE);
    assertThat(e.getIndicators().get(7).getCore()).contains(true);
    assertThat(e.getSource().orElseThrow().cellOf("$.entries[1].coefficient"))
        .contains("部门整体!G9");

    ScoreCard card = Scorer.standard().score(e, Rulebooks.byId("cq-dept").orElseThrow());
    // 执行率 480 ÷ 500 (the adjusted budget) = 96 %: 10 × 96 % = 9.60.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.60"));
    // 5 × 96 % = 4.80; 3 × 100 % = 3.00; 2 × 85 % = 1.70; 3.33 × 33.3 % = 1.108889 → 1.11;
    // 1.67 × 50 % = 0.835 → 0.84.
    assertThat(card.indicator("T2.1").orElseThrow().getPoints()).isEqualTo(d("4.80"));
    assertThat(card.indicator("T2.2").orElseThrow().getPoints()).isEqualTo(d("3.00"));
    assertThat(card.indicator("T2.3").orElseThrow().getPoints()).isEqualTo(d("1.70"));
    assertThat(card.indicator("T2.4").orElseThrow().getPoints()).isEqualTo(d("1.11"));
    assertThat(card.indicator("T2.5").orElseThrow().getPoints()).isEqualTo(d("0.84"));
    // 履职: 6 × 10 + 10 × 90 % + 5 × 60 % = 72.00; 绩效指标 4.80 + 3.00 + 1.70 + 1.11 + 0.84 + 72.00
    // = 83.45; total 9.60 + 83.45 = 93.05: 优.
    assertThat(card.indicator("T2.13").orElseThrow().getPoints()).isEqualTo(d("3.00"));
    assertThat(card.getTotal()).contains(d("93.05"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }
}
