package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.jixiao.rules.result.GroupScore;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.BuiltInRules;

import io.github.jixiao.core.Grade;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.FormulaStatus;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seed report scored under the reconstructed Guangzhou 2021 rulebook. */
class SeedScoringTest {

  private final ScoreCard card = Scorer.standard().score(BaiyunFixture.evaluation(),
      Rulebooks.guangzhouDepartment2021());

  @Test
  void executionRateOfTheSeedEarnsNinePointSevenTwoOfTen() {
    IndicatorScore execution = card.indicator("2.1.1").orElseThrow();

    assertThat(execution.getName()).isEqualTo("预算完成率");
    assertThat(execution.getWeight()).isEqualByComparingTo("10");
    assertThat(execution.getPoints()).isEqualTo(new BigDecimal("9.72"));
    assertThat(execution.getStatus()).isEqualTo(ScoreStatus.SCORED);
    assertThat(execution.getRule().getType()).isEqualTo(BuiltInRules.PROPORTIONAL);
    assertThat(execution.getFormula()).hasValueSatisfying(f -> {
      assertThat(f.getStatus()).isEqualTo(FormulaStatus.COMPUTED);
      assertThat(f.getValue()).contains(new BigDecimal("97.162293"));
      assertThat(f.input("executed")).contains(new BigDecimal("3212.37"));
      assertThat(f.input("budget")).contains(new BigDecimal("3306.19"));
    });
    assertThat(execution.explain(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("预算完成率 97.16% < 100%，得分 = 10 × 97.16% = 9.72");
    assertThat(execution.explain(Locale.ENGLISH))
        .isEqualTo("预算完成率 97.16% < 100%, points = 10 × 97.16% = 9.72");
    assertThat(execution.getClaimed()).contains(new BigDecimal("9"));
    assertThat(execution.getDifference()).contains(new BigDecimal("0.72"));
  }

  @Test
  void totalIsTheSumOfRoundedPointsWithItsGradeAndTheDifferenceFromTheClaim() {
    // 25 (100 of 100 proposals answered) + 22 (达成, chosen) + 9.72 + 5 + (5 − 2) + 5 × 6
    assertThat(card.getTotal()).contains(new BigDecimal("94.72"));
    assertThat(card.getPointsSum()).isEqualTo(card.getTotal().orElseThrow());
    assertThat(card.isRescaled()).isFalse();
    assertThat(card.getMaximum()).isEqualByComparingTo("100");
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
    assertThat(card.getClaimedTotal()).contains(new BigDecimal("94"));
    assertThat(card.getDifference()).contains(new BigDecimal("0.72"));
    // The fixture types 98.50 for "三公经费"控制率 and gives no 三公 figures: said, not silent.
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.SIMPLIFIED_CHINESE))
        .containsExactly("2.1.2 \"三公经费\"控制率 的计算公式 three-public-control 缺少数据，"
            + "按自评表填报的实际值 98.50 计分");
  }

  @Test
  void aTypedActualIsUsedForMissingFormulaDataOnlyWithANote() {
    IndicatorScore threePublic = card.indicator("2.1.2").orElseThrow();
    assertThat(threePublic.getFormula()).hasValueSatisfying(f ->
        assertThat(f.getStatus()).isEqualTo(FormulaStatus.MISSING_DATA));
    assertThat(threePublic.getPoints()).isEqualTo(new BigDecimal("5.00"));
    assertThat(card.getNotes()).extracting(n -> n.render(Locale.ENGLISH)).containsExactly(
        "2.1.2 \"三公经费\"控制率: the data of formula three-public-control are missing; scored"
            + " with the actual typed in the table, 98.50");
  }

  @Test
  void groupsCarryTheirSubtotalsAndClaims() {
    assertThat(card.group("2.1")).hasValueSatisfying(g -> {
      assertThat(g.getPoints()).isEqualByComparingTo("17.72");
      assertThat(g.getClaimed()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("17"));
    });
    assertThat(card.group("1")).hasValueSatisfying(g ->
        assertThat(g.getPoints()).isEqualByComparingTo("47"));
    assertThat(card.getGroups()).extracting(GroupScore::getCode).containsExactly("1", "2", "2.1");
  }

  @Test
  void deductionsAreTakenAndExplained() {
    IndicatorScore compliance = card.indicator("2.1.3").orElseThrow();
    assertThat(compliance.getPoints()).isEqualTo(new BigDecimal("3.00"));
    assertThat(compliance.getDeductionsTaken()).isEqualByComparingTo("2");
    assertThat(compliance.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "资金使用合规性 按发现问题扣分，起评 5 分；扣分 2（项目资金支出进度分配不均 2），得分 = 5.00 − 2 = 3.00");
  }

  @Test
  void assumptionsOfTheFixtureStayVisibleOnTheCard() {
    assertThat(card.indicator("2.1.2").orElseThrow().getAssumptions())
        .anySatisfy(a -> assertThat(a).contains("未载明三公经费数据"))
        .anySatisfy(a -> assertThat(a).contains("未找到广州市2021年度官方评分表"));
  }

  @Test
  void scoringIsDeterministic() {
    assertThat(Scorer.standard().score(BaiyunFixture.evaluation(),
        Rulebooks.guangzhouDepartment2021())).isEqualTo(card);
  }
}
