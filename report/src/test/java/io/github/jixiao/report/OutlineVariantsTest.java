package io.github.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.core.Improvement;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.Problem;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.report.Reports.Para;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.report.outline.Heading;
import io.github.jixiao.report.outline.Outline;
import io.github.jixiao.report.read.ReportFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outline variants of formats.md's "Word/PDF reports" (提纲的各种写法), each written for the
 * test as a department-wide or a project report, in text, Word and PDF: headings 一、 and (一),
 * （一） full-width, 一. with a point, 第一部分 with 1. below it, a heading and its body in one
 * paragraph, Word heading styles with no numbering in the text, Markdown's {@code #}, a project
 * report's cover and its sections on funding, targets and deviations. Each section is found
 * where the report puts it, and the problems and measures are read from their sections only.
 */
class OutlineVariantsTest {

  @TempDir
  Path dir;

  /** The seed's outline: 一、 and (一), department-wide. */
  private static final List<String> SEED_STYLE = List.of(
      "某区财政局2021年部门整体支出绩效自评报告",
      "一、基本情况", "(一)部门概况", "本局内设6个科室。",
      "(二)部门整体收支情况", "全年预算数 1,250.50 万元，执行数 1,200.00 万元，完成预算的 95.96%。",
      "二、综合评价分析", "(一)自评结论综述", "本局2021年部门整体支出绩效自评为 91 分，等次为优秀。",
      "三、存在的主要问题", "一是预算编制不够细化；二是项目支出进度偏慢。",
      "四、下一步改进措施", "一是细化预算编制；二是加快支出进度。",
      "五、附件", "部门整体支出绩效自评表。");

  @Test
  void theSeedsOutlineInTextWordAndPdfGivesTheSameSectionsAndItems() throws IOException {
    for (Path file : List.of(text("seed-style.txt", SEED_STYLE), word("seed-style.docx",
        SEED_STYLE), pdf("seed-style.pdf", SEED_STYLE))) {
      SelfEvaluation e = draft(file).getEvaluation().orElseThrow();
      assertThat(e.getBudget().getFullYear()).as(file.toString())
          .isEqualTo(new BigDecimal("1250.50"));
      assertThat(e.getBudget().getExecuted()).isEqualTo(new BigDecimal("1200.00"));
      assertThat(e.getClaimedTotal()).contains(new BigDecimal("91"));
      assertThat(e.getClaimedGrade()).map(Enum::name).contains("EXCELLENT");
      assertThat(texts(e)).as(file.toString()).containsExactly(
          "problem 预算编制不够细化", "problem 项目支出进度偏慢", "measure 细化预算编制",
          "measure 加快支出进度");
      assertThat(item(draft(file), "$.budget.fullYear").getSection()).contains("部门整体收支情况");
      assertThat(item(draft(file), "$.claimedTotal").getSection()).contains("自评结论综述");
    }
  }

