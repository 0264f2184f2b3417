package io.github.jixiao.core;

import static io.github.jixiao.core.ConstraintsTest.refused;
import static io.github.jixiao.core.ConstraintsTest.required;

import io.github.jixiao.core.ConstraintsTest.Case;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The cases of {@link ConstraintsTest} for what a 自评表 holds beyond the seed report (issue 16):
 * the budget by funding source, the overall target, an indicator's operator and targets as
 * written, an entry's actual as written and how it was read, and the table a document was
 * imported from. Values from formats.md: a 拨款 row of 89.974 万元, "≥95%", "200余人", "/".
 */
final class TableValueCases {

  private TableValueCases() {}

  /** The invariants of these values, besides their constraints. */
  static final Set<String> INVARIANTS = Set.of(
      "FundingLine: a row gives a figure",
      "Budget: each funding source once",
      "Budget: one split of funding sources",
      "Indicator: the operator fits the kind",
      "Indicator: the operator agrees with the direction",
      "IndicatorEntry: a reading is of what was written",
      "IndicatorEntry: a number reading gives the actual",
      "IndicatorEntry: a reading without a number gives no actual",
      "IndicatorEntry: a level reading gives the level",
      "OverallTarget: something is said",
      "SourceCell: the path starts at the root",
      "TableSource: one cell per path");

