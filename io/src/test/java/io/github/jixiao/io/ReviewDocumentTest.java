package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Grade;
import io.github.jixiao.core.Review;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The review document, {@code jixiao/review/1} (复核, issue 17): the Baiyun example read with its
 * numbers exact and written back to what reads the same; hostile and broken reviews refused with
 * the problem's JSON path, line and column in both languages; its schema published.
 */
class ReviewDocumentTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "baiyun-2021", "review.json");

  private final JixiaoJson json = JixiaoJson.standard();

  private JsonDocumentException refused(String text) {
    try {
      json.read(DocumentType.REVIEW, text);
    } catch (JsonDocumentException e) {
      return e;
    }
    throw new AssertionError("read: " + text);
  }

  @Test
  void theExampleIsReadExactlyAndWrittenBackToTheSameReview() throws IOException {
    Review review = json.read(DocumentType.REVIEW, EXAMPLE);

    assertThat(review.getEvaluation().getDepartmentCode()).isEqualTo("baiyun-rd-sc-office");
    assertThat(review.getEvaluation().getFile()).contains("evaluation.json");
    assertThat(review.getEntries()).hasSize(10);
    // 16.67 % of 6 points as the workpaper writes it, and 9.72: exact, never a double
    assertThat(review.entry("2.5").orElseThrow().getDeductionPercent())
        .contains(new BigDecimal("16.67"));
    assertThat(review.entry("2.1.1").orElseThrow().getScore()).contains(new BigDecimal("9.72"));
    assertThat(review.getTotal()).contains(new BigDecimal("87.72"));
    assertThat(review.getGrade()).contains(Grade.GOOD);

    String written = json.write(DocumentType.REVIEW, review);
    assertThat(written).startsWith("{\n  \"format\": \"jixiao/review/1\"")
        .contains("\"deductionPercent\": 16.67").contains("\"total\": 87.72");
    assertThat(json.read(DocumentType.REVIEW, written)).isEqualTo(review);
  }

  @Test
  void anUnknownFieldIsRefusedAtItsPathLineAndColumn() {
    JsonDocumentException e = refused("{\"format\": \"jixiao/review/1\",\n"
        + "\"evaluation\": {\"departmentCode\": \"x\", \"fiscalYear\": 2021},\n"
        + "\"entries\": [{\"indicatorCode\": \"1.1\", \"points\": 3}]}");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.entries[0].points");
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.message(Locale.ENGLISH)).contains("unknown field \"points\" in ReviewEntry");
      assertThat(p.message(Locale.CHINESE)).isNotEqualTo(p.message(Locale.ENGLISH));
    });
  }

  @Test
  void aScoreWrittenAsTextAndAShareAbove100AreEachRefusedWhereTheyAre() {
    JsonDocumentException text = refused("{\"format\": \"jixiao/review/1\", \"evaluation\":"
        + " {\"departmentCode\": \"x\", \"fiscalYear\": 2021}, \"entries\": [{\"indicatorCode\":"
        + " \"1.1\", \"score\": \"二十\"}]}");
    JsonDocumentException share = refused("{\"format\": \"jixiao/review/1\", \"evaluation\":"
        + " {\"departmentCode\": \"x\", \"fiscalYear\": 2021}, \"entries\": [{\"indicatorCode\":"
        + " \"1.1\", \"deductionPercent\": 120}]}");

    assertThat(text.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.entries[0].score");
    assertThat(share.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.entries[0].deductionPercent");
  }

  @Test
  void aReviewWithoutTheEvaluationItIsOfOrUnderAnotherFormatIsRefused() {
    JsonDocumentException none = refused("{\"format\": \"jixiao/review/1\", \"entries\": []}");
    JsonDocumentException other = refused("{\"format\": \"jixiao/self-evaluation/2\"}");
    JsonDocumentException huge = refused("{\"format\": \"jixiao/review/1\", \"evaluation\":"
        + " {\"departmentCode\": \"x\", \"fiscalYear\": 2021}, \"total\": 1e999999999}");

    assertThat(none.problems()).extracting(JsonProblem::jsonPath).containsExactly("$.evaluation");
    assertThat(other.problems()).extracting(JsonProblem::jsonPath).containsExactly("$.format");
    assertThat(huge.problems()).extracting(JsonProblem::jsonPath).containsExactly("$.total");
    assertThat(huge.describe(Locale.ENGLISH)).hasSizeLessThan(2000);
  }

  @Test
  void theSchemaDescribesTheReview() throws IOException {
    String schema = JixiaoJson.schema(DocumentType.REVIEW);

    assertThat(schema).contains("jixiao/review/1").contains("\"deductionPercent\"")
        .contains("复核得分");
    assertThat(Files.exists(EXAMPLE)).isTrue();
  }
}
