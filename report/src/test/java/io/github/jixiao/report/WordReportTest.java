package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.Duty;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.report.Reports.Para;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.report.outline.Heading;
import io.github.jixiao.report.outline.Outline;
import io.github.jixiao.report.read.ReportFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Word reports as units write them (Word 报告): the numbers Word draws before its numbered
 * paragraphs — headings 一、 and (一) and a list of duties 1、2、3、, none of them in the text POI
 * gives — are read as the report shows them; a heading's level from its style; a table (the
 * 自评表 annex) kept as rows, none of its figures read into the draft, which says so.
 */
class WordReportTest {

  @TempDir
  Path dir;

  @Test
  void theNumbersWordDrawsAreReadAsTheReportShowsThem() throws IOException {
    Path file = dir.resolve("numbered.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger headings = numbering.addNum(numbering.addAbstractNum(abstractNum(0,
          STNumberFormat.CHINESE_COUNTING, "%1、", STNumberFormat.CHINESE_COUNTING, "(%2)")));
      BigInteger duties = numbering.addNum(numbering.addAbstractNum(abstractNum(1,
          STNumberFormat.DECIMAL, "%1、", STNumberFormat.DECIMAL, "%1.%2")));
      paragraph(doc, "某单位2021年部门整体支出绩效自评报告", null, 0);
      paragraph(doc, "基本情况", headings, 0);
      paragraph(doc, "部门概况", headings, 1);
      paragraph(doc, "本局主要职责：", null, 0);
      paragraph(doc, "负责全区财政收支管理。", duties, 0);
      paragraph(doc, "负责预算编制和执行。", duties, 0);
      paragraph(doc, "负责绩效管理。", duties, 0);
      paragraph(doc, "部门整体收支情况", headings, 1);
      paragraph(doc, "全年预算数 800 万元，执行数 760 万元。", null, 0);
      paragraph(doc, "存在的主要问题", headings, 0);
      paragraph(doc, "一是绩效目标不够细化；二是支出进度偏慢。", null, 0);
      doc.write(out);
    }

    ReportText text = ReportFiles.standard().read(file);
    DraftEvaluation draft = ReportDrafts.standard().draft(file);
    SelfEvaluation e = draft.getEvaluation().orElseThrow();

    assertThat(text.paragraphs()).extracting(Paragraph::text).containsSubsequence("一、基本情况",
        "(一)部门概况", "1、负责全区财政收支管理。", "2、负责预算编制和执行。", "3、负责绩效管理。",
        "(二)部门整体收支情况", "二、存在的主要问题");
    assertThat(Outline.of(text).headings()).extracting(Heading::title).containsExactly(
        "基本情况", "部门概况", "部门整体收支情况", "存在的主要问题");
    assertThat(e.getDepartment().getDuties()).extracting(Duty::getText, d -> d.getOrgan().get())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("负责全区财政收支管理", "本局"),
            org.assertj.core.groups.Tuple.tuple("负责预算编制和执行", "本局"),
            org.assertj.core.groups.Tuple.tuple("负责绩效管理", "本局"));
    assertThat(e.getBudget().getExecuted()).isEqualTo(new BigDecimal("760"));
    assertThat(e.getProblems()).extracting(p -> p.getText())
        .containsExactly("绩效目标不够细化", "支出进度偏慢");
  }

  @Test
  void aTableIsKeptAsRowsAndItsFiguresAreNotRead() throws IOException {
    Path file = Reports.docx(dir.resolve("annex.docx"), List.of(
        Para.of("某单位2021年部门整体支出绩效自评报告"), Para.heading(1, "一、基本情况"),
        Para.of("全年预算数 800 万元，执行数 760 万元。"), Para.heading(1, "五、附件")),
        List.of(List.of("指标", "全年预算数", "执行数", "得分"),
            List.of("预算执行率", "900", "850", "9.44")));

    ReportText text = ReportFiles.standard().read(file);
    DraftEvaluation draft = ReportDrafts.standard().draft(file);

    assertThat(text.tables()).singleElement().satisfies(t -> {
      assertThat(t.index()).isEqualTo(1);
      assertThat(t.afterParagraph()).isEqualTo(4);
      assertThat(t.rows()).containsExactly(List.of("指标", "全年预算数", "执行数", "得分"),
          List.of("预算执行率", "900", "850", "9.44"));
    });
    assertThat(draft.getEvaluation().orElseThrow().getBudget().getFullYear())
        .isEqualTo(new BigDecimal("800"));
    assertThat(draft.getExtraction().getNotes())
        .contains("报告含 1 个表格：已按行保留，未从表格中读取数据");
  }

  private static void paragraph(XWPFDocument doc, String text, BigInteger list, int level) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
    if (list != null) {
      p.setNumID(list);
      p.setNumILvl(BigInteger.valueOf(level));
    }
  }

  private static XWPFAbstractNum abstractNum(int id, STNumberFormat.Enum first, String firstText,
      STNumberFormat.Enum second, String secondText) {
    CTAbstractNum num = CTAbstractNum.Factory.newInstance();
    num.setAbstractNumId(BigInteger.valueOf(id));
    level(num.addNewLvl(), 0, first, firstText);
    level(num.addNewLvl(), 1, second, secondText);
    return new XWPFAbstractNum(num);
  }

  private static void level(CTLvl lvl, int level, STNumberFormat.Enum format, String text) {
    lvl.setIlvl(BigInteger.valueOf(level));
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
  }
}
