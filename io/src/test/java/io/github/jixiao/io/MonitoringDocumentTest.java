package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.CompletionLikelihood;
import io.github.jixiao.core.MonitoringReport;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.MonitoringSettings;
import io.github.jixiao.rules.rulebook.ProgressCheckpoint;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The monitoring document, {@code jixiao/monitoring/1} (绩效运行监控, issue 18): the Baiyun July
 * example read with its numbers exact and written back to what reads the same; unknown fields,
 * numbers as text, a month out of range and hostile numbers refused with the problem's JSON path,
 * line and column in both languages; its schema published; a rulebook's monitoring settings read
 * and written.
 */
class MonitoringDocumentTest {

  private static final Path EXAMPLE =
      Path.of("..", "examples", "baiyun-2021", "monitoring-2021-07.json");

  private static final String HEAD = "{\"format\": \"jixiao/monitoring/1\", \"departmentCode\":"
      + " \"x\", \"departmentName\": \"某单位\", \"fiscalYear\": 2021, \"month\": 7,"
      + " \"budget\": {\"fullYear\": 100, \"executed\": 40}";

  private final JixiaoJson json = JixiaoJson.standard();

  private JsonDocumentException refused(String text) {
    try {
      json.read(DocumentType.MONITORING, text);
    } catch (JsonDocumentException e) {
      return e;
    }
    throw new AssertionError("read: " + text);
  }

  @Test
  void theExampleIsReadExactlyAndWrittenBackToTheSameReport() throws IOException {
    MonitoringReport report = json.read(DocumentType.MONITORING, EXAMPLE);

    assertThat(report.getDepartmentCode()).isEqualTo("baiyun-rd-sc-office");
    assertThat(report.getMonth()).isEqualTo(7);
    assertThat(report.getEntries()).hasSize(10);
    // 38.5 and 1520.85 exact, never a double; the written forms kept beside the numbers
    assertThat(report.entry("2.1.2").orElseThrow().getCurrent()).contains(new BigDecimal("38.5"));
    assertThat(report.entry("2.1.1").orElseThrow().getCurrentWritten()).contains("45%");
    assertThat(report.entry("1.2").orElseThrow().getCurrentLevel())
        .contains(QualitativeLevel.PARTLY_ACHIEVED);
    assertThat(report.entry("1.1").orElseThrow().getLikelihood())
        .contains(CompletionLikelihood.CERTAIN);
    assertThat(report.getBudget().getExecuted()).isEqualTo(new BigDecimal("1520.85"));

    String written = json.write(DocumentType.MONITORING, report);
    assertThat(written).startsWith("{\n  \"format\": \"jixiao/monitoring/1\"")
        .contains("\"executed\": 1520.85").contains("\"current\": 38.5");
    assertThat(json.read(DocumentType.MONITORING, written)).isEqualTo(report);
    assertThat(json.readAny(EXAMPLE)).isEqualTo(report);
  }

