package io.github.jixiao.core;

import static io.github.jixiao.core.ConstraintsTest.refused;
import static io.github.jixiao.core.ConstraintsTest.required;

import io.github.jixiao.core.ConstraintsTest.Case;
import java.util.List;
import java.util.Set;

/**
 * The cases of {@link ConstraintsTest} for a draft read from a report (提取稿, issue 20): the
 * report read, each item with its sentence and place, the extraction and the draft. Values of the
 * seed: 全年预算数 3306.19 万元 in paragraph 57, the claim 均达到了年初设定的各项绩效目标.
 */
final class DraftValueCases {

  private DraftValueCases() {}

  /** The invariants of these values, besides their constraints. */
  static final Set<String> INVARIANTS = Set.of(
      "ExtractedItem: the path starts at the root",
      "ExtractedItem: the range is not reversed",
      "Extraction: one item per path",
      "DraftEvaluation: items point into an evaluation only when there is one");

  private static final String SENTENCE =
      "我单位全年预算数 3306.19 万元，执行数 3212.37 万元，完成预算的 97.16%。";

  static List<Case> cases() {
    return List.of(
        // ReportSource
        refused("ReportSource.file @NotBlank", "a report has a file name",
            () -> source().file(" ").build(), () -> source().build(), "$.file"),
        required("ReportSource.format @NotNull",
            () -> ReportSource.builder().file("report.txt").paragraphs(80).build(),
            () -> ReportSource.builder().file("report.txt").paragraphs(80)
                .format(ReportFormat.TEXT).build()),
        refused("ReportSource.encoding @Text", "an encoding is not blank when given",
            () -> source().encoding("").build(), () -> source().encoding("GB18030").build(),
            "$.encoding"),
        refused("ReportSource.paragraphs @PositiveOrZero", "a count of paragraphs is not negative",
            () -> source().paragraphs(-1).build(), () -> source().paragraphs(0).build(),
            "$.paragraphs"),
        refused("ReportSource.pages @Positive", "a PDF has at least one page",
            () -> source().format(ReportFormat.PDF).pages(0).build(),
            () -> source().format(ReportFormat.PDF).pages(1).build(), "$.pages"),

        // ExtractedItem
        refused("ExtractedItem.item @NotBlank", "an item says what it is",
            () -> item().item("").build(), () -> item().build(), "$.item"),
        refused("ExtractedItem.rule @NotBlank", "an item names its rule",
            () -> item().rule(" ").build(), () -> item().build(), "$.rule"),
        refused("ExtractedItem.path @Text", "a path is not blank when given",
            () -> item().path(" ").build(), () -> item().path("$.budget.fullYear").build(),
            "$.path"),
        refused("ExtractedItem: the path starts at the root", "a path is written from $",
            () -> item().path("budget.fullYear").build(),
            () -> item().path("$.budget.fullYear").build(), "$.path"),
        refused("ExtractedItem.written @NotBlank", "an item has the words read",
            () -> item().written("").build(), () -> item().build(), "$.written"),
        refused("ExtractedItem.sentence @NotBlank", "an item has its sentence",
            () -> item().sentence(" ").build(), () -> item().build(), "$.sentence"),
        refused("ExtractedItem.paragraph @Positive", "paragraphs are counted from 1",
            () -> item().paragraph(0).build(), () -> item().paragraph(1).build(), "$.paragraph"),
        refused("ExtractedItem.start @PositiveOrZero", "a range starts at 0 or later",
            () -> item().start(-1).build(), () -> item().start(0).build(), "$.start"),
        refused("ExtractedItem.end @PositiveOrZero", "a range ends at 0 or later",
            () -> item().start(0).end(-3).build(), () -> item().start(0).end(0).build(), "$.end"),
        refused("ExtractedItem: the range is not reversed", "the words end after they start",
            () -> item().start(20).end(8).build(), () -> item().start(8).end(20).build(),
            "$.end"),
        refused("ExtractedItem.page @Positive", "pages are counted from 1",
            () -> item().page(0).build(), () -> item().page(12).build(), "$.page"),
        refused("ExtractedItem.line @Positive", "lines are counted from 1",
            () -> item().line(-57).build(), () -> item().line(57).build(), "$.line"),
        refused("ExtractedItem.section @Text", "a section is not blank when given",
            () -> item().section("").build(), () -> item().section("部门整体收支情况").build(),
            "$.section"),
        required("ExtractedItem.confidence @NotNull",
            () -> ExtractedItem.builder().item("budget.fullYear").rule("budget-full-year")
                .written("全年预算数 3306.19 万元").sentence(SENTENCE).paragraph(57).start(3)
                .end(20).build(),
            () -> item().build()),

        // Extraction
        required("Extraction.report @NotNull", () -> Extraction.builder().build(),
            () -> Extraction.builder().report(source().build()).build()),
        refused("Extraction.notFound @NotBlank", "an item not found is named",
            () -> extraction().addNotFound("budget.initial", " ").build(),
            () -> extraction().addNotFound("budget.initial", "staffing").build(), "$.notFound[1]"),
        refused("Extraction.notes @NotBlank", "a note says something",
            () -> extraction().addNotes("").build(),
            () -> extraction().addNotes("报告未载明地区：记为“未载明”").build(), "$.notes[0]"),
        refused("Extraction: one item per path", "a value is read by one item",
            () -> extraction().addItems(item().path("$.budget.fullYear").build(),
                item().path("$.budget.fullYear").build()).build(),
            () -> extraction().addItems(item().path("$.budget.fullYear").build(),
                item().path("$.budget.executed").build()).build(), "$.items[1].path"),

        // DraftEvaluation
        required("DraftEvaluation.extraction @NotNull", () -> DraftEvaluation.builder().build(),
            () -> DraftEvaluation.builder().extraction(extraction().build()).build()),
        refused("DraftEvaluation: items point into an evaluation only when there is one",
            "without an evaluation, no item has a path into it",
            () -> DraftEvaluation.builder().extraction(extraction()
                .addItems(item().path("$.budget.fullYear").build()).build()).build(),
            () -> DraftEvaluation.builder().extraction(extraction().addItems(item().build())
                .addNotFound("budget.executed").build()).build(),
            "$.extraction.items[0].path"));
  }

  private static ReportSource.Builder source() {
    return ReportSource.builder().file("report.txt").format(ReportFormat.TEXT).encoding("UTF-8")
        .paragraphs(80);
  }

  private static ExtractedItem.Builder item() {
    return ExtractedItem.builder().item("budget.fullYear").rule("budget-full-year")
        .written("全年预算数 3306.19 万元").sentence(SENTENCE).paragraph(57).start(3).end(20)
        .line(57).confidence(Confidence.HIGH);
  }

  private static Extraction.Builder extraction() {
    return Extraction.builder().report(source().build());
  }
}
