package io.github.jixiao.rules.declaration;

import io.github.jixiao.core.DeclaredIndicator;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.TargetDeclaration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The training project's declaration (examples/training-2021/declaration.json, 200 万元
 * requested): 产出 › 数量 培训人次 ≥ 800 人次 and 资金支付率 ≥ 100 %, 质量 培训合格, 成本 人均培训成本
 * ≤ 2000 元/人次; 效益 › 社会效益 基层业务能力提升 "明显提升"; 满意度 学员满意度 ≥ 90 %.
 */
final class Declarations {

  private Declarations() {}

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  static DeclaredIndicator group(String code, String name, int level, String parent) {
    DeclaredIndicator.Builder b = DeclaredIndicator.builder().code(code).name(name).level(level)
        .kind(IndicatorKind.QUALITATIVE);
    return (parent == null ? b : b.parentCode(parent)).build();
  }

  static DeclaredIndicator.Builder leaf(String code, String name, String parent,
      Direction direction, String target, String unit) {
    DeclaredIndicator.Builder b = DeclaredIndicator.builder().code(code).name(name).level(3)
        .parentCode(parent).kind(IndicatorKind.QUANTITATIVE);
    if (direction != null) {
      b.direction(direction);
    }
    if (target != null) {
      b.target(d(target));
    }
    return unit == null ? b : b.unit(unit);
  }

  static DeclaredIndicator words(String code, String name, String parent, String target) {
    return DeclaredIndicator.builder().code(code).name(name).level(3).parentCode(parent)
        .kind(IndicatorKind.QUALITATIVE).targetText(target).build();
  }

  /** The rows, to change one and build. */
  static List<DeclaredIndicator> rows() {
    List<DeclaredIndicator> rows = new ArrayList<>();
    rows.add(group("T2", "产出指标", 1, null));
    rows.add(group("T2.1", "数量指标", 2, "T2"));
    rows.add(leaf("T2.1.1", "培训人次", "T2.1", Direction.AT_LEAST, "800", "人次").build());
    rows.add(leaf("T2.1.2", "资金支付率", "T2.1", Direction.AT_LEAST, "100", "%").build());
    rows.add(group("T2.2", "质量指标", 2, "T2"));
    rows.add(words("T2.2.1", "培训合格", "T2.2", "培训考核合格"));
    rows.add(group("T2.3", "成本指标", 2, "T2"));
    rows.add(leaf("T2.3.1", "人均培训成本", "T2.3", Direction.AT_MOST, "2000", "元/人次").build());
    rows.add(group("T3", "效益指标", 1, null));
    rows.add(group("T3.1", "社会效益指标", 2, "T3"));
    rows.add(words("T3.1.1", "基层业务能力提升", "T3.1", "明显提升"));
    rows.add(group("T4", "满意度指标", 1, null));
    rows.add(group("T4.1", "服务对象满意度指标", 2, "T4"));
    rows.add(leaf("T4.1.1", "学员满意度", "T4.1", Direction.AT_LEAST, "90", "%").build());
    return rows;
  }

  static TargetDeclaration of(List<DeclaredIndicator> rows) {
    return TargetDeclaration.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .title("基层干部培训项目（示例）").department(Department.builder().code("219")
            .name("某市财政局（示例）").level(GovernmentLevel.MUNICIPAL).region("安徽省合肥市")
            .kind(DepartmentKind.ADMINISTRATIVE).build())
        .requested(d("200")).addAllIndicators(rows).build();
  }

  static TargetDeclaration training() {
    return of(rows());
  }
}