  static List<Case> cases() {
    return List.of(
        // FundingLine
        required("FundingLine.source @NotNull", () -> FundingLine.builder().fullYear(d("89.974"))
            .build(), () -> appropriation().build()),
        refused("FundingLine.initial @MoneyAmount", "an amount is not negative",
            () -> appropriation().initial(d("-1")).build(),
            () -> appropriation().initial(d("89.974")).build(), "$.initial"),
        refused("FundingLine.fullYear @MoneyAmount", "an amount has at most six decimals",
            () -> appropriation().fullYear(d("9265.3534421")).build(),
            () -> appropriation().fullYear(d("9265.353442")).build(), "$.fullYear"),
        refused("FundingLine.executed @MoneyAmount", "an amount is not negative",
            () -> appropriation().executed(d("-89.974")).build(),
            () -> appropriation().executed(d("89.974")).build(), "$.executed"),
        refused("FundingLine.assumption @Text", "an assumption is not blank",
            () -> appropriation().assumption(" ").build(),
            () -> appropriation().assumption("年初预算数为“-”，按未填处理").build(), "$.assumption"),
        refused("FundingLine: a row gives a figure", "a row of three dashes says nothing",
            () -> FundingLine.builder().source(FundingSource.OTHER).build(),
            () -> FundingLine.builder().source(FundingSource.OTHER).fullYear(d("0")).build(),
            "$.fullYear"),

        // Budget by funding source
        refused("Budget: each funding source once", "当年财政拨款 is one row",
            () -> budget(appropriation().build(), appropriation().build()).build(),
            () -> budget(appropriation().build(), line(FundingSource.CARRIED_OVER)).build(),
            "$.funding[1].source"),
        refused("Budget: one split of funding sources",
            "财政资金 is the Sichuan split, 当年财政拨款 the national one",
            () -> budget(appropriation().build(), line(FundingSource.FISCAL)).build(),
            () -> budget(appropriation().build(), line(FundingSource.OTHER)).build(),
            "$.funding[1].source"),

        // Indicator
        refused("Indicator.initialTarget @MeasureValue", "a target has at most six decimals",
            () -> rate().initialTarget(d("95.0000001")).build(),
            () -> rate().initialTarget(d("95")).build(), "$.initialTarget"),
        refused("Indicator.initialTargetWritten @Text", "a target as written is not blank",
            () -> rate().initialTargetWritten("").build(),
            () -> rate().initialTargetWritten("≥95%").build(), "$.initialTargetWritten"),
        refused("Indicator.targetWritten @Text", "a target as written is not blank",
            () -> rate().targetWritten(" ").build(),
            () -> rate().targetWritten("98%以上").build(), "$.targetWritten"),
        refused("Indicator.operatorText @Text", "an operator as written is not blank",
            () -> rate().operatorText(" ").build(),
            () -> rate().operatorText("不低于").build(), "$.operatorText"),
        refused("Indicator: the operator fits the kind", "定性 is not the operator of a rate",
            () -> rate().operator(Operator.QUALITATIVE).build(),
            () -> rate().operator(Operator.AT_LEAST).build(), "$.operator"),
        refused("Indicator: the operator agrees with the direction",
            "≤ does not go with at least; > does",
            () -> rate().operator(Operator.AT_MOST).build(),
            () -> rate().operator(Operator.ABOVE).build(), "$.operator"),

        // IndicatorEntry
        refused("IndicatorEntry.actualWritten @Text", "an actual as written is not blank",
            () -> entry().actualWritten(" ").build(),
            () -> entry().actualWritten("200余人").build(), "$.actualWritten"),
        refused("IndicatorEntry.completion @Text", "a completion note is not blank",
            () -> entry().completion("").build(),
            () -> entry().completion("全年培训200余人次").build(), "$.completion"),
        refused("IndicatorEntry: a reading is of what was written",
            "an approximate 200 says what was written",
            () -> entry().actual(d("200")).reading(ActualReading.APPROXIMATE).build(),
            () -> entry().actual(d("200")).reading(ActualReading.APPROXIMATE)
                .actualWritten("200余人").build(), "$.actualWritten"),
        refused("IndicatorEntry: a number reading gives the actual",
            "200余人 read as about 200 gives the 200",
            () -> entry().actualWritten("200余人").reading(ActualReading.APPROXIMATE).build(),
            () -> entry().actualWritten("200余人").reading(ActualReading.APPROXIMATE)
                .actual(d("200")).build(), "$.actual"),
        refused("IndicatorEntry: a reading without a number gives no actual",
            "\"/\" is not applicable and is not a 0",
            () -> entry().actualWritten("/").reading(ActualReading.NOT_APPLICABLE)
                .actual(d("0")).build(),
            () -> entry().actualWritten("/").reading(ActualReading.NOT_APPLICABLE).build(),
            "$.actual"),
        refused("IndicatorEntry: a level reading gives the level", "达成 read as a level",
            () -> entry().actualWritten("达成").reading(ActualReading.LEVEL).build(),
            () -> entry().actualWritten("达成").reading(ActualReading.LEVEL)
                .level(QualitativeLevel.ACHIEVED).build(), "$.level"),

        // OverallTarget
        refused("OverallTarget.expected @Text", "a target is not blank",
            () -> OverallTarget.builder().expected(" ").build(), () -> target().build(),
            "$.expected"),
        refused("OverallTarget.adjusted @Text", "an adjusted target is not blank",
            () -> target().adjusted("").build(), () -> target().adjusted("保障12次会议").build(),
            "$.adjusted"),
        refused("OverallTarget.completion @Text", "a completion is not blank",
            () -> target().completion(" ").build(),
            () -> target().completion("已召开常委会会议10次").build(), "$.completion"),
        refused("OverallTarget.unmetReason @Text", "a reason is not blank",
            () -> target().unmetReason("").build(),
            () -> target().unmetReason("受疫情影响，部分会议延期").build(), "$.unmetReason"),
        refused("OverallTarget: something is said", "an overall target of four empty cells",
            () -> OverallTarget.builder().build(), () -> target().build(), "$.expected"),

        // SourceCell, SourceNote, TableSource
        refused("SourceCell.path @NotBlank", "a source names the value's path",
            () -> SourceCell.builder().path(" ").cell("项目1!H12").build(),
            () -> SourceCell.of("$.entries[3].actual", "项目1!H12"), "$.path"),
        refused("SourceCell.cell @NotBlank", "a source names the cell",
            () -> SourceCell.builder().path("$.entries[3].actual").cell("").build(),
            () -> SourceCell.of("$.entries[3].actual", "项目1!H12"), "$.cell"),
        refused("SourceCell: the path starts at the root", "entries[3] is $.entries[3]",
            () -> SourceCell.of("entries[3].actual", "项目1!H12"),
            () -> SourceCell.of("$.entries[3].actual", "项目1!H12"), "$.path"),
        refused("SourceNote.cell @Text", "a note's cell is not blank when given",
            () -> note().cell(" ").build(), () -> note().cell("项目1!D12").build(), "$.cell"),
        refused("SourceNote.text @NotBlank", "a note says something",
            () -> SourceNote.builder().text("").build(), () -> note().build(), "$.text"),
        refused("TableSource.file @NotBlank", "a source names its file",
            () -> source().file(" ").build(), () -> source().build(), "$.file"),
        refused("TableSource.sheet @NotBlank", "a source names its sheet",
            () -> source().sheet("").build(), () -> source().build(), "$.sheet"),
        refused("TableSource.layout @NotBlank", "a source names its layout",
            () -> source().layout(" ").build(), () -> source().build(), "$.layout"),
        refused("TableSource.layoutName @Text", "a layout's name is not blank when given",
            () -> source().layoutName("").build(),
            () -> source().layoutName("项目支出绩效自评表").build(), "$.layoutName"),
        refused("TableSource: one cell per path", "an actual is read from one cell",
            () -> source().addCells(SourceCell.of("$.budget.fullYear", "项目1!C5"),
                SourceCell.of("$.budget.fullYear", "项目1!C6")).build(),
            () -> source().addCells(SourceCell.of("$.budget.fullYear", "项目1!C5"),
                SourceCell.of("$.budget.executed", "项目1!D5")).build(), "$.cells[1].path"));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** 当年财政拨款, 全年预算数 89.974 万元 (formats.md). */
  private static FundingLine.Builder appropriation() {
    return FundingLine.builder().source(FundingSource.CURRENT_APPROPRIATION)
        .fullYear(d("89.974"));
  }

  private static FundingLine line(FundingSource source) {
    return FundingLine.builder().source(source).fullYear(d("0")).build();
  }

  private static Budget.Builder budget(FundingLine... funding) {
    return Budget.builder().fullYear(d("89.974")).executed(d("89.974")).addFunding(funding);
  }

  /** 年度资金支付完成率, ≥ 95 %. */
  private static Indicator.Builder rate() {
    return Indicator.builder().code("1.1.1").name("年度资金支付完成率").level(3).parentCode("1.1")
        .weight(d("10")).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
        .target(d("95")).unit("%");
  }

  private static IndicatorEntry.Builder entry() {
    return IndicatorEntry.builder().indicatorCode("1.1.1");
  }

  private static OverallTarget.Builder target() {
    return OverallTarget.builder().expected("保障区人大常委会全年会议顺利召开");
  }

  private static SourceNote.Builder note() {
    return SourceNote.builder().text("指标性质一列为“2”，按 OCR 误识的“≥”读取");
  }

  private static TableSource.Builder source() {
    return TableSource.builder().file("2023自评表.xlsx").sheet("项目1").layout("A");
  }
}
