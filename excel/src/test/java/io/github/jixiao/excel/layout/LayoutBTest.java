package io.github.jixiao.excel.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout B, Sichuan's 2023 部门预算项目支出绩效自评表 (报表编号 510000_0013zp), here in 元 with
 * thousands separators: read, put under the rulebook's 绩效指标 (90) with the 二级 level folded into
 * the leaves' names, and scored under sc-project-2023 as its books test scores its own (90.38).
 */
class LayoutBTest {

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private ImportedSheet imported() throws Exception {
    try (TestWorkbook w = new TestWorkbook()) {
      w.sheet("食品抽检")
          .set("A1", "部门预算项目支出绩效自评表").merge("A1:J1")
          .set("A2", "（2023年度）").merge("A2:J2")
          .row("A3", "项目名称", "51000021R000000019951-食品抽检项目").merge("B3:J3")
          .row("A4", "主管部门", "成都市某局（示例）").set("E4", "实施单位(盖章)")
          .set("F4", "成都市某检测中心（示例）")
          .row("A5", "项目基本情况", "项目年度目标").set("E5", "年度目标完成情况")
          .set("B6", "抽检食品样本100份").set("E6", "抽检95份")
          .set("A7", "预算执行情况(10分)").merge("A7:A12")
          .row("B7", "年度预算数（元）", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因")
          .row("B8", "总额", "4,500,000", "5,000,000", "4,600,000", "92%", 10, 9.2)
          .row("B9", "其中：财政资金", "4,500,000", "5,000,000", "4,600,000", "/", "/", "/")
          .row("B10", "财政专户管理资金", "/", "/", "/", "/", "/", "/")
          .row("B11", "单位资金", "/", "/", "/", "/", "/", "/")
          .row("B12", "其他资金", "/", "/", "/", "/", "/", "/")
          .set("A13", "绩效指标(90分)").merge("A13:J13")
          .row("A14", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
              "得分", "未完成原因分析")
          .row("A15", "产出指标", "数量指标", "抽检样本", "≥", "100", "份", "95", 40, 38, "样本不足")
          .row("A16", "产出指标", "成本指标", "单份检测成本", "≤", "50", "元", "55", 20, 18.18)
          .row("A17", "效益指标", "社会效益", "检测报告按期出具", "=", "1", "项", "1", 10, 10)
          .row("A18", "效益指标", "社会效益", "食品安全风险防控", "定性", "有效防控", null, "良", 20, 15)
          .merge("A15:A16").merge("A17:A18").merge("B17:B18")
          .row("A19", "合计", null, null, null, null, null, null, 100, 90.38)
          .row("A20", "评价结论", "完成年度目标");
      return ExcelTables.standard().read(w.save(dir, "sichuan.xlsx")).sheets().get(0);
    }
  }

  @Test
  void theSichuanFormScoresUnderItsRulebookFromItsYuanTable() throws Exception {
    ImportedSheet sheet = imported();
    assertThat(sheet.layout()).isEqualTo("B");
    SelfEvaluation e = sheet.evaluation();
    assertThat(e.getRulebook()).contains("sc-project-2023");
    assertThat(e.getFiscalYear()).isEqualTo(2023);
    // 元 as the header says, kept in 元: never converted silently.
    assertThat(e.getBudget().getUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(e.getBudget().getFullYear()).isEqualByComparingTo("5000000");
    assertThat(e.getBudget().getInitial()).contains(d("4500000"));
    // Only 财政资金 gives a figure; the "/" rows are no funding lines.
    assertThat(e.getBudget().getFunding()).singleElement()
        .satisfies(f -> assertThat(f.getSource()).isEqualTo(FundingSource.FISCAL));
    assertThat(e.getOverallTarget().orElseThrow().getExpected()).contains("抽检食品样本100份");

    // 绩效指标 (90, printed) over the table; 产出 and 效益 one level down; 二级 folded.
    assertThat(e.getIndicators()).extracting(Indicator::getCode).containsExactly("1", "T2",
        "T2.1", "T2.1.1", "T2.1.2", "T2.2", "T2.2.1", "T2.2.2");
    assertThat(e.getIndicators().get(1).getName()).isEqualTo("绩效指标");
    assertThat(e.getIndicators().get(1).getWeight()).isEqualByComparingTo("90");
    assertThat(e.getIndicators().get(2).getWeight()).isEqualByComparingTo("60"); // 40 + 20
    assertThat(e.getIndicators().get(3).getName()).isEqualTo("数量指标：抽检样本");
    assertThat(e.getIndicators().get(3).getLevel()).isEqualTo(3);
    assertThat(e.entry("T2.2.2").orElseThrow().getLevel()).contains(QualitativeLevel.GOOD);
    assertThat(e.getClaimedTotal()).contains(d("90.38"));
    assertThat(e.getSource().orElseThrow().cellOf("$.budget.executed")).contains("食品抽检!E8");
    assertThat(e.getSource().orElseThrow().cellOf("$.indicators[1].weight"))
        .contains("食品抽检!A13");

    var book = Rulebooks.byId("sc-project-2023").orElseThrow();
    ScoreCard card = Scorer.standard().score(e, book);
    // 预算执行数 4,600,000 ÷ 调整后预算数 5,000,000 = 92 %: 10 × 92 % = 9.20.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.20"));
    // ≥ 100 份, 95: 40 × 95 ÷ 100 = 38.00.
    assertThat(card.indicator("T2.1.1").orElseThrow().getPoints()).isEqualTo(d("38.00"));
    // ≤ 50 元, 55: 20 × 50 ÷ 55 = 18.1818… → 18.18.
    assertThat(card.indicator("T2.1.2").orElseThrow().getPoints()).isEqualTo(d("18.18"));
    // = 1, 1: 10.00.
    assertThat(card.indicator("T2.2.1").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    // 良 is [60 %, 80 %) of 20 = [12, 16): the unit's 15 is taken.
    assertThat(card.indicator("T2.2.2").orElseThrow().getPoints()).isEqualTo(d("15.00"));
    // 9.20 + 38.00 + 18.18 + 10.00 + 15.00 = 90.38: 优.
    assertThat(card.getTotal()).contains(d("90.38"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
    // 财政资金 is the whole total, and 92 % is 4,600,000 ÷ 5,000,000: neither is a finding.
    assertThat(Checks.standard().run(e, book).getFindings()).extracting(Finding::getCode)
        .doesNotContain("JX-105", "JX-102");
  }
}
