package io.github.jixiao.rules.books;

import static io.github.jixiao.rules.books.Books.actual;
import static io.github.jixiao.rules.books.Books.d;
import static io.github.jixiao.rules.books.Books.level;
import static io.github.jixiao.rules.books.Books.quantitative;
import static io.github.jixiao.rules.books.Books.qualitative;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import org.junit.jupiter.api.Test;

/**
 * {@code dz-dept}: Dazhou's department-wide evaluation, 100 points, the whole published tree
 * (rulebooks.md): 部门决策 25, 综合管理 30, 部门绩效情况 45 with every 二级 and 三级 weight. The
 * per-leaf 评分标准 is not published: every fixed leaf is scored by deduction per finding, and
 * 履职成效 20 holds the department's own 部门特性指标.
 */
class DazhouDepartmentTest {

  private static final Rulebook DAZHOU = Books.loaded("dz-dept");

  private static Deduction finding(String code, String points, String reason) {
    return Deduction.builder().indicatorCode(code).points(d(points)).reason(reason).build();
  }

  /** A Dazhou bureau's 2022 evaluation, its table the rulebook's tree; figures chosen. */
  private static SelfEvaluation evaluation() {
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2022).title("2022年度部门整体支出绩效自评")
        .department(Books.department("达州市某局（示例）", GovernmentLevel.MUNICIPAL, "四川省达州市"))
        .budget(Budget.builder().fullYear(d("1000")).executed(d("960")).build());
    for (RulebookIndicator node : DAZHOU.getIndicators()) {
      e.addIndicator(BaiyunFixture.mirror(node));
    }
    return e
        .addIndicators(
            quantitative("3.1.1", "重点工作办结率", "3.1", "10", Direction.AT_LEAST, "100", "%"),
            qualitative("3.1.2", "履职效果", "3.1", "10"))
        .addEntries(actual("3.1.1", "95"), level("3.1.2", QualitativeLevel.ACHIEVED, "9"))
        .addDeductions(
            finding("1.2.1", "2", "项目支出测算依据不充分"),
            finding("2.3.2", "1", "未对绩效目标开展动态监控"),
            finding("2.7.3", "2", "绩效自评结果未公开"),
            finding("2.7.3", "1", "绩效目标未随预算公开"),
            finding("3.3.3", "1", "社会公众满意度调查样本不足"))
        .build();
  }

  @Test
  void theWholeTreeIsPublishedAndEveryFixedLeafIsScoredByDeductionPerFinding() {
    assertThat(DAZHOU.getProvenance().getStatus()).isEqualTo(ProvenanceStatus.PARTLY_CONFIRMED);
    assertThat(DAZHOU.getRegion().orElseThrow().getDivisions()).containsExactly("四川省", "达州市");
    // 27 fixed leaves: 部门决策 5 + 5 + 5 + 5 + 5 = 25; 综合管理 1 + 1 + 2 + 2 + 3 + 1 + 1 + 2 + 2
    // + 2 + 2 + 2 + 2 + 2 + 2 + 3 = 30; 部门绩效情况 5 + 5 + 5 + 3 + 3 + 4 = 25, with the open
    // 履职成效 20 making 45.
    assertThat(DAZHOU.indicator("2.5.3").orElseThrow().getWeight()).contains(d("2"));
    assertThat(DAZHOU.indicator("3.3.3").orElseThrow().getWeight()).contains(d("4"));
    assertThat(DAZHOU.indicator("3.1").orElseThrow().isOpen()).isTrue();
    assertThat(DAZHOU.getIndicators().stream().filter(i -> i.getRule().isPresent()))
        .hasSize(27).allSatisfy(i -> {
          assertThat(i.getRule()).contains(BuiltInRules.deductionPerFinding());
          assertThat(i.getAssumption()).hasValueSatisfying(a -> assertThat(a)
              .startsWith("评分标准未公布：按发现问题逐项扣分"));
        });

    ScoreCard card = Books.score(evaluation(), DAZHOU);

    // 测算依据 5 − 2 = 3; 绩效目标动态监控 3 − 1 = 2; 绩效信息公开 2 − (2 + 1) → 0 (扣完为止);
    // 社会公众满意度 4 − 1 = 3.
    assertThat(card.indicator("1.2.1").orElseThrow().getPoints()).isEqualTo(d("3.00"));
    assertThat(card.indicator("2.3.2").orElseThrow().getPoints()).isEqualTo(d("2.00"));
    assertThat(card.indicator("2.7.3").orElseThrow().getPoints()).isEqualTo(d("0.00"));
    assertThat(card.indicator("2.7.3").orElseThrow().getDeductionsTaken())
        .isEqualByComparingTo("2");
    assertThat(card.indicator("3.3.3").orElseThrow().getPoints()).isEqualTo(d("3.00"));
    // 履职成效, the department's own: 重点工作办结率 10 × 95 ÷ 100 = 9.50; 履职效果 达成 9 in
    // [8, 10] = 9.00; 18.50 of 20.
    assertThat(card.indicator("3.1.1").orElseThrow().getPoints()).isEqualTo(d("9.50"));
    assertThat(card.indicator("3.1.2").orElseThrow().getPoints()).isEqualTo(d("9.00"));
    assertThat(card.group("3.1").orElseThrow().getPoints()).isEqualTo(d("18.50"));
    // 部门决策 25 − 2 = 23; 综合管理 30 − 1 − 2 = 27; 部门绩效情况 18.50 + 15 + (10 − 1) = 42.50.
    assertThat(card.group("1").orElseThrow().getPoints()).isEqualTo(d("23.00"));
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("27.00"));
    assertThat(card.group("3").orElseThrow().getPoints()).isEqualTo(d("42.50"));
    // 23 + 27 + 42.50 = 92.50: 优.
    assertThat(card.isRescaled()).isFalse();
    assertThat(card.getTotal()).contains(d("92.50"));
    assertThat(card.getGrade()).contains(Grade.EXCELLENT);
  }

  @Test
  void aCountyUnitOfDazhouIsScoredUnderTheCitysRulebook() {
    SelfEvaluation county = evaluation().withDepartment(Books.department("达川区某局（示例）",
        GovernmentLevel.COUNTY, "四川省达州市达川区"));
    assertThat(Rulebooks.forEvaluation(county).rulebook().getId()).isEqualTo("dz-dept");
    // Another Sichuan city's department falls back to the national framework.
    SelfEvaluation chengdu = evaluation().withDepartment(Books.department("成都市某局（示例）",
        GovernmentLevel.MUNICIPAL, "四川省成都市"));
    assertThat(Rulebooks.forEvaluation(chengdu).rulebook().getId()).isEqualTo("mof-dept-2013");
  }
}
