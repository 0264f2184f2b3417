package io.github.jixiao.core;

import static io.github.jixiao.core.ConstraintsTest.refused;
import static io.github.jixiao.core.ConstraintsTest.required;

import io.github.jixiao.core.ConstraintsTest.Case;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The cases of {@link ConstraintsTest} for a target declaration (绩效目标申报表, issue 18) and the
 * stages' links of a self-evaluation: a training project declaring 培训人次 ≥ 1000 for 50 万元.
 */
final class DeclarationValueCases {

  private DeclarationValueCases() {}

  /** The invariants of these values, besides their constraints. */
  static final Set<String> INVARIANTS = Set.of("DeclaredIndicator: level 1 has no parent",
      "DeclaredIndicator: levels 2 and 3 have a parent",
      "TargetDeclaration: row codes are unique", "TargetDeclaration: a parent code names a row",
      "TargetDeclaration: a child sits one level below its parent");

  static List<Case> cases() {
    return List.of(
        refused("DeclaredIndicator.code @NotBlank", "a row has a code",
            () -> trained().code(" ").build(), () -> trained().build(), "$.code"),
        refused("DeclaredIndicator.name @NotBlank", "a row has a name",
            () -> trained().name("").build(), () -> trained().build(), "$.name"),
        required("DeclaredIndicator.level @NotNull", () -> DeclaredIndicator.builder().code("1")
            .name("产出指标").kind(IndicatorKind.QUALITATIVE).build(), () -> top().build()),
        refused("DeclaredIndicator.level @Min", "a level is at least 1",
            () -> trained().level(0).build(), () -> trained().level(3).build(), "$.level"),
        refused("DeclaredIndicator.level @Max", "a level is at most 3",
            () -> trained().level(4).build(), () -> trained().level(3).build(), "$.level"),
        refused("DeclaredIndicator.parentCode @Text", "a parent code is not blank when given",
            () -> trained().parentCode(" ").build(), () -> trained().build(), "$.parentCode"),
        required("DeclaredIndicator.kind @NotNull", () -> DeclaredIndicator.builder().code("1")
            .name("产出指标").level(1).build(), () -> top().build()),
        refused("DeclaredIndicator.operatorText @Text", "an operator as written is not blank",
            () -> trained().operatorText("").build(), () -> trained().operatorText("≥").build(),
            "$.operatorText"),
        refused("DeclaredIndicator.target @MeasureValue", "a target has at most six decimals",
            () -> trained().target(d("1000.0000001")).build(),
            () -> trained().target(d("1000")).build(), "$.target"),
        refused("DeclaredIndicator.targetWritten @Text", "a target as written is not blank",
            () -> trained().targetWritten(" ").build(),
            () -> trained().targetWritten("≥1000人次").build(), "$.targetWritten"),
        refused("DeclaredIndicator.unit @Text", "a unit is not blank when given",
            () -> trained().unit(" ").build(), () -> trained().unit("人次").build(), "$.unit"),
        refused("DeclaredIndicator.targetText @Text", "a target in words is not blank",
            () -> trained().targetText("").build(),
            () -> trained().targetText("有效提升基层业务能力").build(), "$.targetText"),
        refused("DeclaredIndicator.weight @Positive", "a weight set at declaration is above 0",
            () -> trained().weight(d("0")).build(), () -> trained().weight(d("20")).build(),
            "$.weight"),
        refused("DeclaredIndicator.weight @PointsValue", "a weight has at most two decimals",
            () -> trained().weight(d("20.125")).build(),
            () -> trained().weight(d("20.13")).build(), "$.weight"),
        refused("DeclaredIndicator.basis @Text", "a basis is not blank when given",
            () -> trained().basis(" ").build(), () -> trained().basis("上年培训 950 人次").build(),
            "$.basis"),
        refused("DeclaredIndicator: level 1 has no parent", "a level-1 row has no parent",
            () -> top().parentCode("0").build(), () -> top().build(), "$.parentCode"),
        refused("DeclaredIndicator: levels 2 and 3 have a parent", "a level-3 row names its parent",
            () -> DeclaredIndicator.builder().code("1.1.1").name("培训人次").level(3)
                .kind(IndicatorKind.QUANTITATIVE).build(), () -> trained().build(),
            "$.parentCode"),

        required("TargetDeclaration.kind @NotNull", () -> declaration().kind(null).build(),
            () -> declaration().build()),
        required("TargetDeclaration.department @NotNull",
            () -> declaration().department(null).build(), () -> declaration().build()),
        required("TargetDeclaration.fiscalYear @NotNull",
            () -> declaration().fiscalYear(null).build(), () -> declaration().build()),
        refused("TargetDeclaration.fiscalYear @Min", "a year is not before 2000",
            () -> declaration().fiscalYear(1999).build(),
            () -> declaration().fiscalYear(2000).build(), "$.fiscalYear"),
        refused("TargetDeclaration.fiscalYear @Max", "a year is not after 2100",
            () -> declaration().fiscalYear(2101).build(),
            () -> declaration().fiscalYear(2100).build(), "$.fiscalYear"),
        refused("TargetDeclaration.title @Text", "a title is not blank when given",
            () -> declaration().title(" ").build(), () -> declaration().title("基层业务培训").build(),
            "$.title"),
        refused("TargetDeclaration.overallTarget @Text", "an overall target is not blank",
            () -> declaration().overallTarget("").build(),
            () -> declaration().overallTarget("全年培训基层人员1000人次").build(), "$.overallTarget"),
        required("TargetDeclaration.requested @NotNull",
            () -> declaration().requested(null).build(), () -> declaration().build()),
        refused("TargetDeclaration.requested @MoneyAmount", "money requested is not negative",
            () -> declaration().requested(d("-50")).build(),
            () -> declaration().requested(d("50")).build(), "$.requested"),
        refused("TargetDeclaration: row codes are unique", "two rows cannot share a code",
            () -> declaration().addIndicators(top().build(), top().build()).build(),
            () -> declaration().addIndicators(top().build()).build(), "$.indicators[1].code"),
        refused("TargetDeclaration: a parent code names a row", "a row's parent is in the form",
            () -> declaration().addIndicators(top().build(), trained().build()).build(),
            () -> declaration().addIndicators(top().build(), quantity().build(),
                trained().build()).build(), "$.indicators[1].parentCode"),
        refused("TargetDeclaration: a child sits one level below its parent",
            "a level-3 row under a level-1 row",
            () -> declaration().addIndicators(top().build(), trained().parentCode("1").build())
                .build(),
            () -> declaration().addIndicators(top().build(), quantity().build(),
                trained().build()).build(), "$.indicators[1].level"),

        refused("Indicator.adjustmentReason @Text", "an adjustment reason is not blank",
            () -> ConstraintsTest.executionRate().adjustmentReason(" ").build(),
            () -> ConstraintsTest.executionRate().adjustmentReason("年中追加培训任务").build(),
            "$.adjustmentReason"),
        refused("SelfEvaluation.declaration @Text", "a declaration file is not blank",
            () -> ConstraintsTest.evaluation().declaration(" ").build(),
            () -> ConstraintsTest.evaluation().declaration("declaration.json").build(),
            "$.declaration"),
        refused("SelfEvaluation.monitoring @Text", "a monitoring file is named",
            () -> ConstraintsTest.evaluation().addMonitoring("").build(),
            () -> ConstraintsTest.evaluation().addMonitoring("monitoring-2021-07.json").build(),
            "$.monitoring[0]"));
  }

  static DeclaredIndicator.Builder top() {
    return DeclaredIndicator.builder().code("1").name("产出指标").level(1)
        .kind(IndicatorKind.QUALITATIVE);
  }

  static DeclaredIndicator.Builder quantity() {
    return DeclaredIndicator.builder().code("1.1").name("数量指标").level(2).parentCode("1")
        .kind(IndicatorKind.QUALITATIVE);
  }

  static DeclaredIndicator.Builder trained() {
    return DeclaredIndicator.builder().code("1.1.1").name("培训人次").level(3).parentCode("1.1")
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST).target(d("1000"))
        .unit("人次");
  }

  static TargetDeclaration.Builder declaration() {
    return TargetDeclaration.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunSeed.department()).requested(d("50"));
  }

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }
}
