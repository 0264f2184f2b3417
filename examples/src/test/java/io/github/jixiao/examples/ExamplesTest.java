package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.Finding;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.Severity;
import io.github.jixiao.rules.scoring.Scorer;
import io.github.jixiao.rules.scoring.ScoringException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example program, run as a user would run it, on the Baiyun 2021 report. */
class ExamplesTest {

  static final Path BAIYUN = BaiyunEvaluationTest.DOCUMENT;
  static final Path RULEBOOK = Path.of("custom-rule/rulebook.json");

  /** What {@code program} printed on standard output. */
  private static String output(Runnable program) {
    PrintStream before = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(before);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scoreThroughTheApiPrintsEveryIndicatorAndTheTotal() {
    String printed = output(() -> ScoreThroughTheApi.main(new String[] {BAIYUN.toString()}));

    assertThat(printed).contains("2.1.1  预算完成率  9.72 / 10  预算完成率 97.16% < 100%，得分 = 10 ×"
        + " 97.16% = 9.72").contains("总分 89.72  等级 良  自评 94");
  }

  @Test
  void theJulyMonitoringReportIsLitRowByRowWithItsFindings() {
    String printed = output(() -> LightAMonitoringReport.main(new String[] {
        Path.of("..", "examples", "baiyun-2021", "monitoring-2021-07.json").toString()}));

    // July: 7 ÷ 12 = 58.33 %; 2.1.1: 45 × 12 ÷ 7 = 77.142… → 77.14, yellow
    assertThat(printed).contains("7 月，序时进度 58.33%")
        .contains("2.1.1  预算完成率  YELLOW  v = 45 ÷（100 × 序时进度 58.33%）× 100 = 77.14")
        .contains("2.1.2  \"三公经费\"控制率  GREEN  当前完成值 38.5，限值 ≤ 100：绿灯")
        .contains("项目信号灯 YELLOW")
        // 1520.85 ÷ 3306.19 = 46.00 %; 1520.85 × 1200 ÷ (3306.19 × 7) = 78.857… → 78.85
        .contains("预算执行率 1520.85 ÷ 3306.19 = 46.00%；v = 执行率 ÷ 序时进度 58.33% × 100 = 78.85")
        .contains("JX-901  $.entries[8].deviationReason");
  }

  @Test
  void theCustomRuleScoresPerformanceByTheSolvedRateTheReportStates() {
    ScoreCard card = CustomScoringRule.score(RULEBOOK, BAIYUN);

    IndicatorScore effect = card.indicator("1.2").orElseThrow();
    // 25 × 169 ÷ 184 = 22.9619…
    assertThat(effect.getPoints()).isEqualTo(new BigDecimal("22.96"));
    assertThat(effect.getRule().getType()).isEqualTo(StatedFigureRule.TYPE);
    assertThat(effect.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("履职效果 按报告所载 169/184 = 91.85% 计分，得分 = 25 × 91.85% = 22.96");
    assertThat(card.getRulebook()).isEqualTo("gz-dept-2021-stated-figures");
    assertThat(card.getTotal()).contains(new BigDecimal("92.68"));
  }

  @Test
  void theRulebookNamesARuleThatOnlyARegistryWithItCanScore() {
    assertThatThrownBy(() -> Scorer.standard().score(JixiaoJson.standard().readEvaluation(BAIYUN),
        JixiaoJson.standard().readRulebook(RULEBOOK)))
        .isInstanceOf(ScoringException.class).hasMessageContaining("stated-figure-rate");
    assertThat(output(() -> CustomScoringRule.main(new String[] {RULEBOOK.toString(),
        BAIYUN.toString()}))).contains("1.2    履职效果  22.96 / 25").contains("总分 92.68");
  }

  @Test
  void aRuleWithoutItsFigureEarnsNothingAndSaysWhy() {
    String rulebook = JixiaoJson.standard().write(JixiaoJson.standard().readRulebook(RULEBOOK))
        .replace("\"problems-solved-rate\"", "\"satisfaction\"");
    ScoreCard card = Scorer.using(CustomScoringRule.rules()).score(
        JixiaoJson.standard().readEvaluation(BAIYUN), JixiaoJson.standard().readRulebook(rulebook));

    assertThat(card.indicator("1.2").orElseThrow().explain(Locale.ENGLISH)).isEqualTo(
        "履职效果: the report states no figure satisfaction with numerator and denominator;"
            + " 0 points");
  }

  @Test
  void theRulesOwnCheckRunsBeforeScoringAndABlankFigureStopsItNamingTheIndicator() {
    // Issue 12: the check of a user's rule was never called; a blank figure scored 0 in silence.
    String rulebook = JixiaoJson.standard().write(JixiaoJson.standard().readRulebook(RULEBOOK))
        .replace("\"problems-solved-rate\"", "\" \"");
    Scorer scorer = Scorer.using(CustomScoringRule.rules());

    assertThatThrownBy(() -> scorer.score(JixiaoJson.standard().readEvaluation(BAIYUN),
        JixiaoJson.standard().readRulebook(rulebook)))
        .isInstanceOfSatisfying(ScoringException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("the rulebook 'gz-dept-2021-stated-figures'"
              + " cannot be scored: $.indicators[2].rule.options.figure: the rule"
              + " 'stated-figure-rate' of indicator '1.2' (履职效果): the stated-figure-rate rule"
              + " needs the code of a stated figure in options.figure; correct the rulebook");
          assertThat(e.message(Locale.CHINESE)).isEqualTo("评分办法“gz-dept-2021-stated-figures”无法评分："
              + "$.indicators[2].rule.options.figure：指标“1.2”（履职效果）的评分方法"
              + "“stated-figure-rate”：stated-figure-rate 规则须在 options.figure 中注明表述数据代码"
              + "；请更正评分办法");
          assertThat(e.ruleType()).contains(StatedFigureRule.TYPE);
          assertThat(e.indicatorCode()).contains("1.2");
        });
    assertThat(scorer.verify(JixiaoJson.standard().readRulebook(rulebook)))
        .extracting(v -> v.path()).containsExactly("$.indicators[2].rule.options.figure");
  }

  @Test
  void theCustomCheckFindsTheKeyProjectWithoutAmountsBesideTheStandardFindings() {
    CheckReport report = CustomConsistencyCheck.check(BAIYUN);

    assertThat(report.findings(CustomConsistencyCheck.CODE)).singleElement().satisfies(f -> {
      assertThat(f.getPath()).isEqualTo("$.projects[0]");
      assertThat(f.getSeverity()).isEqualTo(Severity.WARNING);
      assertThat(f.message(Locale.CHINESE)).isEqualTo("重点项目“区人大会议项目”未列示预算数和执行数，其支出情况无法审核");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("key project '区人大会议项目' gives neither its budget"
          + " nor its executed amount: its spending cannot be reviewed");
    });
    assertThat(report.findings("JX-401")).extracting(Finding::getPath)
        .containsExactly("$.narrativeClaims[0]", "$.narrativeClaims[1]");
    assertThat(output(() -> CustomConsistencyCheck.main(new String[] {BAIYUN.toString()})))
        .contains("警告 EX-101 $.projects[0] 重点项目“区人大会议项目”未列示预算数和执行数");
  }

  @Test
  void theCustomCheckNamesTheOneAmountMissing(@TempDir Path dir) throws IOException {
    Path budgetOnly = dir.resolve("budget-only.json");
    Files.writeString(budgetOnly, Files.readString(BAIYUN).replace(
        "\"code\": \"district-congress-sessions\",",
        "\"code\": \"district-congress-sessions\", \"budget\": 120,"));

    assertThat(CustomConsistencyCheck.check(budgetOnly).findings(CustomConsistencyCheck.CODE))
        .singleElement().satisfies(f -> {
          assertThat(f.getPath()).isEqualTo("$.projects[0].executed");
          assertThat(f.message(Locale.CHINESE)).isEqualTo("重点项目“区人大会议项目”未列示执行数，其支出情况无法审核");
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("key project '区人大会议项目' gives no executed"
              + " amount: its spending cannot be reviewed");
        });
  }

  @Test
  void scoringThroughTheApiRefusesADocumentThatNamesNoRulebook(@TempDir Path dir)
      throws IOException {
    Path unnamed = dir.resolve("no-rulebook.json");
    Files.writeString(unnamed, Files.readString(BAIYUN)
        .replace("\"rulebook\": \"gz-dept-2021\",", ""));

    assertThatThrownBy(() -> ScoreThroughTheApi.score(unnamed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no rulebook");
  }
}
