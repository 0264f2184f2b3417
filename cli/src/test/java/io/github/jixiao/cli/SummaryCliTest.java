package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao summary DIR} over the batch of {@link SummaryBatch} (issue 19's batch summary): the
 * page parsed with jsoup, its chart options read back as JSON and asserted against the batch's
 * hand-worked figures, the hostile names escaped; the workbook read back with POI; the JSON parsed.
 */
class SummaryCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path batch() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    SummaryBatch.write(in);
    return in;
  }

  private static JsonNode option(Document page, String chart) throws Exception {
    Element data = page.getElementById(chart + "-option");
    assertThat(data).as(chart).isNotNull();
    return JSON.readTree(data.data());
  }

  @Test
  void thePageDrawsTheBatchWithTheFiguresWorkedOutByHand() throws Exception {
    Path page = dir.resolve("summary.html");
    Cli.Run run = Cli.run("summary", batch().toString(), "-o", page.toString(), "--lang", "en");

    assertThat(run.exit()).as(run.err()).isZero();
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    assertThat(html.title()).isEqualTo("Batch summary");
    assertThat(html.select("style").html()).contains("\"PingFang SC\",\"Microsoft YaHei\","
        + "\"Noto Sans CJK SC\",\"Source Han Sans SC\",sans-serif").contains("tabular-nums");
    // ECharts itself, inlined: no script comes from elsewhere
    assertThat(html.select("script[src]")).isEmpty();
    assertThat(html.select("script:not([type])").get(0).data()).contains("echarts")
        .hasSizeGreaterThan(600_000);

    JsonNode grades = option(html, "chart-grades");
    assertThat(grades.at("/textStyle/fontFamily").asText()).startsWith("\"PingFang SC\"");
    assertThat(grades.at("/xAxis/data").toString())
        .isEqualTo("[\"excellent\",\"good\",\"fair\",\"poor\",\"no grade\"]");
    assertThat(grades.at("/series/0/data").toString()).isEqualTo("[1,1,0,0,2]");
    assertThat(grades.at("/series/1/data").toString()).isEqualTo("[0,4,0,0,0]");

    JsonNode scatter = option(html, "chart-scatter");
    JsonNode points = scatter.at("/series/0/data");
    assertThat(points).hasSize(4);
    assertThat(points.get(0).get("name").asText()).isEqualTo(SummaryBatch.HOSTILE);
    assertThat(points.get(0).get("value").toString()).isEqualTo("[95.44,85.44]");
    assertThat(points.get(3).get("value").toString()).isEqualTo("[80,89.72]");
    assertThat(scatter.at("/series/1/type").asText()).isEqualTo("line");
    // the diagonal over the axes, 0 (the lowest multiple of 10 at or below every total) to 100
    assertThat(scatter.at("/series/1/data").toString()).isEqualTo("[[0,0],[100,100]]");

    JsonNode rates = option(html, "chart-rates");
    assertThat(rates.at("/xAxis/data").toString())
        .isEqualTo("[\"<60\",\"60–70\",\"70–80\",\"80–90\",\"90–100\",\"≥100\"]");
    assertThat(rates.at("/series/0/data").toString()).isEqualTo("[1,0,0,0,3,0]");

    JsonNode findings = option(html, "chart-findings");
    assertThat(findings.at("/xAxis/data/0").asText()).isEqualTo("JX-502");
    assertThat(findings.at("/series/0/data/0").intValue()).isEqualTo(36);

    List<String> ranked = new ArrayList<>();
    for (Element row : html.select("table#ranking tbody tr")) {
      ranked.add(row.child(1).text() + " " + row.child(6).text());
    }
    assertThat(ranked).containsExactly(SummaryBatch.HOSTILE + " 10.00", "甲单位 4.50",
        "广州市白云区人民代表大会常务委员会办公室 4.28", SummaryBatch.CLOSING + " -9.72");
    assertThat(html.select("table#units tbody tr")).hasSize(4);
    assertThat(html.select("table#units tbody tr").get(0).child(9).text()).isEqualTo("55.00");
  }

  @Test
  void aNameFromADocumentInjectsNothing() throws Exception {
    Path page = dir.resolve("summary.html");
    assertThat(Cli.run("summary", batch().toString(), "-o", page.toString()).exit()).isZero();
    String raw = Files.readString(page);

    assertThat(raw).doesNotContain(SummaryBatch.HOSTILE).doesNotContain(SummaryBatch.CLOSING);
    assertThat(raw).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e");
    Document html = Jsoup.parse(raw);
    // the page's scripts: ECharts, the four options, the one that hands them over
    assertThat(html.select("script")).hasSize(6);
    assertThat(html.select("table#units tbody tr").get(1).child(0).text())
        .isEqualTo(SummaryBatch.HOSTILE);
  }

  @Test
  void theWorkbookHoldsTheSameFigures() throws Exception {
    Path book = dir.resolve("summary.xlsx");
    Cli.Run run = Cli.run("summary", batch().toString(), "--format", "xlsx", "-o",
        book.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(book); Workbook workbook = new XSSFWorkbook(in)) {
      Sheet overview = workbook.getSheet("汇总");
      assertThat(overview.getRow(0).getCell(1).getNumericCellValue()).isEqualTo(4);
      assertThat(overview.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(88.97);
      assertThat(overview.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(86.71);
      Sheet ranking = workbook.getSheet("按虚高排序");
      assertThat(ranking.getRow(0).getCell(6).getStringCellValue()).isEqualTo("虚高");
      Row first = ranking.getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo(SummaryBatch.HOSTILE);
      assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(10.0);
      assertThat(ranking.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(-9.72);
      Sheet grades = workbook.getSheet("等级分布");
      assertThat(grades.getRow(1).getCell(0).getStringCellValue()).isEqualTo("优");
      assertThat(grades.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(4);
      Sheet rates = workbook.getSheet("执行率分布");
      assertThat(rates.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
      assertThat(rates.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(3);
      assertThat(workbook.getSheet("各单位").getRow(1).getCell(9).getNumericCellValue())
          .isEqualTo(55.0);
    }
  }

  @Test
  void theJsonHoldsTheSameFiguresAsExactNumbers() throws Exception {
    Path out = dir.resolve("summary.json");
    Cli.Run run = Cli.run("summary", batch().toString(), "--format", "json", "-o",
        out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    String text = Files.readString(out);
    assertThat(text).contains("\"meanComputed\" : 86.71").contains("\"inflation\" : 10.00")
        .contains("\"inflation\" : 4.50");
    JsonNode summary = JSON.readTree(text);
    assertThat(summary.get("format").asText()).isEqualTo("jixiao/batch-summary/1");
    assertThat(summary.get("count").intValue()).isEqualTo(4);
    assertThat(summary.at("/byInflation/1/departmentCode").asText()).isEqualTo("T-1");
    assertThat(summary.at("/units/0/rateBin").asText()).isEqualTo("BELOW_60");
    assertThat(summary.at("/units/2/errors").intValue()).isEqualTo(2);
    assertThat(summary.at("/grades/0/claimed").intValue()).isEqualTo(1);
    assertThat(summary.at("/findingsByCode/0/code").asText()).isEqualTo("JX-502");
    assertThat(summary.get("withoutClaimedGrade").intValue()).isEqualTo(2);
  }

  @Test
  void noEvaluationFoundIsBadInput() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Cli.Run run = Cli.run("summary", empty.toString(), "-o", dir.resolve("s.html").toString(),
        "--lang", "en");

    // an empty directory holds no file at all: every batch says so
    assertThat(run.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(run.err()).contains("no file to read in " + empty
        + ": name documents, or directories holding them");
    assertThat(dir.resolve("s.html")).doesNotExist();

    // a file that is no evaluation: files, but nothing to summarise
    Files.writeString(empty.resolve("broken.json"), "{}");
    Cli.Run broken = Cli.run("summary", empty.toString(), "-o",
        dir.resolve("s.html").toString(), "--lang", "en");
    assertThat(broken.exit()).isEqualTo(Jixiao.BAD_INPUT);
    assertThat(broken.err()).contains("no evaluation found in " + empty
        + ": nothing to summarise");
    assertThat(dir.resolve("s.html")).doesNotExist();
  }

  @Test
  void eachUnitsRowLinksToItsRenderedCardBesideThePage() throws Exception {
    Path page = dir.resolve("year.html");
    Cli.Run run = Cli.run("summary", batch().toString(), "-o", page.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    List<String> links = new ArrayList<>();
    for (Element row : html.select("table#units tbody tr")) {
      links.add(row.child(row.childrenSize() - 1).select("a").attr("href"));
    }
    assertThat(links).containsExactly("year-cards/0001.html", "year-cards/0002.html",
        "year-cards/0003.html", "year-cards/0004.html");
    // the seed's row and its card: 89.72 under gz-dept-2021, the codes in the table
    Element seedRow = html.select("table#units tbody tr").stream()
        .filter(r -> r.child(0).text().equals("广州市白云区人民代表大会常务委员会办公室"))
        .findFirst().orElseThrow();
    Path card = dir.resolve(seedRow.child(seedRow.childrenSize() - 1).select("a").attr("href"));
    Document seed = Jsoup.parse(card.toFile(), "UTF-8");
    assertThat(seed.text()).contains("89.72").contains("2.1.1").contains("预算完成率");
    assertThat(html.select("table#ranking tbody tr").get(0).select("a").attr("href"))
        .startsWith("year-cards/");
  }

  @Test
  void withJsonTheSummaryDocumentIsOneLineOnStandardOutputAndFailOnIsObeyed()
      throws Exception {
    Path in = batch();
    Cli.Run run = Cli.run("summary", in.toString(), "--json");

    assertThat(run.exit()).as(run.err()).isZero(); // a summary fails on nothing unless asked
    assertThat(run.outLines()).hasSize(1);
    JsonNode summary = run.jsonLines().get(0);
    assertThat(summary.get("format").asText()).isEqualTo("jixiao/batch-summary/1");
    assertThat(summary.get("count").intValue()).isEqualTo(4);
    assertThat(Files.exists(Path.of("summary.html"))).isFalse();

    // one unit of the four has 2 errors among its findings
    assertThat(Cli.run("summary", in.toString(), "--json", "--fail-on", "error").exit())
        .isEqualTo(Jixiao.ERROR_FINDINGS);
  }
}
