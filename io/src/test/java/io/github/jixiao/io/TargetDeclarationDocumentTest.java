package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.Direction;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.TargetDeclaration;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The target declaration document, {@code jixiao/target-declaration/1} (绩效目标申报表, issue 18):
 * the training example read exactly and written back; a row without its value read (for the
 * review to find), a broken one refused at its path, line and column; its schema published.
 */
class TargetDeclarationDocumentTest {

  private static final Path EXAMPLE = Path.of("..", "examples", "training-2021",
      "declaration.json");

  private final JixiaoJson json = JixiaoJson.standard();

  private JsonDocumentException refused(String text) {
    try {
      json.read(DocumentType.TARGET_DECLARATION, text);
    } catch (JsonDocumentException e) {
      return e;
    }
    throw new AssertionError("read: " + text);
  }

  @Test
  void theExampleIsReadExactlyAndWrittenBackToTheSameDeclaration() throws IOException {
    TargetDeclaration d = json.read(DocumentType.TARGET_DECLARATION, EXAMPLE);

    assertThat(d.getKind()).isEqualTo(EvaluationKind.PROJECT);
    assertThat(d.getRequested()).isEqualByComparingTo("200");
    assertThat(d.getIndicators()).hasSize(14);
    assertThat(d.indicator("T2.3.1").orElseThrow().getUnit()).contains("元/人次");
    assertThat(d.indicator("T2.1.1").orElseThrow().getDirection()).contains(Direction.AT_LEAST);

    String written = json.write(DocumentType.TARGET_DECLARATION, d);
    assertThat(written).startsWith("{\n  \"format\": \"jixiao/target-declaration/1\"")
        .contains("\"requested\": 200");
    assertThat(json.read(DocumentType.TARGET_DECLARATION, written)).isEqualTo(d);
  }

  private static final String HEAD = "{\"format\": \"jixiao/target-declaration/1\","
      + " \"kind\": \"PROJECT\", \"fiscalYear\": 2021, \"department\": {\"code\": \"219\","
      + " \"name\": \"某市财政局\", \"level\": \"MUNICIPAL\", \"region\": \"安徽省合肥市\","
      + " \"kind\": \"ADMINISTRATIVE\"},\n\"requested\": 200.5,\n\"indicators\": [";

  @Test
  void aQuantitativeRowWithoutItsValueIsReadForTheReviewToFind() {
    TargetDeclaration d = json.read(DocumentType.TARGET_DECLARATION, HEAD
        + "{\"code\": \"1\", \"name\": \"培训人次\", \"level\": 1, \"kind\": \"QUANTITATIVE\"}]}");

    assertThat(d.getIndicators().get(0).getTarget()).isEmpty();
    assertThat(d.getRequested()).isEqualTo(new BigDecimal("200.5"));
  }

  @Test
  void aTargetAsTextAndAnUnknownParentAreRefusedWhereTheyAre() {
    JsonDocumentException text = refused(HEAD + "\n{\"code\": \"1\", \"name\": \"培训人次\","
        + " \"level\": 1, \"kind\": \"QUANTITATIVE\", \"target\": \"八百\"}]}");
    JsonDocumentException parent = refused(HEAD + "\n{\"code\": \"1.1\", \"name\": \"数量指标\","
        + " \"level\": 2, \"parentCode\": \"1\", \"kind\": \"QUALITATIVE\"}]}");

    assertThat(text.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.indicators[0].target");
      assertThat(p.line()).isEqualTo(4);
    });
    assertThat(parent.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.indicators[0].parentCode");
      assertThat(p.message(Locale.CHINESE)).isNotEqualTo(p.message(Locale.ENGLISH));
    });
  }

  @Test
  void itsSchemaIsPublishedWithItsTitle() {
    assertThat(DocumentType.forFormat("jixiao/target-declaration/1")).contains(
        DocumentType.TARGET_DECLARATION);
    String schema = JixiaoJson.schema(DocumentType.TARGET_DECLARATION);
    assertThat(schema).contains("jixiao/target-declaration/1").contains("\"requested\"")
        .contains("绩效目标申报表");
  }
}
