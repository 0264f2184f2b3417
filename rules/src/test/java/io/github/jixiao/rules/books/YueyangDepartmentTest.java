package io.github.jixiao.rules.books;

import static io.github.jixiao.rules.books.Books.actual;
import static io.github.jixiao.rules.books.Books.d;
import static io.github.jixiao.rules.books.Books.group;
import static io.github.jixiao.rules.books.Books.level;
import static io.github.jixiao.rules.books.Books.quantitative;
import static io.github.jixiao.rules.books.Books.qualitative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.BudgetLine;
import io.github.jixiao.core.CarryOver;
import io.github.jixiao.core.Deduction;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Project;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.Staffing;
import io.github.jixiao.core.ThreePublicExpenses;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import io.github.jixiao.rules.result.IndicatorScore;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.result.ScoreStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * {@code yy-dept}: Yueyang's department self-evaluation, the published parts 投入 (15) and 过程
 * (21) with their nine rules (methodology.md), and 产出 and 效果 — not published — open, their
 * indicators and weights the table's own.
 */
class YueyangDepartmentTest {

  // One warning of the rulebook check, not a fault of the table. JXR-303: 资金使用合规性's 5 items
  // at −1 can take 5 of its 3 points — the published rule, 扣完为止. (预算调整率's bands for a cut
  // are reachable: the check knows that an adjustment rate can be negative.)
  private static final Rulebook YUEYANG = Books.loaded("yy-dept", "JXR-303");

  private static final BigDecimal BUDGET = d("1200");

