package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
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
 * Layout F, the vendor's 12-column import sheet (一级指标 · 二级指标 · 三级指标名称 · 计算符号 · 指标值 ·
 * 实际完成值 · 计量单位 · 分值 · 指标得分 · 扣减分数 · 完成情况简要描述 · 偏差原因及改进措施), under the project's
 * head and money block: read and scored under vendor-project-default as its books test scores
 * its own evaluation (90.82). Figures the test's own.
 */
class LayoutFTest {

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private ImportedSheet imported() throws Exception {
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("区人大会议")
          .set("A1", "项目支出绩效自评表").set("A2", "2023年度")
          .row("A3", "项目名称", "区人大会议项目")
          .row("A4", "主管部门", "某区人大常委会办公室（示例）")
          .row("A5", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
          .row("A6", "年度资金总额", 200, 200, 190, 10, "95%", 9.5)
          .row("A8", "一级指标", "二级指标", "三级指标名称", "计算符号", "指标值",
              "实际完成值（定量填数字，定性填达成、部分达成、未达成）", "计量单位", "分值",
              "指标得分（定量系统自动计算，定性必填，不包含扣减分数）", "扣减分数", "完成情况简要描述（定量选填，定性必填）",
              "偏差原因及改进措施（指标未完成时必填）")
          .row("A9", "产出指标", "数量指标", "会议召开次数", "≥", "2", "2", "次", 20, 20, 3, "按期召开两次")
          .row("A10", "产出指标", "质量指标", "会议保障合格率", "≥", "100", "98", "%", 10)
          .row("A11", "产出指标", "时效指标", "会议按期召开率", "到", "100", "100", "%", 10)
          .row("A12", "产出指标", "成本指标", "会议经费控制率", "≤", "100", "105", "%", 10, null, 0)
          .row("A13", "效益指标", "社会效益", "代表履职保障", "定性", "达成", "达成", null, 30, 27, 2,
              "代表履职保障到位")
          .row("A14", "满意度指标", "满意度指标", "代表满意度", "≥", "90", "95", "%", 10);
      return ExcelTables.standard().read(w.save(dir, "vendor.xlsx")).sheets().get(0);
    }
  }

  @Test
  void theVendorSheetScoresWithItsDeductionsColumnTakenOff() throws Exception {
    ImportedSheet sheet = imported();
    assertThat(sheet.layout()).isEqualTo("F");
    SelfEvaluation e = sheet.evaluation();
    assertThat(e.getRulebook()).contains("vendor-project-default");
    assertThat(e.getFiscalYear()).isEqualTo(2023);
    assertThat(e.getIndicators()).extracting(Indicator::getCode).containsExactly("1", "T2",
        "T2.1", "T2.1.1", "T2.2", "T2.2.1", "T2.3", "T2.3.1", "T2.4", "T2.4.1", "T3", "T3.1",
        "T3.1.1", "T4", "T4.1", "T4.1.1");
    // No "(50分)" printed: the group's weight is its leaves' 20 + 10 + 10 + 10, with a note.
    assertThat(e.getIndicators().get(1).getWeight()).isEqualByComparingTo("50");
    // "到" in the 计算符号 column: OCR's ≥.
    assertThat(e.getIndicators().get(7).getOperator()).contains(Operator.AT_LEAST);
    assertThat(e.entry("T2.1.1").orElseThrow().getDeduction()).contains(d("3"));
    assertThat(e.entry("T2.1.1").orElseThrow().getCompletion()).contains("按期召开两次");
    assertThat(e.entry("T3.1.1").orElseThrow().getLevel()).contains(QualitativeLevel.ACHIEVED);
    var source = e.getSource().orElseThrow();
    assertThat(source.cellOf("$.entries[1].deduction")).contains("区人大会议!J9");
    assertThat(source.getNotes()).anySatisfy(n -> assertThat(n.getCell())
        .contains("区人大会议!D11"));

    ScoreCard card = Scorer.standard().score(e,
        Rulebooks.byId("vendor-project-default").orElseThrow());
    // 预算执行率 190 ÷ 200 = 95 %: 10 × 95 % = 9.50.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.50"));
    // 会议召开次数 2 of 2: 20, less its 扣减分数 3 = 17.00.
    assertThat(card.indicator("T2.1.1").orElseThrow().getPoints()).isEqualTo(d("17.00"));
    // 合格率 98 of 100: 10 × 98 ÷ 100 = 9.80; 按期 100 of 100: 10.00.
    assertThat(card.indicator("T2.2.1").orElseThrow().getPoints()).isEqualTo(d("9.80"));
    assertThat(card.indicator("T2.3.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    // 经费控制率 ≤ 100, 105: 10 × 100 ÷ 105 = 9.5238… → 9.52.
    assertThat(card.indicator("T2.4.1").orElseThrow().getPoints()).isEqualTo(d("9.52"));
    // 达成 27 in [24, 30], less its 扣减分数 2 = 25.00.
    assertThat(card.indicator("T3.1.1").orElseThrow().getPoints()).isEqualTo(d("25.00"));
    // 满意度 95 ≥ 90: 10.00.
    assertThat(card.indicator("T4.1.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    // 9.50 + 17.00 + 9.80 + 10.00 + 9.52 + 25.00 + 10.00 = 90.82: 优.
    assertThat(card.getTotal()).contains(d("90.82"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }
}
