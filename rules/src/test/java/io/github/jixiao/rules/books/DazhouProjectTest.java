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
import io.github.jixiao.rules.rulebook.ProvenanceStatus;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import org.junit.jupiter.api.Test;

/**
 * {@code dz-project}: Dazhou's project evaluation, 项目决策 20 / 项目管理 10 / 项目绩效 70, the tree
 * of rulebooks.md; 项目效益 40 the unit's own choice of indicators, every fixed leaf by deduction
 * per finding (its 评分标准 is not published).
 */
class DazhouProjectTest {

  private static final Rulebook DAZHOU = Books.loaded("dz-project");

  private static Deduction finding(String code, String points, String reason) {
    return Deduction.builder().indicatorCode(code).points(d(points)).reason(reason).build();
  }

  /** A county hospital's equipment project in Dazhou, 2023; every figure chosen. */
  private static SelfEvaluation evaluation() {
    SelfEvaluation.Builder e = SelfEvaluation.builder().kind(EvaluationKind.PROJECT)
        .fiscalYear(2023).title("医疗设备购置项目绩效自评")
        .department(Books.department("达州市某医院（示例）", GovernmentLevel.MUNICIPAL,
            "四川省达州市"))
        .budget(Budget.builder().fullYear(d("300")).executed(d("285")).build());
    for (RulebookIndicator node : DAZHOU.getIndicators()) {
      e.addIndicator(BaiyunFixture.mirror(node));
    }
    return e
        .addIndicators(
            qualitative("3.2.1", "社会效益：群众就医便利度", "3.2", "20"),
            quantitative("3.2.2", "使用效率：设备使用率", "3.2", "20", Direction.AT_LEAST, "85",
                "%"))
        .addEntries(level("3.2.1", QualitativeLevel.PARTLY_ACHIEVED, null), actual("3.2.2", "68"))
        .addDeductions(
            finding("1.1.2", "1", "未开展可行性论证"),
            finding("2.1.2", "0.5", "一笔支出未按规定审批"),
            finding("3.1.3", "5", "设备未按期到货"),
            finding("3.1.3", "1", "安装调试延期"),
            finding("3.3", "2", "满意度调查未覆盖住院患者"))
        .build();
  }

  @Test
  void fixedLeavesLoseWhatIsFoundAndTheBenefitLeavesAreTheUnitsOwn() {
    assertThat(DAZHOU.getProvenance().getStatus()).isEqualTo(ProvenanceStatus.PARTLY_CONFIRMED);
    assertThat(DAZHOU.getRegion().orElseThrow().getDivisions()).containsExactly("四川省", "达州市");
    assertThat(DAZHOU.indicator("3.2").orElseThrow().isOpen()).isTrue();

    ScoreCard card = Books.score(evaluation(), DAZHOU);

    // 可行性 5 − 1 = 4; 资金使用 4 − 0.5 = 3.5; 时效 5 − (5 + 1) → 0 (扣完为止); 满意度 10 − 2 = 8.
    assertThat(card.indicator("1.1.2").orElseThrow().getPoints()).isEqualTo(d("4.00"));
    assertThat(card.indicator("2.1.2").orElseThrow().getPoints()).isEqualTo(d("3.50"));
    assertThat(card.indicator("3.1.3").orElseThrow().getPoints()).isEqualTo(d("0.00"));
    assertThat(card.indicator("3.3").orElseThrow().getPoints()).isEqualTo(d("8.00"));
    // 项目效益: 部分达成 without points → 60 % × 20 = 12.00; 设备使用率 ≥ 85 %, 68 %:
    // 20 × 68 ÷ 85 = 16.00; 28.00 of 40.
    assertThat(card.indicator("3.2.1").orElseThrow().getPoints()).isEqualTo(d("12.00"));
    assertThat(card.indicator("3.2.2").orElseThrow().getPoints()).isEqualTo(d("16.00"));
    assertThat(card.group("3.2").orElseThrow().getPoints()).isEqualTo(d("28.00"));
    // 项目决策 20 − 1 = 19; 项目管理 10 − 0.5 = 9.50; 项目绩效 (20 − 5) + 28 + 8 = 51.
    assertThat(card.group("1").orElseThrow().getPoints()).isEqualTo(d("19.00"));
    assertThat(card.group("2").orElseThrow().getPoints()).isEqualTo(d("9.50"));
    assertThat(card.group("3").orElseThrow().getPoints()).isEqualTo(d("51.00"));
    // 19 + 9.50 + 51 = 79.50: 中.
    assertThat(card.getTotal()).contains(d("79.50"));
    assertThat(card.getGrade()).contains(Grade.FAIR);
  }

  @Test
  void aDazhouProjectIsChosenOverSichuansAndTheNationalForm() {
    SelfEvaluation dazhou = evaluation();
    assertThat(Rulebooks.forEvaluation(dazhou).rulebook().getId()).isEqualTo("dz-project");
    SelfEvaluation chengdu = dazhou.withDepartment(Books.department("成都市某医院（示例）",
        GovernmentLevel.MUNICIPAL, "四川省成都市"));
    assertThat(Rulebooks.forEvaluation(chengdu).rulebook().getId()).isEqualTo("sc-project-2023");
    assertThat(Rulebooks.forEvaluation(chengdu.withFiscalYear(2021)).rulebook().getId())
        .isEqualTo("mof-project-2020");
  }
}
