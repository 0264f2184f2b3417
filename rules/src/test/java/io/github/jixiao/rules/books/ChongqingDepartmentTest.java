package io.github.jixiao.rules.books;

import static io.github.jixiao.rules.books.Books.d;
import static io.github.jixiao.rules.books.Books.group;
import static io.github.jixiao.rules.books.Books.quantitative;
import static io.github.jixiao.rules.books.Books.qualitative;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import org.junit.jupiter.api.Test;

/**
 * {@code cq-dept}: the Chongqing-style department form (rulebooks.md): 执行率 10 (10 × 执行率) and
 * 绩效指标 90, each indicator 权重 × 得分系数, the framework's common indicators with small weights
 * and the unit's own 履职 indicators, all weights the unit's own.
 */
class ChongqingDepartmentTest {

  private static final Rulebook CHONGQING = Books.loaded("cq-dept");

  private static IndicatorEntry coefficient(String code, String percent) {
    return IndicatorEntry.builder().indicatorCode(code).coefficient(d(percent)).build();
  }

  /** A district bureau of Chongqing, 2022; every figure chosen for the test. */
  private static SelfEvaluation evaluation() {
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2022).title("2022年度部门整体绩效自评表")
        .department(Books.department("渝中区某局（示例）", GovernmentLevel.COUNTY, "重庆市渝中区"))
        .budget(Budget.builder().initial(d("450")).fullYear(d("500")).executed(d("480")).build())
        .addIndicators(group("02", "绩效指标", null, "90"),
            quantitative("02.01", "预算完成率", "02", "5", Direction.AT_LEAST, "100", "%"),
            quantitative("02.02", "\"三公经费\"控制率", "02", "3", Direction.AT_MOST, "100", "%"),
            quantitative("02.03", "政府采购执行率", "02", "2", Direction.AT_LEAST, "100", "%"),
            quantitative("02.04", "固定资产利用率", "02", "3.33", Direction.AT_LEAST, "100", "%"),
            qualitative("02.05", "资金使用合规性", "02", "1.67"))
        .addEntries(coefficient("02.01", "96"), coefficient("02.02", "100"),
            coefficient("02.03", "85"), coefficient("02.04", "33.3"), coefficient("02.05", "50"));
    // The unit's own 履职 indicators: six of 10 at 100 %, one of 10 at 90 %, one of 5 at 60 %.
    for (int i = 1; i <= 8; i++) {
      String code = "02.1" + i;
      e.addIndicator(qualitative(code, "履职指标" + i, "02", i == 8 ? "5" : "10"))
          .addEntry(coefficient(code, i == 8 ? "60" : i == 7 ? "90" : "100"));
    }
    return e.build();
  }

  @Test
  void everyIndicatorEarnsItsWeightTimesItsCoefficient() {
    assertThat(CHONGQING.getProvenance().getStatus()).isEqualTo(ProvenanceStatus.PARTLY_CONFIRMED);
    assertThat(CHONGQING.getProvenance().getAssumptions()).anySatisfy(a -> assertThat(a)
        .startsWith("适用地区：不定"));
    // No region: only a style seen, not a table Chongqing is known to have issued.
    assertThat(CHONGQING.getRegion()).isEmpty();
    assertThat(CHONGQING.getDefaultRules()).allSatisfy(r -> assertThat(r.getRule())
        .isEqualTo(BuiltInRules.coefficient()));

    ScoreCard card = Books.score(evaluation(), CHONGQING);

    // 执行率 480 ÷ 500 (the adjusted budget, not the 年初 450) = 96 %: 10 × 96 % = 9.60.
    assertThat(card.indicator("1").orElseThrow().getPoints()).isEqualTo(d("9.60"));
    // 5 × 96 % = 4.80; 3 × 100 % = 3.00; 2 × 85 % = 1.70; 3.33 × 33.3 % = 1.108889 → 1.11;
    // 1.67 × 50 % = 0.835 → 0.84 (half up).
    assertThat(card.indicator("02.01").orElseThrow().getPoints()).isEqualTo(d("4.80"));
    assertThat(card.indicator("02.02").orElseThrow().getPoints()).isEqualTo(d("3.00"));
    assertThat(card.indicator("02.03").orElseThrow().getPoints()).isEqualTo(d("1.70"));
    assertThat(card.indicator("02.04").orElseThrow().getPoints()).isEqualTo(d("1.11"));
    assertThat(card.indicator("02.05").orElseThrow().getPoints()).isEqualTo(d("0.84"));
    // 履职: 6 × 10 + 10 × 90 % + 5 × 60 % = 60 + 9.00 + 3.00 = 72.00.
    assertThat(card.indicator("02.17").orElseThrow().getPoints()).isEqualTo(d("9.00"));
    assertThat(card.indicator("02.18").orElseThrow().getPoints()).isEqualTo(d("3.00"));
    // 绩效指标 4.80 + 3.00 + 1.70 + 1.11 + 0.84 + 72.00 = 83.45 of 90.
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("83.45"));
    // 9.60 + 83.45 = 93.05: 优.
    assertThat(card.getTotal()).contains(d("93.05"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }

  @Test
  void aCoreIndicatorIsKeptAsTheTableSaysAndScoresAsAnyOther() {
    SelfEvaluation flagged = evaluation().withIndicator("02.11", i -> i.withCore(true));
    assertThat(flagged.getIndicators().stream().filter(i -> i.getCode().equals("02.11"))
        .findFirst().orElseThrow().getCore()).contains(true);
    // 02.11: 10 × 100 % = 10.00 whether core or not; the total stays 93.05.
    ScoreCard card = Books.score(flagged, CHONGQING);
    assertThat(card.indicator("02.11").orElseThrow().getPoints()).isEqualTo(d("10.00"));
    assertThat(card.getTotal()).contains(d("93.05"));
  }

  @Test
  void aDistrictOfChongqingIsNotScoredUnderTheStyleUnlessItNamesIt() {
    // 重庆市渝中区, 2022, department-wide: the national framework is the only rulebook whose
    // region covers it; cq-dept only when named.
    assertThat(Rulebooks.forEvaluation(evaluation()).rulebook().getId()).isEqualTo("mof-dept-2013");
    assertThat(Rulebooks.forEvaluation(evaluation().withRulebook("cq-dept")).rulebook().getId())
        .isEqualTo("cq-dept");
  }
}