  @Test
  void anUnknownFieldIsRefusedAtItsPathLineAndColumn() {
    JsonDocumentException e = refused(HEAD + ",\n\"entries\": [{\"code\": \"1.1\", \"name\":"
        + " \"会议次数\", \"kind\": \"QUALITATIVE\",\n \"light\": \"RED\"}]}");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.entries[0].light");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(2);
      assertThat(p.message(Locale.ENGLISH)).contains("unknown field \"light\" in MonitoringEntry");
      assertThat(p.message(Locale.CHINESE)).isNotEqualTo(p.message(Locale.ENGLISH));
    });
  }

  @Test
  void aCurrentValueAsTextAMonthOutOfRangeAndAnUnknownLikelihoodAreRefusedWhereTheyAre() {
    JsonDocumentException text = refused(HEAD + ", \"entries\": [{\"code\": \"1.1\", \"name\":"
        + " \"会议次数\", \"kind\": \"QUANTITATIVE\", \"direction\": \"AT_LEAST\", \"current\":"
        + " \"四十五\"}]}");
    JsonDocumentException month = refused(HEAD.replace("\"month\": 7", "\"month\": 13") + "}");
    JsonDocumentException likelihood = refused(HEAD + ", \"entries\": [{\"code\": \"1.1\","
        + " \"name\": \"会议次数\", \"kind\": \"QUALITATIVE\", \"likelihood\": \"确定能\"}]}");

    assertThat(text.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.entries[0].current");
    assertThat(month.problems()).extracting(JsonProblem::jsonPath).containsExactly("$.month");
    assertThat(month.problems().get(0).message(Locale.CHINESE)).isNotBlank();
    assertThat(likelihood.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.entries[0].likelihood");
    assertThat(likelihood.problems().get(0).message(Locale.ENGLISH)).contains("CERTAIN");
  }

  @Test
  void aReportWithoutItsBudgetUnderAnotherFormatOrWithAHugeNumberIsRefused() {
    JsonDocumentException none = refused("{\"format\": \"jixiao/monitoring/1\", \"departmentCode\":"
        + " \"x\", \"departmentName\": \"某单位\", \"fiscalYear\": 2021, \"month\": 7}");
    JsonDocumentException other = refused("{\"format\": \"jixiao/review/1\"}");
    JsonDocumentException huge = refused(HEAD + ", \"entries\": [{\"code\": \"1.1\", \"name\":"
        + " \"会议次数\", \"kind\": \"QUANTITATIVE\", \"direction\": \"AT_LEAST\", \"current\":"
        + " 1e999999999}]}");
    JsonDocumentException twice = refused(HEAD + ", \"entries\": [{\"code\": \"1.1\", \"name\":"
        + " \"会议次数\", \"kind\": \"QUALITATIVE\"}, {\"code\": \"1.1\", \"name\": \"会议次数\","
        + " \"kind\": \"QUALITATIVE\"}]}");

    assertThat(none.problems()).extracting(JsonProblem::jsonPath).containsExactly("$.budget");
    assertThat(other.problems()).extracting(JsonProblem::jsonPath).containsExactly("$.format");
    assertThat(huge.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.entries[0].current");
    assertThat(huge.describe(Locale.ENGLISH)).hasSizeLessThan(2000);
    assertThat(twice.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.entries[1].code");
  }

  @Test
  void theSchemaDescribesTheReport() {
    String schema = JixiaoJson.schema(DocumentType.MONITORING);

    assertThat(schema).contains("jixiao/monitoring/1").contains("\"likelihood\"")
        .contains("完成可能性").contains("\"IMPOSSIBLE\"");
    assertThat(Files.exists(EXAMPLE)).isTrue();
  }

  @Test
  void aRulebooksMonitoringSettingsAreReadAndWritten() {
    Rulebook book = Rulebooks.guangzhouDepartment2021().withMonitoring(MonitoringSettings
        .builder().greenFrom(new BigDecimal("85")).addCheckpoints(ProgressCheckpoint.builder()
            .month(2).percent(new BigDecimal("50")).label("春节前").build(),
            ProgressCheckpoint.of(6, new BigDecimal("100"))).build());

    String written = json.write(book);
    Rulebook read = json.readRulebook(written);

    assertThat(written).contains("\"monitoring\"").contains("\"greenFrom\": 85");
    assertThat(read).isEqualTo(book);
    assertThat(read.getMonitoring().getCheckpoints()).hasSize(2);
  }

  @Test
  void aRulebooksMonitoringSettingsOutOfOrderAreRefusedAtTheirPath() {
    String book = json.write(Rulebooks.guangzhouDepartment2021());
    // every rulebook is written with its settings, defaults too: 60 / 80 / 120
    assertThat(book).contains("\"yellowFrom\": 60");
    String broken = book.replace("\"yellowFrom\": 60", "\"yellowFrom\": 90");

    try {
      json.readRulebook(broken);
      throw new AssertionError("read: " + broken);
    } catch (JsonDocumentException e) {
      assertThat(e.problems()).as(e.describe(Locale.ENGLISH)).extracting(JsonProblem::jsonPath)
          .containsExactly("$.monitoring.greenFrom");
    }
  }
}
