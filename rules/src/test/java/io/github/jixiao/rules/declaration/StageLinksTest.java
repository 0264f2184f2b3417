package io.github.jixiao.rules.declaration;

import static io.github.jixiao.rules.declaration.Declarations.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.SelfEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The training self-evaluation against its declaration (lifecycle.md §6): declared 培训人次 ≥ 800,
 * evaluated against ≥ 1000; the declared 人均培训成本 left out.
 */
class StageLinksTest {

  private static Indicator group(String code, String name, int level, String parent) {
    Indicator.Builder b = Indicator.builder().code(code).name(name).level(level).weight(d("10"))
        .kind(IndicatorKind.QUALITATIVE);
    return (parent == null ? b : b.parentCode(parent)).build();
  }

  private static Indicator count(String code, String name, String parent, String target,
      String unit) {
    return Indicator.builder().code(code).name(name).level(3).parentCode(parent).weight(d("10"))
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d(target))
        .unit(unit).build();
  }

  private static Indicator words(String code, String name, String parent, String target) {
    return Indicator.builder().code(code).name(name).level(3).parentCode(parent).weight(d("10"))
        .kind(IndicatorKind.QUALITATIVE).targetText(target).build();
  }

  private static List<Indicator> table() {
    List<Indicator> t = new ArrayList<>();
    t.add(Indicator.builder().code("1").name("预算执行率").level(1).weight(d("10"))
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d("100"))
        .formula("execution-rate").build());
    t.add(group("T2", "产出指标", 1, null));
    t.add(group("T2.1", "数量指标", 2, "T2"));
    t.add(count("T2.1.1", "培训人次", "T2.1", "1000", "人次"));
    t.add(count("T2.1.2", "资金支付率", "T2.1", "100", "%"));
    t.add(group("T2.2", "质量指标", 2, "T2"));
    t.add(words("T2.2.1", "培训合格", "T2.2", "培训考核合格"));
    t.add(group("T3", "效益指标", 1, null));
    t.add(group("T3.1", "社会效益指标", 2, "T3"));
    t.add(words("T3.1.1", "基层业务能力提升", "T3.1", "明显提升"));
    t.add(group("T4", "满意度指标", 1, null));
    t.add(group("T4.1", "服务对象满意度指标", 2, "T4"));
    t.add(count("T4.1.1", "学员满意度", "T4.1", "90", "%"));
    return t;
  }

  private static SelfEvaluation evaluation(List<Indicator> table) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(Department.builder().code("219").name("某市财政局（示例）")
            .level(GovernmentLevel.MUNICIPAL).region("安徽省合肥市")
            .kind(DepartmentKind.ADMINISTRATIVE).build())
        .budget(Budget.builder().fullYear(d("200")).executed(d("180")).build())
        .addAllIndicators(table).build();
  }

  @Test
  void aRaisedTargetWithoutAnAdjustmentAndADeclaredCostLeftOut() {
    List<StageFinding> found = StageLinks.check(evaluation(table()), Declarations.training());

    assertThat(found).extracting(StageFinding::code, StageFinding::document, StageFinding::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("JX-961", "evaluation", "$.indicators[3].target"),
            org.assertj.core.groups.Tuple.tuple("JX-963", "evaluation", "$.declaration"));
    assertThat(found.get(0).message(Locale.CHINESE)).isEqualTo("指标“培训人次”申报时为“800”，"
        + "自评却以“1000”为目标，且未记录调整：请写明调整原因，或按申报的目标评价");
  }

  @Test
  void anAdjustmentWithItsReasonOrTheDeclaredTargetClearIt() {
    List<Indicator> adjusted = table();
    adjusted.set(3, adjusted.get(3).withAdjustmentReason("年中追加培训任务 200 人次"));
    assertThat(StageLinks.check(evaluation(adjusted), Declarations.training()))
        .extracting(StageFinding::code).containsExactly("JX-963");
    List<Indicator> same = table();
    same.set(3, count("T2.1.1", "培训人次", "T2.1", "800.00", "人次"));
    assertThat(StageLinks.check(evaluation(same), Declarations.training()))
        .extracting(StageFinding::code).containsExactly("JX-963");
  }

  @Test
  void aLeafTheDeclarationDoesNotHaveAndAChangedTextTarget() {
    List<Indicator> t = table();
    t.set(6, words("T2.2.1", "培训合格", "T2.2", "全员考核合格"));
    t.add(count("T4.1.2", "家长满意度", "T4.1", "90", "%"));

    assertThat(StageLinks.check(evaluation(t), Declarations.training()))
        .extracting(StageFinding::code, StageFinding::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple("JX-961", "$.indicators[3].target"),
            org.assertj.core.groups.Tuple.tuple("JX-961", "$.indicators[6].target"),
            org.assertj.core.groups.Tuple.tuple("JX-962", "$.indicators[13].name"),
            org.assertj.core.groups.Tuple.tuple("JX-963", "$.declaration"));
  }
}
