package io.github.jixiao.benchmarks;

import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.report.ReportText;
import io.github.jixiao.report.Reports;
import io.github.jixiao.report.extract.ReportDrafts;
import io.github.jixiao.report.read.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a 30-page 自评报告 into a draft (报告提取, issue 20): the seed report's own text, its
 * year's work (一、 to 四、 under 年度总体工作和重点工作任务) written three times over, set as a
 * printed report is (28 characters a line, {@value #LINES} lines a page: 17 150 characters) — a
 * PDF of {@value #PAGES} pages in STSong-Light,
 * not embedded, as the report module's tests write theirs — read by {@code
 * ReportDrafts.standard().draft(file)}: the file's kind told by its bytes, the text layer page by
 * page, lines made into paragraphs, the outline, every rule over every sentence, the draft with
 * every item's sentence. Against the floor: PDFBox's own {@code PDFTextStripper.getText} of the
 * same file, nothing understood; and {@code ReportFiles.read} alone, the reading without the
 * extraction. Setup fails unless the file has 30 pages and the draft reads the seed's budget,
 * claims and 37 duties, and the figures of each copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportExtractionBenchmark {

  /** The pages of the report. */
  public static final int PAGES = 30;
  /** The lines of a page. */
  public static final int LINES = 22;
  private static final int LINE = 28;
  private static final int COPIES = 3;

  private Path file;

  /** Writes the PDF once and checks that it reads whole. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : paragraphs()) {
      for (int at = 0; at < paragraph.length(); at += LINE) {
        lines.add(paragraph.substring(at, Math.min(paragraph.length(), at + LINE)));
      }
    }
    List<List<String>> pages = new ArrayList<>();
    for (int at = 0; at < lines.size(); at += LINES) {
      pages.add(lines.subList(at, Math.min(lines.size(), at + LINES)));
    }
    if (pages.size() != PAGES) {
      throw new IllegalStateException("the report has " + pages.size() + " pages, not " + PAGES);
    }
    file = Reports.pdf(Files.createTempFile("jixiao-bench-", ".pdf"), pages);
    SelfEvaluation e = extracted().getEvaluation().orElseThrow();
    if (e.getBudget().getFullYear().compareTo(new BigDecimal("3306.19")) != 0
        || e.getNarrativeClaims().size() != 3 || e.getStatedFigures().size() != 3 * COPIES + 1
        || e.getDepartment().getDuties().size() != 37) {
      throw new IllegalStateException("the draft is not the seed's: the comparison would not be"
          + " honest: " + e.getBudget() + ", " + e.getNarrativeClaims().size() + " claims, "
          + e.getStatedFigures().size() + " figures, " + e.getDepartment().getDuties().size()
          + " duties");
    }
  }

  /** Removes the PDF. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Jixiao: the report read and extracted into a draft — what {@code jixiao extract} does. */
  @Benchmark
  public DraftEvaluation extracted() {
    return ReportDrafts.standard().draft(file);
  }

  /** Jixiao: the report read into paragraphs, nothing extracted. */
  @Benchmark
  public ReportText read() {
    return ReportFiles.standard().read(file);
  }

  /** The floor: PDFBox opens the file and gives its text, nothing understood. */
  @Benchmark
  public int baseline() throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(document).length();
    }
  }

  /** The seed's paragraphs, its year's work written {@value #COPIES} times. */
  private static List<String> paragraphs() throws IOException {
    List<String> seed = new ArrayList<>();
    try (InputStream in = ReportExtractionBenchmark.class.getResourceAsStream("report.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          seed.add(line.strip());
        }
      }
    }
    int from = seed.indexOf("一、坚持党的领导，牢牢把握人大工作正确政治方向");
    int to = seed.indexOf("（三）部门整体收支情况");
    List<String> all = new ArrayList<>(seed.subList(0, to));
    for (int copy = 1; copy < COPIES; copy++) {
      all.addAll(seed.subList(from, to));
    }
    all.addAll(seed.subList(to, seed.size()));
    return all;
  }
}
