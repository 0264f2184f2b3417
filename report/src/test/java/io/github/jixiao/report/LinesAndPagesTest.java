package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.report.read.ReportFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines and pages made into paragraphs (分行与分页): a PDF's sentence broken across lines and
 * across a page is one paragraph, read from the page it starts on, with the page numbers a page
 * prints set aside; a text file's items on lines of their own stay paragraphs of their own; a
 * Markdown table is kept as rows.
 */
class LinesAndPagesTest {

  @TempDir
  Path dir;

  @Test
  void aSentenceBrokenAcrossLinesAndAPageIsOneParagraphOfThePageItStartsOn() throws IOException {
    Path file = Reports.pdf(dir.resolve("broken.pdf"), List.of(
        List.of("某单位2021年部门整体支出绩效自评报告", "一、基本情况", "(一)部门整体收支情况",
            "我单位全年预算数 3306.19 万元，执行", "- 1 -"),
        List.of("数 3212.37 万元，完成预算的 97.16%。", "二、存在的主要问题",
            "一是预算编制不够细化；二是支出进度偏", "慢。", "第 2 页")));

    ReportText text = ReportFiles.standard().read(file);
    DraftEvaluation draft = ReportDrafts.standard().draft(file);

    assertThat(text.paragraphs()).extracting(Paragraph::text).containsExactly(
        "某单位2021年部门整体支出绩效自评报告", "一、基本情况", "(一)部门整体收支情况",
        "我单位全年预算数 3306.19 万元，执行数 3212.37 万元，完成预算的 97.16%。", "二、存在的主要问题",
        "一是预算编制不够细化；二是支出进度偏慢。");
    assertThat(text.paragraph(4).page()).contains(1);
    assertThat(text.paragraph(5).page()).contains(2);
    ExtractedItem executed = draft.getExtraction().getItems().stream()
        .filter(i -> i.getPath().equals(Optional.of("$.budget.executed"))).findFirst()
        .orElseThrow();
    assertThat(executed.getWritten()).isEqualTo("执行数 3212.37 万元");
    assertThat(executed.getPage()).contains(1);
    assertThat(draft.getEvaluation().orElseThrow().getStatedFigures()).singleElement()
        .satisfies(f -> {
          assertThat(f.getNumerator()).contains(new BigDecimal("3212.37"));
          assertThat(f.getDenominator()).contains(new BigDecimal("3306.19"));
        });
    assertThat(draft.getEvaluation().orElseThrow().getProblems()).extracting(p -> p.getText())
        .containsExactly("预算编制不够细化", "支出进度偏慢");
  }

  @Test
  void aNumberBrokenAtTheEndOfALineIsOneNumber() throws IOException {
    Path file = Reports.pdf(dir.resolve("numbers.pdf"), List.of(List.of(
        "某单位2021年部门整体支出绩效自评报告", "一、基本情况", "本局主要职责：1. 负责预算编制；1",
        "4. 负责绩效管理。", "全年预算数 3306.", "19 万元，执行数 3212.37 万元。")));

    ReportText text = ReportFiles.standard().read(file);

    assertThat(text.paragraphs()).extracting(Paragraph::text).containsExactly(
        "某单位2021年部门整体支出绩效自评报告", "一、基本情况", "本局主要职责：1. 负责预算编制；14. 负责绩效管理。",
        "全年预算数 3306.19 万元，执行数 3212.37 万元。");
  }

  @Test
  void numberedItemsOnLinesOfTheirOwnStayParagraphsAndTheirLinesAreKept() throws IOException {
    Path file = dir.resolve("items.txt");
    Files.writeString(file, String.join("\n", "某单位2021年部门整体支出绩效自评报告", "",
        "一、基本情况", "本局主要职责：", "1. 负责全区财政收支管理；", "2. 负责预算编制和", "执行；",
        "3. 负责绩效管理。"), StandardCharsets.UTF_8);

    ReportText text = ReportFiles.standard().read(file);

    assertThat(text.paragraphs()).extracting(Paragraph::text, p -> p.line().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("某单位2021年部门整体支出绩效自评报告", 1),
            org.assertj.core.groups.Tuple.tuple("一、基本情况", 3),
            org.assertj.core.groups.Tuple.tuple("本局主要职责：", 4),
            org.assertj.core.groups.Tuple.tuple("1. 负责全区财政收支管理；", 5),
            org.assertj.core.groups.Tuple.tuple("2. 负责预算编制和执行；", 6),
            org.assertj.core.groups.Tuple.tuple("3. 负责绩效管理。", 8));
  }

  @Test
  void aMarkdownTableIsKeptAsRows() throws IOException {
    Path file = dir.resolve("annex.md");
    Files.writeString(file, String.join("\n", "# 某单位2021年部门整体支出绩效自评报告", "",
        "## 一、基本情况", "", "全年预算数 700 万元，执行数 630 万元。", "", "| 指标 | 分值 | 得分 |",
        "|---|---:|---:|", "| 预算执行率 | 10 | 9 |", "", "## 二、附件"), StandardCharsets.UTF_8);

    ReportText text = ReportFiles.standard().read(file);

    assertThat(text.tables()).singleElement().satisfies(t -> {
      assertThat(t.rows()).containsExactly(List.of("指标", "分值", "得分"),
          List.of("预算执行率", "10", "9"));
      assertThat(t.afterParagraph()).isEqualTo(3);
    });
    assertThat(text.paragraphs()).extracting(Paragraph::text).doesNotContain("| 指标 | 分值 | 得分 |");
  }
}
