package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.core.ClaimKind;
import io.github.jixiao.core.Confidence;
import io.github.jixiao.core.DraftEvaluation;
import io.github.jixiao.core.ExtractedItem;
import io.github.jixiao.core.Extraction;
import io.github.jixiao.core.NarrativeClaim;
import io.github.jixiao.core.ReportFormat;
import io.github.jixiao.core.ReportSource;
import io.github.jixiao.core.SelfEvaluation;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The draft document, {@code jixiao/draft-evaluation/1} (绩效自评提取稿, issue 20): a draft of the
 * seed read and written back exactly, with every item's sentence and place; a draft is not a
 * self-evaluation (each reader refuses the other's format); a draft without an evaluation whose
 * item still points into one is refused at the item's path; its schema accepts what is written.
 */
class DraftDocumentTest {

  private static final String BUDGET_SENTENCE =
      "我单位全年预算数 3306.19 万元，执行数 3212.37 万元，完成预算的 97.16%。";
  private static final String CLAIM_SENTENCE = "绩效管理情况较为理想，保重点、保运转，多办事少花钱，"
      + "均达到了年初设定的各项绩效目标。";

  private final JixiaoJson json = JixiaoJson.standard();

  private static DraftEvaluation seedDraft() {
    SelfEvaluation evaluation = BaiyunEvaluation.evaluation().withNarrativeClaims(
        NarrativeClaim.builder().kind(ClaimKind.ALL_TARGETS_MET).quote("均达到了年初设定的各项绩效目标")
            .section("部门整体绩效管理情况").build());
    Extraction extraction = Extraction.builder()
        .report(ReportSource.builder().file("report.txt").format(ReportFormat.TEXT)
            .encoding("UTF-8").paragraphs(80).build())
        .addItems(item("budget.fullYear", "$.budget.fullYear", "全年预算数 3306.19 万元",
                BUDGET_SENTENCE, 57, 3, 20),
            item("claim", "$.narrativeClaims[0]", "均达到了年初设定的各项绩效目标", CLAIM_SENTENCE, 59,
                26, 41))
        .addNotFound("budget.initial", "staffing")
        .addNotes("报告未载明地区：记为“未载明”")
        .build();
    return DraftEvaluation.builder().evaluation(evaluation).extraction(extraction).build();
  }

  private static ExtractedItem item(String item, String path, String written, String sentence,
      int paragraph, int start, int end) {
    return ExtractedItem.builder().item(item).rule(item.replace('.', '-')).path(path)
        .written(written).sentence(sentence).paragraph(paragraph).start(start).end(end)
        .line(paragraph * 2 - 1).section("部门整体收支情况").confidence(Confidence.HIGH).build();
  }

  @Test
  void aDraftIsWrittenUnderItsOwnFormatAndReadBackEqual() {
    DraftEvaluation draft = seedDraft();

    String written = json.write(DocumentType.DRAFT_EVALUATION, draft);

    assertThat(written).startsWith("{\n  \"format\": \"jixiao/draft-evaluation/1\"")
        .contains("\"fullYear\": 3306.19").contains("\"paragraph\": 57")
        .contains("\"sentence\": \"" + BUDGET_SENTENCE + "\"")
        .contains("\"notFound\": [").contains("\"confidence\": \"HIGH\"");
    DraftEvaluation read = json.read(DocumentType.DRAFT_EVALUATION, written);
    assertThat(read).isEqualTo(draft);
    assertThat(json.readAny(written)).isEqualTo(draft);
    assertThat(read.getExtraction().itemOf("$.narrativeClaims[0].quote"))
        .map(ExtractedItem::getSentence).contains(CLAIM_SENTENCE);
  }

  @Test
  void aDraftIsNotASelfEvaluationAndASelfEvaluationIsNotADraft() {
    String draft = json.write(DocumentType.DRAFT_EVALUATION, seedDraft());
    String evaluation = json.write(BaiyunEvaluation.evaluation());

    JsonDocumentException asEvaluation = refused(() -> json.readEvaluation(draft));
    JsonDocumentException asDraft =
        refused(() -> json.read(DocumentType.DRAFT_EVALUATION, evaluation));

    assertThat(asEvaluation.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.format");
    assertThat(asEvaluation.problems().get(0).message(Locale.ENGLISH))
        .contains("this is a draft-evaluation document, not self-evaluation");
    assertThat(asDraft.problems()).extracting(JsonProblem::jsonPath).containsExactly("$.format");
  }

  @Test
  void anItemThatPointsIntoAnAbsentEvaluationIsRefusedAtItsPath() {
    String written = json.write(DocumentType.DRAFT_EVALUATION, seedDraft());
    int start = written.indexOf("  \"evaluation\"");
    int end = written.indexOf("  \"extraction\"");
    String withoutEvaluation = written.substring(0, start) + written.substring(end);

    JsonDocumentException e =
        refused(() -> json.read(DocumentType.DRAFT_EVALUATION, withoutEvaluation));

    assertThat(e.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.extraction.items[0].path", "$.extraction.items[1].path");
    assertThat(e.problems().get(0).message(Locale.CHINESE)).contains("提取稿没有自评内容");
  }

  @Test
  void theSchemaAcceptsTheWrittenDraftAndNamesItADraft() throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JixiaoJson.schema(DocumentType.DRAFT_EVALUATION));
    String written = json.write(DocumentType.DRAFT_EVALUATION, seedDraft());

    assertThat(schema.validate(new ObjectMapper().readTree(written))).isEmpty();
    assertThat(JixiaoJson.schema(DocumentType.DRAFT_EVALUATION))
        .contains("绩效自评提取稿").contains("\"sentence\"").contains("\"notFound\"")
        .contains("Nothing in it is certain");
  }

  private static JsonDocumentException refused(Runnable read) {
    try {
      read.run();
    } catch (JsonDocumentException e) {
      return e;
    }
    throw new AssertionError("read");
  }
}
