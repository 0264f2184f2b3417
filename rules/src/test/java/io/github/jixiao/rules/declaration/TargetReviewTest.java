package io.github.jixiao.rules.declaration;

import static io.github.jixiao.rules.declaration.Declarations.group;
import static io.github.jixiao.rules.declaration.Declarations.leaf;
import static io.github.jixiao.rules.declaration.Declarations.words;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DeclaredIndicator;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.TargetDeclaration;
import io.github.jixiao.rules.result.Severity;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The target review (绩效目标审核, lifecycle.md §1) on the training project's declaration
 * ({@link Declarations}), each check with a row that triggers it and the declaration put right.
 */
class TargetReviewTest {

  private static List<StageFinding> review(TargetDeclaration d, String code) {
    return TargetReview.review(d).stream().filter(f -> f.code().equals(code)).toList();
  }

  private static TargetDeclaration with(int at, DeclaredIndicator row) {
    List<DeclaredIndicator> rows = Declarations.rows();
    rows.set(at, row);
    return Declarations.of(rows);
  }

  @Test
  void theTrainingDeclarationDrawsMoneyAsQuantityAndAVagueBenefitOnly() {
    assertThat(TargetReview.review(Declarations.training())).extracting(StageFinding::code,
        StageFinding::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple("JX-956", "$.indicators[3].name"),
            org.assertj.core.groups.Tuple.tuple("JX-952", "$.indicators[10].targetText"));
    assertThat(review(Declarations.training(), "JX-952")).singleElement().satisfies(f ->
        assertThat(f.message(Locale.CHINESE)).isEqualTo("效益指标“基层业务能力提升”的目标为“明显提升”，"
            + "仅有方向（“明显”）而无可衡量的标准：请给出数值或可据以评判的标准"));
  }

  @Test
  void aQuantitativeRowWithoutItsUnitOrComparisonIsNotQuantifiable() {
    TargetDeclaration d = with(2, leaf("T2.1.1", "培训人次", "T2.1", null, "800", null).build());

    assertThat(review(d, "JX-951")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.path()).isEqualTo("$.indicators[2].direction");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("指标“培训人次”为定量指标，却缺少计算符号（≥、≤ 或 =）"
          + "和度量单位：无从衡量的目标不具可量化性；请写成计算符号、数值和单位（≥ 1000 人次）");
    });
  }

  @Test
  void aRowWithNoTargetAtAllIsAnError() {
    TargetDeclaration d = with(2, leaf("T2.1.1", "培训人次", "T2.1", Direction.AT_LEAST, null,
        "人次").build());

    assertThat(review(d, "JX-958")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.path()).isEqualTo("$.indicators[2]");
    });
    // the error says it all: no JX-951 besides
    assertThat(review(d, "JX-951")).isEmpty();
  }

  @Test
  void aCostWrittenWithAtLeastAndARateOfQualityUnderQuantity() {
    TargetDeclaration cost = with(7, leaf("T2.3.1", "人均培训成本", "T2.3", Direction.AT_LEAST,
        "2000", "元/人次").build());
    assertThat(review(cost, "JX-953")).extracting(StageFinding::path)
        .containsExactly("$.indicators[7].direction");
    TargetDeclaration saving = with(7, leaf("T2.3.1", "培训成本节约率", "T2.3", Direction.AT_LEAST,
        "5", "%").build());
    assertThat(review(saving, "JX-953")).isEmpty();

    TargetDeclaration rate = with(3, leaf("T2.1.2", "培训合格率", "T2.1", Direction.AT_LEAST,
        "95", "%").build());
    assertThat(review(rate, "JX-955")).extracting(StageFinding::path)
        .containsExactly("$.indicators[3].parentCode");
    assertThat(review(Declarations.training(), "JX-955")).isEmpty();
  }

  @Test
  void aMissingCategoryIsNamed() {
    List<DeclaredIndicator> rows = Declarations.rows();
    rows.subList(11, 14).clear(); // no 满意度
    List<StageFinding> found = review(Declarations.of(rows), "JX-954");

    assertThat(found).singleElement().satisfies(f -> assertThat(f.message(Locale.ENGLISH))
        .isEqualTo("the declaration has no satisfaction indicator: the national form asks for"
            + " quantity, cost and satisfaction indicators"));
    assertThat(review(Declarations.training(), "JX-954")).isEmpty();
  }

  @Test
  void theSameRowUnderOutputsAndBenefits() {
    TargetDeclaration d = with(10, words("T3.1.1", "培训人次", "T3.1", "受训人员履职能力增强"));

    assertThat(review(d, "JX-957")).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("$.indicators[10].name");
      assertThat(f.message(Locale.ENGLISH)).contains("again under outputs ($.indicators[2])");
    });
  }

  @Test
  void costsAboveTheMoneyRequested() {
    // 3000 元/人次 × 800 人次 = 2 400 000 元 = 240 万元 > 200; 2000 × 800 = 160 万元 is within
    TargetDeclaration unit = with(7, leaf("T2.3.1", "人均培训成本", "T2.3", Direction.AT_MOST,
        "3000", "元/人次").build());
    assertThat(review(unit, "JX-959")).singleElement().satisfies(f ->
        assertThat(f.message(Locale.CHINESE)).isEqualTo("成本指标“人均培训成本”按 3000 元/人次、“培训人次” "
            + "800 计，合计 240 万元，超过申请资金 200 万元"));
    assertThat(review(Declarations.training(), "JX-959")).isEmpty();
    // a cost in 万元 above the 200 requested; 200 exactly is not above
    TargetDeclaration total = with(7, leaf("T2.3.1", "培训总成本", "T2.3", Direction.AT_MOST,
        "200.01", "万元").build());
    assertThat(review(total, "JX-959")).hasSize(1);
    TargetDeclaration exact = with(7, leaf("T2.3.1", "培训总成本", "T2.3", Direction.AT_MOST,
        "200", "万元").build());
    assertThat(review(exact, "JX-959")).isEmpty();
    assertThat(group("T9", "其他", 1, null).getLevel()).isEqualTo(1);
  }
}
