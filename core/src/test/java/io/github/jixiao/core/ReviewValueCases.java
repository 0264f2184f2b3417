package io.github.jixiao.core;

import static io.github.jixiao.core.ConstraintsTest.refused;
import static io.github.jixiao.core.ConstraintsTest.required;

import io.github.jixiao.core.ConstraintsTest.Case;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The cases of {@link ConstraintsTest} for a review (复核, issue 17): the self-evaluation it is of,
 * the reviewer's rows and total. Values of a review of the Baiyun report: 常委会会议次数 reviewed at
 * 22 of 25 points, 3 taken (12 % of the weight) for minutes that were not provided.
 */
final class ReviewValueCases {

  private ReviewValueCases() {}

  /** The invariants of these values, besides their constraints. */
  static final Set<String> INVARIANTS = Set.of("Review: one row per indicator");

  static List<Case> cases() {
    return List.of(
        // ReviewedEvaluation
        refused("ReviewedEvaluation.departmentCode @NotBlank", "a review names the unit",
            () -> of().departmentCode(" ").build(), () -> of().build(), "$.departmentCode"),
        refused("ReviewedEvaluation.fiscalYear @Min", "a year is not before 2000",
            () -> of().fiscalYear(1999).build(), () -> of().fiscalYear(2000).build(),
            "$.fiscalYear"),
        refused("ReviewedEvaluation.fiscalYear @Max", "a year is not after 2100",
            () -> of().fiscalYear(2101).build(), () -> of().fiscalYear(2100).build(),
            "$.fiscalYear"),
        refused("ReviewedEvaluation.title @Text", "a title is not blank when given",
            () -> of().title(" ").build(), () -> of().title("2021年度部门整体支出绩效自评").build(),
            "$.title"),
        refused("ReviewedEvaluation.file @Text", "a file is not blank when given",
            () -> of().file("").build(), () -> of().file("evaluation.json").build(), "$.file"),

        // ReviewEntry
        refused("ReviewEntry.indicatorCode @NotBlank", "a row names its indicator",
            () -> row(" ").build(), () -> row("2.1.1").build(), "$.indicatorCode"),
        refused("ReviewEntry.actual @MeasureValue", "an actual has at most six decimals",
            () -> row("2.1.1").actual(d("6.1234567")).build(),
            () -> row("2.1.1").actual(d("6.123456")).build(), "$.actual"),
        refused("ReviewEntry.actualText @Text", "an actual in words is not blank when given",
            () -> row("3.1.1").actualText(" ").build(),
            () -> row("3.1.1").actualText("部分达成").build(), "$.actualText"),
        refused("ReviewEntry.score @PointsValue", "a review score has at most two decimals",
            () -> row("2.1.1").score(d("22.125")).build(),
            () -> row("2.1.1").score(d("22.13")).build(), "$.score"),
        refused("ReviewEntry.deduction @PointsValue", "points taken have at most two decimals",
            () -> row("2.1.1").deduction(d("3.005")).build(),
            () -> row("2.1.1").deduction(d("3")).build(), "$.deduction"),
        refused("ReviewEntry.deductionPercent @PercentValue", "a share taken is at most 100 %",
            () -> row("2.1.1").deductionPercent(d("120")).build(),
            () -> row("2.1.1").deductionPercent(d("12")).build(), "$.deductionPercent"),
        refused("ReviewEntry.reason @Text", "a reason is not blank when given",
            () -> row("2.1.1").reason(" ").build(),
            () -> row("2.1.1").reason("未提供会议纪要").build(), "$.reason"),
        refused("ReviewEntry.evidence @Text", "a piece of evidence is named",
            () -> row("2.1.1").addEvidence("").build(),
            () -> row("2.1.1").addEvidence("常委会会议通知").build(), "$.evidence[0]"),
        refused("ReviewEntry.note @Text", "a note is not blank when given",
            () -> row("2.1.1").note(" ").build(),
            () -> row("2.1.1").note("抽查 3 次会议").build(), "$.note"),

        // Review
        required("Review.evaluation @NotNull", () -> Review.builder().build(),
            () -> Review.builder().evaluation(of().build()).build()),
        refused("Review.reviewer @Text", "a reviewer is not blank when given",
            () -> review().reviewer(" ").build(),
            () -> review().reviewer("某会计师事务所（示例）").build(), "$.reviewer"),
        refused("Review.total @PointsValue", "a review total has at most three integer digits",
            () -> review().total(d("1000")).build(), () -> review().total(d("86.5")).build(),
            "$.total"),
        refused("Review: one row per indicator", "an indicator is reviewed once",
            () -> review().addEntries(row("2.1.1").build(), row("2.1.1").build()).build(),
            () -> review().addEntries(row("2.1.1").build(), row("2.1.2").build()).build(),
            "$.entries[1].indicatorCode"));
  }

  private static ReviewedEvaluation.Builder of() {
    return ReviewedEvaluation.builder().departmentCode("baiyun-rd-sc-office").fiscalYear(2021);
  }

  private static ReviewEntry.Builder row(String code) {
    return ReviewEntry.builder().indicatorCode(code);
  }

  private static Review.Builder review() {
    return Review.builder().evaluation(of().build());
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