  /** A Yueyang bureau's 2022 evaluation, with {@code adjustments} of its 1200 万元; figures chosen. */
  private static SelfEvaluation.Builder evaluation(String adjustments, boolean withOutputs) {
    Department bureau = Department.builder().code("yy-demo").name("岳阳市某局（示例）")
        .level(GovernmentLevel.MUNICIPAL).region("湖南省岳阳市").kind(DepartmentKind.ADMINISTRATIVE)
        .staffing(Staffing.builder().authorisedPosts(100).staffInPost(104).build()).build();
    Budget budget = Budget.builder().fullYear(BUDGET).executed(d("1150"))
        .project(BudgetLine.of(d("1000"), d("950"))).adjustments(d(adjustments))
        .threePublic(ThreePublicExpenses.builder().overseasTrips(BudgetLine.of(d("10"), d("10")))
            .vehicles(BudgetLine.of(d("20"), d("20")))
            .hospitality(BudgetLine.of(d("20"), d("20.25"))).previousYearBudget(d("48")).build())
        .carryOver(CarryOver.builder().atStart(d("30")).atEnd(d("20")).build())
        .build();
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE)
        .fiscalYear(2022).department(bureau).budget(budget)
        .addProject(Project.builder().code("p1").name("重点项目").budget(d("900"))
            .executed(d("880")).build());
    for (RulebookIndicator node : YUEYANG.getIndicators()) {
      if (!node.isOpen()) {
        e.addIndicator(BaiyunFixture.mirror(node));
      }
    }
    e.addEntries(actual("2.2", "2"), actual("2.5", "2"), actual("2.6", "5"))
        .addDeduction(Deduction.builder().indicatorCode("2.3").points(d("1"))
            .reason("年末结余 20 万元，不高于上年 30 万元").build());
    if (withOutputs) {
      e.addIndicators(group("3", "产出及效果", null, "64"), group("3.1", "产出", "3", "40"),
              quantitative("3.1.1", "实际完成率", "3.1", "40", Direction.AT_LEAST, "100", "%"),
              group("3.2", "效果", "3", "24"), qualitative("3.2.1", "社会效益", "3.2", "24"))
          .addEntries(actual("3.1.1", "95"), level("3.2.1", QualitativeLevel.ACHIEVED, "22"));
    }
    return e;
  }

  private static IndicatorScore adjustment(String adjustments) {
    return Books.score(evaluation(adjustments, true).build(), YUEYANG).indicator("2.1")
        .orElseThrow();
  }

  @Test
  void theNinePublishedRulesScoreTheEvaluationsOwnFigures() {
    ScoreCard card = Books.score(evaluation("120", true).build(), YUEYANG);

    assertThat(card.getIndicators()).extracting(IndicatorScore::getCode, IndicatorScore::getPoints)
        .startsWith(
            // 104 in post of 100 posts = 104 %: 5 − 0.5 × 4 = 3.00.
            tuple("1.1", d("3.00")),
            // 三公 budget 10 + 20 + 20 = 50 against last year's 48: +2 ÷ 48 = 4.1666… %;
            // 5 − 0.5 × 4.1666… = 2.9166… → 2.92.
            tuple("1.2", d("2.92")),
            // key projects 900 of project spending 1000 = 90 %: ≥ 90 → 5.
            tuple("1.3", d("5.00")),
            // adjustments 120 of 1200 = 10 %: (0, 10 %] → 2.
            tuple("2.1", d("2.00")),
            // 2 special funds missed their milestone: 3 − 0.5 × 2 = 2.00.
            tuple("2.2", d("2.00")),
            // 结余 20, not above last year's 30: the finding takes 1, 3 − 1 = 2.00.
            tuple("2.3", d("2.00")),
            // 三公 spent 10 + 20 + 20.25 = 50.25 of 50 = 100.5 %: 6 − 1 × 0.5 = 5.50.
            tuple("2.4", d("5.50")),
            // 2 of 3 rules in place: +1 × 2 = 2.00.
            tuple("2.5", d("2.00")),
            // 5 of 5 compliant: 3.00.
            tuple("2.6", d("3.00")),
            // 产出 (the table's): 40 × 95 ÷ 100 = 38.00; 效果: 达成 22 in [19.2, 24] = 22.00.
            tuple("3.1.1", d("38.00")),
            tuple("3.2.1", d("22.00")));
    // 投入 3.00 + 2.92 + 5.00 = 10.92; 过程 2 + 2 + 2 + 5.50 + 2 + 3 = 16.50.
    assertThat(card.group("1").orElseThrow().getPoints()).isEqualTo(d("10.92"));
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("16.50"));
    // 10.92 + 16.50 + 38.00 + 22.00 = 87.42: 良.
    assertThat(card.isRescaled()).isFalse();
    assertThat(card.getTotal()).contains(d("87.42"));
    assertThat(card.getGrade()).contains(Grade.GOOD);
  }

  @Test
  void theAdjustmentBandsAtTheirBoundsAndACutByItsSize() {
    // Of 1200: 0 → 0 % = 3; 120 → 10 % (closed above) = 2; 121.2 → 10.1 % = 1; 360 → 30 % = 0.5;
    // 361.2 → 30.1 % = 0; a cut of 180 → −15 %, |−15 %| in (10 %, 20 %] = 1.
    assertThat(adjustment("0").getPoints()).isEqualTo(d("3.00"));
    assertThat(adjustment("120").getPoints()).isEqualTo(d("2.00"));
    assertThat(adjustment("121.2").getPoints()).isEqualTo(d("1.00"));
    assertThat(adjustment("360").getPoints()).isEqualTo(d("0.50"));
    assertThat(adjustment("361.2").getPoints()).isEqualTo(d("0.00"));
    assertThat(adjustment("-180").getPoints()).isEqualTo(d("1.00"));
    assertThat(adjustment("-180").getStatus()).isEqualTo(ScoreStatus.SCORED);
  }

  @Test
  void withoutTheUnpublishedPartTheTotalIsRescaledFromTheThirtySixPublished() {
    ScoreCard card = Books.score(evaluation("120", false).build(), YUEYANG);

    // 产出及效果 does not apply: 10.92 + 16.50 = 27.42 of 36, × 100 ÷ 36 = 76.1666… → 76.17.
    assertThat(card.group("3").orElseThrow().getStatus()).isEqualTo(ScoreStatus.NOT_APPLICABLE);
    assertThat(card.isRescaled()).isTrue();
    assertThat(card.getApplicableWeight()).isEqualByComparingTo("36");
    assertThat(card.getPointsSum()).isEqualByComparingTo("27.42");
    assertThat(card.getTotal()).contains(d("76.17"));
  }

  @Test
  void aCarryOverAboveLastYearsLosesAllThreePointsByTheFinding() {
    SelfEvaluation above = evaluation("120", true).deductions(java.util.List.of(
        Deduction.builder().indicatorCode("2.3").points(d("3"))
            .reason("年末结余 40 万元，高于上年 30 万元").build())).build();
    assertThat(Books.score(above, YUEYANG).indicator("2.3").orElseThrow().getPoints())
        .isEqualTo(d("0.00"));
  }
}