  @Test
  void fullWidthParenthesesAndAPointAfterTheNumeralAreHeadingsToo() throws IOException {
    Path file = text("full-width.txt", List.of("某单位2021年度部门整体支出绩效自评报告",
        "一. 部门基本情况", "（一）部门职能", "（二）部门预算收支情况",
        "全年预算数３３０６．１９万元，执行数３２１２．３７万元，预算执行率为９７．１６％。",
        "二. 存在的问题", "（一）绩效目标设置不够细化。部分指标难以量化。",
        "（二）预算执行进度不均衡。", "三. 改进措施", "（一）完善绩效目标。", "（二）加强执行监控。"));

    Outline outline = Outline.of(ReportFiles.standard().read(file));
    SelfEvaluation e = draft(file).getEvaluation().orElseThrow();

    assertThat(outline.headings()).extracting(Heading::level, Heading::title).containsExactly(
        tuple(1, "部门基本情况"), tuple(2, "部门职能"), tuple(2, "部门预算收支情况"),
        tuple(1, "存在的问题"), tuple(1, "改进措施"));
    // （一）绩效目标设置不够细化。… ends as a sentence does: an item of the list, not a heading
    assertThat(outline.headings()).filteredOn(h -> h.part().isPresent())
        .extracting(h -> h.part().get())
        .containsExactly("basic", "overview", "finance", "problems", "measures");
    assertThat(e.getBudget().getFullYear()).isEqualTo(new BigDecimal("3306.19"));
    assertThat(e.getStatedFigures()).singleElement().satisfies(f -> {
      assertThat(f.getStatedValue()).isEqualTo(new BigDecimal("97.16"));
      assertThat(f.getPrecision()).isEqualTo(2);
    });
    // an item's text is its first sentence; what follows it explains it
    assertThat(texts(e)).containsExactly("problem 绩效目标设置不够细化", "problem 预算执行进度不均衡",
        "measure 完善绩效目标", "measure 加强执行监控");
    assertThat(item(draft(file), "$.budget.fullYear").getWritten()).isEqualTo("全年预算数３３０６．１９万元");
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  @Test
  void partsNumberedInWordsWithArabicHeadingsBelowThem() throws IOException {
    Path file = text("parts.txt", List.of("某单位2021年部门整体支出绩效自评报告",
        "第一部分 基本情况", "1. 部门职能", "负责全区财政工作。", "2. 预算执行情况",
        "年初预算数 800 万元，全年预算数 900 万元，实际支出 855 万元，执行率 95%。",
        "第二部分 自评得分情况", "综合评分为 93.5 分。", "第三部分 存在问题", "1. 资金使用效益有待提高。",
        "2. 绩效监控不到位。", "第四部分 改进建议", "1. 提高资金使用效益。", "2. 加强绩效监控。"));

    SelfEvaluation e = draft(file).getEvaluation().orElseThrow();

    assertThat(e.getBudget().getInitial()).contains(new BigDecimal("800"));
    assertThat(e.getBudget().getFullYear()).isEqualTo(new BigDecimal("900"));
    assertThat(e.getBudget().getExecuted()).isEqualTo(new BigDecimal("855"));
    assertThat(e.getClaimedTotal()).contains(new BigDecimal("93.5"));
    assertThat(texts(e)).containsExactly("problem 资金使用效益有待提高", "problem 绩效监控不到位",
        "measure 提高资金使用效益", "measure 加强绩效监控");
    assertThat(item(draft(file), "$.budget.initial").getSection()).contains("预算执行情况");
  }

  @Test
  void aHeadingAndItsBodyInOneParagraph() throws IOException {
    Path file = text("inline.txt", List.of("某单位2021年部门整体支出绩效自评报告",
        "一、基本情况：全年预算数 500 万元，执行数 450 万元。",
        "二、存在的主要问题：主要是：预算编制不够细化、资金支出进度偏慢等。",
        "三、下一步改进措施：一是细化预算编制；二是加快资金支出。"));

    DraftEvaluation draft = draft(file);

    assertThat(Outline.of(ReportFiles.standard().read(file)).headings())
        .extracting(Heading::title, Heading::bodyStart)
        .containsExactly(tuple("基本情况", 7), tuple("存在的主要问题", 10), tuple("下一步改进措施", 10));
    assertThat(texts(draft.getEvaluation().orElseThrow())).containsExactly(
        "problem 预算编制不够细化", "problem 资金支出进度偏慢", "measure 细化预算编制",
        "measure 加快资金支出");
    assertThat(item(draft, "$.problems[0]").getSection()).contains("存在的主要问题");
  }

  @Test
  void wordHeadingStylesWithoutNumbersInTheText() throws IOException {
    Path file = Reports.docx(dir.resolve("styles.docx"), List.of(
        Para.of("某单位2021年部门整体支出绩效自评报告"), Para.heading(1, "基本情况"),
        Para.heading(2, "部门整体收支情况"), Para.of("全年预算数 600 万元，执行数 540 万元。"),
        Para.heading(1, "存在的主要问题"), Para.of("资金支出进度偏慢。"), Para.of("绩效目标不够细化。"),
        Para.heading(1, "下一步改进措施"), Para.of("加快资金支出。")), List.of());

    Outline outline = Outline.of(ReportFiles.standard().read(file));
    SelfEvaluation e = draft(file).getEvaluation().orElseThrow();

    assertThat(outline.headings()).extracting(Heading::level, Heading::title).containsExactly(
        tuple(1, "基本情况"), tuple(2, "部门整体收支情况"), tuple(1, "存在的主要问题"),
        tuple(1, "下一步改进措施"));
    // no marks and no lead: each sentence of the section is a problem, at low confidence
    assertThat(texts(e)).containsExactly("problem 资金支出进度偏慢", "problem 绩效目标不够细化",
        "measure 加快资金支出");
    assertThat(item(draft(file), "$.problems[0]").getConfidence().name()).isEqualTo("LOW");
  }

  @Test
  void markdownHeadings() throws IOException {
    Path file = dir.resolve("report.md");
    Files.writeString(file, String.join("\n", "# 某单位2021年部门整体支出绩效自评报告", "",
        "## 一、基本情况", "", "全年预算数 **700** 万元，执行数 630 万元。", "",
        "## 二、存在的主要问题", "", "- 一是绩效目标不够细化；二是支出进度偏慢。", "",
        "## 三、改进措施", "", "> 一是细化绩效目标；二是加快支出进度。", ""),
        StandardCharsets.UTF_8);

    DraftEvaluation draft = draft(file);

    assertThat(draft.getExtraction().getReport().getFormat().name()).isEqualTo("MARKDOWN");
    assertThat(draft.getEvaluation().orElseThrow().getBudget().getFullYear())
        .isEqualTo(new BigDecimal("700"));
    assertThat(texts(draft.getEvaluation().orElseThrow())).containsExactly(
        "problem 绩效目标不够细化", "problem 支出进度偏慢", "measure 细化绩效目标", "measure 加快支出进度");
  }

  /** A project report's cover and sections: funding, targets, deviations, measures. */
  private static final List<String> PROJECT = List.of(
      "区人大会议项目支出绩效自评报告",
      "项目名称：区人大会议项目",
      "预算部门（公章）：广州市白云区人民代表大会常务委员会办公室",
      "评价年度：2021年度",
      "填报日期：2022年3月1日",
      "一、项目基本情况",
      "区人大会议项目保障区人民代表大会会议的召开。",
      "二、资金情况",
      "（一）资金到位",
      "全年预算数 120.50 万元，已全部到位。",
      "（二）资金执行",
      "实际支出 118.60 万元，预算执行率 98.42%。",
      "三、绩效目标完成情况",
      "（一）产出",
      "召开人民代表大会 2 次，全面完成绩效目标任务。",
      "（二）满意度",
      "代表满意度达 98%。",
      "四、偏差原因分析",
      "一是会议规模调整导致结余；二是部分采购延后。",
      "五、改进措施",
      "一是合理编制会议预算；二是提前开展采购。");

  @Test
  void aProjectReportsCoverAndSectionsInTextWordAndPdf() throws IOException {
    for (Path file : List.of(text("project.txt", PROJECT), word("project.docx", PROJECT),
        pdf("project.pdf", PROJECT))) {
      DraftEvaluation draft = draft(file);
      SelfEvaluation e = draft.getEvaluation().orElseThrow();
      assertThat(e.getKind()).as(file.toString()).isEqualTo(EvaluationKind.PROJECT);
      assertThat(e.getFiscalYear()).isEqualTo(2021);
      assertThat(e.getTitle()).contains("区人大会议项目");
      assertThat(e.getDepartment().getName()).isEqualTo("广州市白云区人民代表大会常务委员会办公室");
      assertThat(e.getBudget().getFullYear()).isEqualTo(new BigDecimal("120.50"));
      assertThat(e.getBudget().getExecuted()).isEqualTo(new BigDecimal("118.60"));
      assertThat(e.getStatedFigures()).extracting(f -> f.getName() + " " + f.getStatedValue())
          .containsExactly("预算完成率 98.42", "代表满意度 98");
      assertThat(e.getNarrativeClaims()).extracting(NarrativeClaim::getSection)
          .containsExactly(Optional.of("产出"));
      assertThat(texts(e)).containsExactly("problem 会议规模调整导致结余", "problem 部分采购延后",
          "measure 合理编制会议预算", "measure 提前开展采购");
      // the 填报日期 is a date, not the year evaluated
      assertThat(item(draft, "$.fiscalYear").getWritten()).isEqualTo("2021");
      assertThat(item(draft, "$.fiscalYear").getSentence()).isEqualTo("评价年度：2021年度");
    }
  }

  private Path text(String name, List<String> lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private Path word(String name, List<String> lines) throws IOException {
    List<Para> paragraphs = new ArrayList<>();
    lines.forEach(l -> paragraphs.add(Para.of(l)));
    return Reports.docx(dir.resolve(name), paragraphs, List.of());
  }

  private Path pdf(String name, List<String> lines) throws IOException {
    // two pages, the second starting in the middle of the report
    int half = lines.size() / 2;
    return Reports.pdf(dir.resolve(name), List.of(lines.subList(0, half),
        lines.subList(half, lines.size())));
  }

  private static DraftEvaluation draft(Path file) {
    return ReportDrafts.standard().draft(file);
  }

  private static ExtractedItem item(DraftEvaluation draft, String path) {
    return draft.getExtraction().getItems().stream()
        .filter(i -> i.getPath().equals(Optional.of(path))).findFirst()
        .orElseThrow(() -> new AssertionError("no item at " + path));
  }

  private static List<String> texts(SelfEvaluation e) {
    List<String> texts = new ArrayList<>();
    e.getProblems().stream().map(Problem::getText).forEach(t -> texts.add("problem " + t));
    e.getImprovements().stream().map(Improvement::getText).forEach(t -> texts.add("measure " + t));
    return texts;
  }
}
