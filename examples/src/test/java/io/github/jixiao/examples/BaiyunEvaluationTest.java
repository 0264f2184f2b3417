package io.github.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Baiyun 2021 report as encoded in {@code baiyun-2021/evaluation.json}, read and scored. */
class BaiyunEvaluationTest {

  static final Path DOCUMENT = Path.of("baiyun-2021/evaluation.json");

  private final SelfEvaluation evaluation = JixiaoJson.standard().readEvaluation(DOCUMENT);
  private final ScoreCard card =
      Scorer.standard().score(evaluation, Rulebooks.guangzhouDepartment2021());

  @Test
  void theDocumentHoldsTheReportsDepartmentBudgetAndClaim() {
    assertThat(evaluation.getRulebook()).hasValue(Rulebooks.GUANGZHOU_DEPARTMENT_2021);
    assertThat(evaluation.getDepartment().getDuties()).hasSize(14 + 18 + 5);
    assertThat(evaluation.getDepartment().getUnits()).hasSize(4 + 1 + 4 + 7)
        .filteredOn(u -> u.getParentCode().isPresent()).hasSize(4)
        .allSatisfy(u -> assertThat(u.getParentCode()).hasValue("office"));
    assertThat(evaluation.getBudget().getFullYear()).isEqualTo(new BigDecimal("3306.19"));
    assertThat(evaluation.getBudget().getExecuted()).isEqualTo(new BigDecimal("3212.37"));
    assertThat(evaluation.getClaimedTotal()).contains(new BigDecimal("94"));
    assertThat(evaluation.getProblems()).hasSize(3);
    assertThat(evaluation.getImprovements()).hasSize(3);
    assertThat(evaluation.getProjects()).singleElement().satisfies(p -> {
      assertThat(p.getName()).isEqualTo("区人大会议项目");
      assertThat(p.getBudget()).isEmpty();
    });
  }

  @Test
  void everyIndicatorOfTheTableSaysItsWeightIsTheRulebooksNotTheReports() {
    assertThat(evaluation.getIndicators()).hasSize(13).allSatisfy(i ->
        assertThat(i.getAssumption()).hasValueSatisfying(a -> assertThat(a)
            .contains("推定的广州市2021年度评分办法").contains("并非报告所载")));
  }

  @Test
  void executionRateLineReadsNinePointSevenTwoOfTenWithItsExplanation() {
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    assertThat(execution.getName()).isEqualTo("预算完成率");
    assertThat(execution.getWeight()).isEqualByComparingTo("10");
    assertThat(execution.getPoints()).isEqualTo(new BigDecimal("9.72"));
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 9.72");
  }

  @Test
  void threePublicControlHasNoFigureInTheReportAndIsMarkedMissingNotInvented() {
    IndicatorScore threePublic = card.indicator("2.1.2").orElseThrow();

    assertThat(threePublic.getStatus()).isEqualTo(ScoreStatus.MISSING_INPUT);
    assertThat(threePublic.getPoints()).isEqualByComparingTo("0");
    assertThat(threePublic.getAssumptions())
        .anySatisfy(a -> assertThat(a).contains("未载明\"三公\"经费数据"));
  }

  @Test
  void totalUnderTheReconstructedRulebookFallsShortOfTheClaimed94() {
    // 25 (key tasks: 100 of 100 proposals) + 20 (达成, lower end) + 9.72 + 0 (三公: no data)
    // + 5 + 5 × 6 (no findings recorded)
    assertThat(card.getTotal()).contains(new BigDecimal("89.72"));
    assertThat(card.getGrade().orElseThrow().label()).isEqualTo("良");
    assertThat(card.getDifference()).contains(new BigDecimal("-4.28"));
  }

  @Test
  void theApiExampleScoresTheSameDocument() {
    assertThat(ScoreThroughTheApi.score(DOCUMENT)).isEqualTo(card);
  }
}
