package io.github.jixiao.core;

import static io.github.jixiao.core.ConstraintsTest.refused;
import static io.github.jixiao.core.ConstraintsTest.required;

import io.github.jixiao.core.ConstraintsTest.Case;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The cases of {@link ConstraintsTest} for a mid-year monitoring report (绩效运行监控, issue 18):
 * the unit, year and month, the budget to date and the rows. Values of the Baiyun office's July
 * report: 预算完成率 at 45 % of a target of 100 % by July, 3306.19 万元 budgeted.
 */
final class MonitoringValueCases {

  private MonitoringValueCases() {}

  /** The invariants of these values, besides their constraints. */
  static final Set<String> INVARIANTS = Set.of(
      "MonitoringReport: one row per indicator",
      "MonitoringEntry: a quantitative indicator has a direction",
      "MonitoringEntry: the operator fits the kind",
      "MonitoringEntry: the operator agrees with the direction");

  static List<Case> cases() {
    return List.of(
        // MonitoringAdjustment
        refused("MonitoringAdjustment.target @MeasureValue", "an adjusted target has 6 decimals",
            () -> MonitoringAdjustment.builder().target(d("90.1234567")).build(),
            () -> MonitoringAdjustment.builder().target(d("90")).build(), "$.target"),
        refused("MonitoringAdjustment.targetWritten @Text", "a target as written is not blank",
            () -> MonitoringAdjustment.builder().targetWritten(" ").build(),
            () -> MonitoringAdjustment.builder().targetWritten("≥90%").build(), "$.targetWritten"),
        refused("MonitoringAdjustment.reason @Text", "a reason is not blank when given",
            () -> MonitoringAdjustment.builder().reason("").build(),
            () -> MonitoringAdjustment.builder().reason("项目延期至2022年实施").build(), "$.reason"),

        // MonitoringEntry
        refused("MonitoringEntry.code @NotBlank", "a row names its indicator",
            () -> rate().code(" ").build(), () -> rate().build(), "$.code"),
        refused("MonitoringEntry.levelOne @Text", "a level-one name is not blank when given",
            () -> rate().levelOne(" ").build(), () -> rate().levelOne("管理效率").build(),
            "$.levelOne"),
        refused("MonitoringEntry.levelTwo @Text", "a level-two name is not blank when given",
            () -> rate().levelTwo(" ").build(), () -> rate().levelTwo("资金管理").build(),
            "$.levelTwo"),
        refused("MonitoringEntry.name @NotBlank", "a row has the indicator's name",
            () -> rate().name("").build(), () -> rate().name("预算完成率").build(), "$.name"),
        required("MonitoringEntry.kind @NotNull",
            () -> MonitoringEntry.builder().code("2.1.1").name("预算完成率").build(),
            () -> MonitoringEntry.builder().code("2.1.1").name("预算完成率")
                .kind(IndicatorKind.QUALITATIVE).build()),
        refused("MonitoringEntry.operatorText @Text", "an operator as written is not blank",
            () -> rate().operatorText(" ").build(), () -> rate().operatorText("≥").build(),
            "$.operatorText"),
        refused("MonitoringEntry.target @MeasureValue", "a target has at most six decimals",
            () -> rate().target(d("100.1234567")).build(), () -> rate().target(d("100")).build(),
            "$.target"),
        refused("MonitoringEntry.targetWritten @Text", "a target as written is not blank",
            () -> rate().targetWritten("").build(), () -> rate().targetWritten("100%").build(),
            "$.targetWritten"),
        refused("MonitoringEntry.targetText @Text", "a target in words is not blank",
            () -> level().targetText(" ").build(),
            () -> level().targetText("履行好各项主要职能").build(), "$.targetText"),
        refused("MonitoringEntry.unit @Text", "a unit is not blank when given",
            () -> rate().unit(" ").build(), () -> rate().unit("%").build(), "$.unit"),
        refused("MonitoringEntry.current @MeasureValue", "a current value has 15 integer digits",
            () -> rate().current(d("1234567890123456")).build(),
            () -> rate().current(d("45")).build(), "$.current"),
        refused("MonitoringEntry.currentWritten @Text", "a current value as written is not blank",
            () -> rate().currentWritten(" ").build(), () -> rate().currentWritten("45%").build(),
            "$.currentWritten"),
        refused("MonitoringEntry.deviationReason @Text", "a reason is not blank when given",
            () -> rate().deviationReason(" ").build(),
            () -> rate().deviationReason("部分会议经费尚未结算").build(), "$.deviationReason"),
        refused("MonitoringEntry: a quantitative indicator has a direction",
            "a rate says which way is better",
            () -> MonitoringEntry.builder().code("2.1.1").name("预算完成率")
                .kind(IndicatorKind.QUANTITATIVE).build(), () -> rate().build(), "$.direction"),
        refused("MonitoringEntry: the operator fits the kind", "定性 is not a rate's operator",
            () -> rate().operator(Operator.QUALITATIVE).build(),
            () -> rate().operator(Operator.AT_LEAST).build(), "$.operator"),
        refused("MonitoringEntry: the operator agrees with the direction",
            "≤ is not the operator of a rate that should be high",
            () -> rate().operator(Operator.AT_MOST).build(),
            () -> rate().operator(Operator.ABOVE).build(), "$.operator"),

        // MonitoringReport
        refused("MonitoringReport.departmentCode @NotBlank", "a report names the unit",
            () -> report().departmentCode(" ").build(), () -> report().build(),
            "$.departmentCode"),
        refused("MonitoringReport.departmentName @NotBlank", "a report has the unit's name",
            () -> report().departmentName("").build(), () -> report().build(),
            "$.departmentName"),
        refused("MonitoringReport.project @Text", "a project is not blank when given",
            () -> report().project(" ").build(), () -> report().project("区人大会议项目").build(),
            "$.project"),
        refused("MonitoringReport.title @Text", "a title is not blank when given",
            () -> report().title(" ").build(), () -> report().title("2021年7月绩效运行监控表").build(),
            "$.title"),
        refused("MonitoringReport.fiscalYear @Min", "a year is not before 2000",
            () -> report().fiscalYear(1999).build(), () -> report().fiscalYear(2000).build(),
            "$.fiscalYear"),
        refused("MonitoringReport.fiscalYear @Max", "a year is not after 2100",
            () -> report().fiscalYear(2101).build(), () -> report().fiscalYear(2100).build(),
            "$.fiscalYear"),
        refused("MonitoringReport.month @Min", "a month is not before January",
            () -> report().month(0).build(), () -> report().month(1).build(), "$.month"),
        refused("MonitoringReport.month @Max", "a month is not after December",
            () -> report().month(13).build(), () -> report().month(12).build(), "$.month"),
        refused("MonitoringReport.asOf @Text", "a date is not blank when given",
            () -> report().asOf(" ").build(), () -> report().asOf("2021年7月31日").build(), "$.asOf"),
        refused("MonitoringReport.rulebook @Text", "a rulebook id is not blank when given",
            () -> report().rulebook(" ").build(), () -> report().rulebook("gz-dept-2021").build(),
            "$.rulebook"),
        refused("MonitoringReport.assumption @Text", "an assumption is not blank when given",
            () -> report().assumption(" ").build(), () -> report().assumption("示例数值").build(),
            "$.assumption"),
        required("MonitoringReport.budget @NotNull", () -> MonitoringReport.builder()
            .departmentCode("baiyun-rd-sc-office").departmentName("白云区人大常委会办公室")
            .fiscalYear(2021).month(7).build(), () -> report().build()),
        refused("MonitoringReport: one row per indicator", "an indicator is monitored once",
            () -> report().addEntries(rate().build(), rate().build()).build(),
            () -> report().addEntries(rate().build(), level().build()).build(),
            "$.entries[1].code"));
  }

  private static MonitoringEntry.Builder rate() {
    return MonitoringEntry.builder().code("2.1.1").name("预算完成率")
        .kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST);
  }

  private static MonitoringEntry.Builder level() {
    return MonitoringEntry.builder().code("1.2").name("履职效果").kind(IndicatorKind.QUALITATIVE);
  }

  private static MonitoringReport.Builder report() {
    return MonitoringReport.builder().departmentCode("baiyun-rd-sc-office")
        .departmentName("白云区人大常委会办公室").fiscalYear(2021).month(7)
        .budget(Budget.builder().fullYear(d("3306.19")).executed(d("1487.79")).build());
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
