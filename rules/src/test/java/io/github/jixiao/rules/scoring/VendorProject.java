package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.fixtures.BaiyunFixture;
import java.math.BigDecimal;
import java.util.function.UnaryOperator;

/**
 * A project self-evaluation (项目支出绩效自评) with the vendor's default sub-weights (rulebooks.md,
 * "Vendor default sub-weights for project self-evaluation"): 预算执行率 10; 产出 50 = 数量 20 +
 * 质量 10 + 时效 10 + 成本 10; 效益 30; 满意度 10 — the shape of {@code mof-project-2020}. Every
 * indicator meets its target, so every one earns its weight before any deduction.
 */
final class VendorProject {

  private VendorProject() {}

  static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** Executed {@code executed} of a full-year budget of 200.00 万元; the 数量 entry changed. */
  static SelfEvaluation evaluation(String executed, UnaryOperator<IndicatorEntry.Builder> amount) {
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2023)
        .title("区人大会议项目支出绩效自评表").department(BaiyunFixture.department())
        .budget(Budget.builder().fullYear(d("200.00")).executed(d(executed)).build())
        .addIndicators(
            rate("01", "预算执行率", null, 1, "10", "100"),
            group("02", "产出指标", "50"),
            Indicator.builder().code("02.1").name("数量指标：会议召开次数").level(2).parentCode("02")
                .weight(d("20")).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
                .target(d("2")).unit("次").build(),
            rate("02.2", "质量指标：会议保障合格率", "02", 2, "10", "100"),
            rate("02.3", "时效指标：会议按期召开率", "02", 2, "10", "100"),
            rate("02.4", "成本指标：会议经费控制率", "02", 2, "10", "100"),
            group("03", "效益指标", "30"),
            Indicator.builder().code("03.1").name("社会效益：代表履职保障").level(2).parentCode("03")
                .weight(d("30")).kind(IndicatorKind.QUALITATIVE).build(),
            group("04", "满意度指标", "10"),
            rate("04.1", "服务对象满意度：代表满意度", "04", 2, "10", "90"))
        .addEntries(
            amount.apply(IndicatorEntry.builder().indicatorCode("02.1").actual(d("2"))
                .claimedScore(d("20"))).build(),
            entry("02.2", "100"), entry("02.3", "100"), entry("02.4", "100"),
            IndicatorEntry.builder().indicatorCode("03.1").level(QualitativeLevel.ACHIEVED)
                .claimedScore(d("30")).build(),
            entry("04.1", "95"))
        .build();
  }

  private static Indicator group(String code, String name, String weight) {
    return Indicator.builder().code(code).name(name).level(1).weight(d(weight))
        .kind(IndicatorKind.QUALITATIVE).build();
  }

  private static Indicator rate(String code, String name, String parent, int level,
      String weight, String target) {
    Indicator.Builder i = Indicator.builder().code(code).name(name).level(level)
        .weight(d(weight)).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
        .target(d(target)).unit("%");
    if (parent != null) {
      i.parentCode(parent);
    }
    return i.build();
  }

  private static IndicatorEntry entry(String code, String actual) {
    return IndicatorEntry.builder().indicatorCode(code).actual(d(actual)).build();
  }
}
