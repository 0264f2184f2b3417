package io.github.jixiao.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.excel.write.ExcelReports;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Template → filled → import → score → export → import again: the blank table of the national
 * form, filled by a unit, reads into the evaluation the unit meant, scores by hand's numbers, and
 * the score-card workbook written from it reads back as the same evaluation.
 */
class TemplateRoundTripTest {

  @TempDir
  Path dir;

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void theFilledTemplateReadsIntoTheEvaluationTheUnitMeant() throws Exception {
    ImportResult result = ExcelTables.standard().read(FilledTemplate.write(dir));

    assertThat(result.sheets()).singleElement().satisfies(s -> {
      assertThat(s.sheet()).isEqualTo("项目1");
      assertThat(s.layout()).isEqualTo("A");
    });
    SelfEvaluation e = result.sheets().get(0).evaluation();
    assertThat(e.getFiscalYear()).isEqualTo(2021);
    assertThat(e.getTitle()).contains("基层干部培训项目");
    assertThat(e.getDepartment().getName()).isEqualTo("某市财政局");
    assertThat(e.getDepartment().getCode()).isEqualTo("219");
    assertThat(e.getRulebook()).contains("mof-project-2020");
    assertThat(e.getBudget().getUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(e.getBudget().getFullYear()).isEqualByComparingTo("200");
    assertThat(e.getBudget().getExecuted()).isEqualByComparingTo("180");
    assertThat(e.getBudget().getFunding()).extracting(f -> f.getSource())
        .containsExactly(FundingSource.CURRENT_APPROPRIATION, FundingSource.CARRIED_OVER);
    assertThat(e.getOverallTarget().orElseThrow().getExpected()).contains("完成基层干部培训1000人次");
    // 1 预算执行率 from the money block; 产出指标 (T2) with 数量指标 and 质量指标, 效益指标 (T3) with
    // 社会效益指标, 满意度指标 (T4): the blank 二级 rows made no indicator.
    assertThat(e.getIndicators()).extracting(i -> i.getCode() + " " + i.getName())
        .containsExactly("1 预算执行率", "T2 产出指标", "T2.1 数量指标", "T2.1.1 培训人次",
            "T2.2 质量指标", "T2.2.1 培训合格", "T3 效益指标", "T3.1 社会效益指标",
            "T3.1.1 基层业务能力提升", "T4 满意度指标", "T4.1 服务对象满意度指标", "T4.1.1 学员满意度");
    assertThat(e.getIndicators().get(1).getWeight()).isEqualByComparingTo("50");
    assertThat(e.getIndicators().get(2).getWeight()).isEqualByComparingTo("30");
    var trainees = e.getIndicators().get(3);
    assertThat(trainees.getKind()).isEqualTo(IndicatorKind.QUANTITATIVE);
    assertThat(trainees.getOperator()).contains(Operator.AT_LEAST);
    assertThat(trainees.getTarget()).contains(d("1000"));
    assertThat(trainees.getUnit()).contains("人次");
    assertThat(e.getIndicators().get(5).getKind()).isEqualTo(IndicatorKind.QUALITATIVE);
    assertThat(e.getIndicators().get(5).getTargetText()).contains("培训考核合格");
    assertThat(e.entry("T2.2.1").orElseThrow().getLevel()).contains(QualitativeLevel.ACHIEVED);
    assertThat(e.entry("T2.1.1").orElseThrow().getReading()).contains(ActualReading.EXACT);
    assertThat(e.entry("1").orElseThrow().getClaimedScore()).contains(d("10"));
    assertThat(e.getClaimedTotal()).contains(d("85.44"));
    assertThat(e.getSource().orElseThrow().cellOf("$.entries[1].claimedScore"))
        .contains("项目1!I13");
  }

  @Test
  void theImportedTableScoresAsTheNationalFormSaysAndItsFindingsNameTheirCells()
      throws Exception {
    SelfEvaluation e = ExcelTables.standard().read(FilledTemplate.write(dir)).sheets().get(0)
        .evaluation();
    Rulebook national = Rulebooks.byId(e.getRulebook().orElseThrow()).orElseThrow();

    ScoreCard card = Scorer.standard().score(e, national);
    CheckReport report = Checks.standard().run(e, national);

    // 执行率 180 ÷ 200 = 90 %: 10 × 90 % = 9.00; 培训人次 30 × 800 ÷ 1000 = 24.00; 培训合格 达成
    // with 18, inside 80–100 % of 20: 18.00; 能力提升 部分达成 with 20, inside 60–80 % of 30
    // ([18, 24]): 20.00; 满意度 10 × 85 ÷ 90 = 9.444… → 9.44. 9 + 24 + 18 + 20 + 9.44 = 80.44, 良.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualByComparingTo("9.00");
    assertThat(card.indicator("T2.1.1").orElseThrow().getPoints()).isEqualByComparingTo("24.00");
    assertThat(card.indicator("T3.1.1").orElseThrow().getPoints()).isEqualByComparingTo("20.00");
    assertThat(card.indicator("T4.1.1").orElseThrow().getPoints()).isEqualByComparingTo("9.44");
    assertThat(card.getTotal()).contains(d("80.44"));
    assertThat(card.getGrade()).contains(Grade.GOOD);
    // the unit claimed 28 for 培训人次 against the rules' 24: JX-301, at the cell it typed
    assertThat(report.getFindings()).anySatisfy(f -> {
      assertThat(f.getCode()).isEqualTo("JX-301");
      assertThat(f.getPath()).isEqualTo("$.entries[1].claimedScore");
      assertThat(f.getCell()).contains("项目1!I13");
    });
    // 满意度 85 against ≥ 90 with no 偏差原因: JX-406 names the blank cell to write it in, the
    // 偏差原因 column (J) of the row 学员满意度 was typed on (21)
    assertThat(report.getFindings()).anySatisfy(f -> {
      assertThat(f.getCode()).isEqualTo("JX-406");
      assertThat(f.getCell()).contains("项目1!J21");
    });
  }

  @Test
  void theScoreCardWorkbookReadsBackAsTheSameEvaluation() throws Exception {
    SelfEvaluation first = ExcelTables.standard().read(FilledTemplate.write(dir)).sheets().get(0)
        .evaluation();
    Rulebook national = Rulebooks.mofProject2020();
    Path exported = dir.resolve("评分结果.xlsx");
    ExcelReports.write(List.of(new ExcelReports.Scored(first,
        Scorer.standard().score(first, national), Checks.standard().run(first, national))),
        Locale.CHINESE, exported);

    ImportResult again = ExcelTables.standard().read(exported);

    assertThat(again.sheets()).hasSize(1);
    assertThat(again.skipped()).extracting(SkippedSheet::sheet).containsExactly("审核发现");
    SelfEvaluation second = again.sheets().get(0).evaluation();
    assertThat(second.withSource(Optional.empty())).isEqualTo(first.withSource(Optional.empty()));
  }
}
