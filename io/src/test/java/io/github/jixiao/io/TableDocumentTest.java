package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.FundingLine;
import io.github.jixiao.core.FundingSource;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Operator;
import io.github.jixiao.core.OverallTarget;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceCell;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.core.TableSource;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A self-evaluation as a 自评表 holds it (format version 2, issue 16): the budget by funding
 * source, the overall target, operators and targets as written, actuals as written and how they
 * were read, and the table it was imported from — written and read back exactly; and a version-1
 * document still read as it was.
 */
class TableDocumentTest {

  private final JixiaoJson json = JixiaoJson.standard();

  @Test
  void everyFieldOfATableIsWrittenAndReadBackExactly() {
    SelfEvaluation table = table();

    String text = json.write(table);

    assertThat(json.readEvaluation(text)).isEqualTo(table);
    assertThat(text).startsWith("{\n  \"format\": \"jixiao/self-evaluation/2\",")
        .contains("\"source\": \"CURRENT_APPROPRIATION\"").contains("\"fullYear\": 89.974")
        .contains("\"unit\": \"YI_YUAN\"").contains("\"operator\": \"AT_LEAST\"")
        .contains("\"targetWritten\": \"98%以上\"").contains("\"actualWritten\": \"200余人\"")
        .contains("\"reading\": \"APPROXIMATE\"").contains("\"cell\": \"项目1!H12\"");
  }

  @Test
  void aVersionOneDocumentIsStillReadAsItWas() {
    SelfEvaluation seed = BaiyunEvaluation.evaluation();
    String v2 = json.write(seed);
    String v1 = v2.replace("\"jixiao/self-evaluation/2\"", "\"jixiao/self-evaluation/1\"");

    assertThat(v1).isNotEqualTo(v2);
    assertThat(json.readEvaluation(v1)).isEqualTo(seed);
  }

  @Test
  void aFundingRowOfTheOtherSplitIsRefusedAtItsPath() {
    String text = json.write(table()).replace("\"source\": \"CARRIED_OVER\"",
        "\"source\": \"UNIT_FUNDS\"");

    assertThatThrownBy(() -> json.readEvaluation(text))
        .isInstanceOfSatisfying(JsonDocumentException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.jsonPath()).isEqualTo("$.budget.funding[1].source");
              assertThat(p.message(Locale.CHINESE)).contains("单位资金属于另一种资金来源口径");
            }));
  }

  /** A layout-A project table: 89.974 万元 of 当年财政拨款 beside a total row of 0 (formats.md). */
  static SelfEvaluation table() {
    Budget budget = Budget.builder().unit(MoneyUnit.YI_YUAN).fullYear(BigDecimal.ZERO)
        .executed(BigDecimal.ZERO)
        .addFunding(FundingLine.builder().source(FundingSource.CURRENT_APPROPRIATION)
            .initial(d("89.974")).fullYear(d("89.974")).executed(d("86.5")).build())
        .addFunding(FundingLine.builder().source(FundingSource.CARRIED_OVER)
            .fullYear(d("0")).assumption("年初预算数为“-”").build())
        .build();
    return SelfEvaluation.builder().kind(EvaluationKind.PROJECT).fiscalYear(2021)
        .department(BaiyunEvaluation.evaluation().getDepartment()).budget(budget)
        .overallTarget(OverallTarget.builder().expected("完成培训200人次").completion("完成培训200余人次")
            .unmetReason("无").build())
        .addIndicator(Indicator.builder().code("1").name("产出指标").level(1)
            .weight(d("50")).kind(IndicatorKind.QUALITATIVE).build())
        .addIndicator(Indicator.builder().code("1.1").name("数量指标").level(2).parentCode("1")
            .weight(d("50")).kind(IndicatorKind.QUALITATIVE).build())
        .addIndicator(Indicator.builder().code("1.1.1").name("培训人次").level(3).parentCode("1.1")
            .weight(d("20")).kind(IndicatorKind.QUANTITATIVE).direction(Direction.AT_LEAST)
            .operator(Operator.AT_LEAST).operatorText("以上").target(d("98"))
            .targetWritten("98%以上").initialTarget(d("95")).initialTargetWritten("≥95%")
            .unit("%").core(true).build())
        .addEntry(IndicatorEntry.builder().indicatorCode("1.1.1").actual(d("200"))
            .actualWritten("200余人").reading(ActualReading.APPROXIMATE)
            .completion("全年培训200余人次").coefficient(d("80")).deduction(d("1.5")).build())
        .source(TableSource.builder().file("2021自评表.xlsx").sheet("项目1").layout("A")
            .layoutName("项目支出绩效自评表").addCells(SourceCell.of("$.entries[0].actual", "项目1!H12"))
            .addNotes(SourceNote.builder().cell("项目1!B4").text("金额单位按表头“（亿元）”读取").build())
            .build())
        .build();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
