package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.Department;
import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.core.QualitativeLevel;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The rule-level settings of issue 14 as JSON: qualitative thresholds and the five-step scale (a
 * rule's params and options), range bands' {@code pointsTo}, the rule {@code coefficient} and an
 * entry's {@code coefficient} (得分系数) — read from a document written by hand, written back the
 * same, and in the published schemas.
 */
class RuleSettingsJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JixiaoJson json = JixiaoJson.standard();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static List<Error> validate(DocumentType<?> type, String document) throws Exception {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JixiaoJson.schema(type));
    return schema.validate(MAPPER.readTree(document));
  }

  /** One indicator per setting: 5 + 10 + 60 + 5 + 20 = 100. */
  private static final String RULEBOOK = """
      {
        "format": "jixiao/rulebook/1",
        "id": "settings",
        "title": "评分办法的各项设置",
        "source": "rulebooks.md, formats.md",
        "provenance": {"status": "RECONSTRUCTED", "basis": "published tables",
          "assumptions": ["五级档次由本办法自定"]},
        "indicators": [
          {"code": "1", "name": "履职效果", "level": 1, "weight": 5,
           "rule": {"type": "qualitative", "params": {"achievedFrom": 0.8, "partlyFrom": 0.5}}},
          {"code": "2", "name": "群众满意度", "level": 1, "weight": 10,
           "rule": {"type": "qualitative", "options": {"scale": "five-step", "pick": "lower"},
             "params": {"excellentFrom": 0.9, "goodFrom": 0.8, "fairFrom": 0.7,
               "lowFrom": 0.6}}},
          {"code": "3", "name": "研究任务完成率", "level": 1, "weight": 60,
           "rule": {"type": "range-bands", "bands": [
             {"from": 0, "to": 60, "points": 0, "pointsTo": 20},
             {"from": 60, "to": 80, "toInclusive": true, "points": 21, "pointsTo": 40},
             {"from": 80, "fromInclusive": false, "to": 100, "points": 41, "pointsTo": 59},
             {"from": 100, "to": 100, "toInclusive": true, "points": 60}]}},
          {"code": "4", "name": "预算完成率", "level": 1, "weight": 5,
           "rule": {"type": "coefficient"}},
          {"code": "5", "name": "其他", "level": 1, "weight": 20,
           "rule": {"type": "deduction"}}
        ]
      }
      """;

  @Test
  void aRulebookWithEverySettingIsReadAsWrittenAndWrittenBackTheSame() throws Exception {
    Rulebook rulebook = json.readRulebook(RULEBOOK);

    RuleSpec municipal = rulebook.indicator("1").orElseThrow().getRule().orElseThrow();
    assertThat(municipal).isEqualTo(BuiltInRules.qualitative(d("0.8"), d("0.5")));
    RuleSpec fiveStep = rulebook.indicator("2").orElseThrow().getRule().orElseThrow();
    assertThat(fiveStep).isEqualTo(RuleSpec.builder().from(BuiltInRules.qualitativeFiveStep(
        d("0.9"), d("0.8"), d("0.7"), d("0.6"))).putOption(BuiltInRules.PICK, "lower").build());
    List<Band> bands = rulebook.indicator("3").orElseThrow().getRule().orElseThrow().getBands();
    assertThat(bands).extracting(Band::getPointsTo).containsExactly(java.util.Optional.of(d("20")),
        java.util.Optional.of(d("40")), java.util.Optional.of(d("59")), java.util.Optional.empty());
    assertThat(bands.get(2).isFromInclusive()).isFalse();
    assertThat(rulebook.indicator("4").orElseThrow().getRule()).contains(BuiltInRules.coefficient());
    assertThat(Scorer.standard().verify(rulebook)).isEmpty();

    String written = json.write(rulebook);
    assertThat(json.readRulebook(written)).isEqualTo(rulebook);
    assertThat(written).contains("\"pointsTo\": 59").contains("\"scale\": \"five-step\"")
        .contains("\"type\": \"range-bands\"").contains("\"type\": \"coefficient\"");
    assertThat(validate(DocumentType.RULEBOOK, RULEBOOK)).isEmpty();
    assertThat(validate(DocumentType.RULEBOOK, written)).isEmpty();
  }

  @Test
  void aRangeWhoseTopIsBelowItsFloorIsRefusedAtItsPath() {
    String broken = RULEBOOK.replace("\"points\": 41, \"pointsTo\": 59",
        "\"points\": 41, \"pointsTo\": 39");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readRulebook(broken));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(p.jsonPath()).isEqualTo("$.indicators[2].rule.bands[2].pointsTo");
      assertThat(p.message(Locale.ENGLISH))
          .isEqualTo("a range band's highest points 39 are below its lowest 41");
      assertThat(p.message(Locale.CHINESE)).isEqualTo("档次得分区间的上限 39 低于下限 41");
    });
  }

  private static SelfEvaluation evaluation(IndicatorEntry... entries) {
    return SelfEvaluation.builder().kind(EvaluationKind.DEPARTMENT_WIDE).fiscalYear(2021)
        .department(Department.builder().code("cq").name("某区财政局")
            .level(GovernmentLevel.COUNTY).region("重庆市").kind(DepartmentKind.ADMINISTRATIVE)
            .build())
        .budget(Budget.builder().fullYear(d("100")).executed(d("100")).build())
        .addIndicator(Indicator.builder().code("2").name("群众满意度").level(1).weight(d("10"))
            .kind(IndicatorKind.QUALITATIVE).build())
        .addIndicator(Indicator.builder().code("4").name("预算完成率").level(1).weight(d("5"))
            .kind(IndicatorKind.QUALITATIVE).build())
        .addEntries(entries).build();
  }

  @Test
  void anEntrysCoefficientAndAFiveStepLevelRoundTrip() throws Exception {
    SelfEvaluation evaluation = evaluation(
        IndicatorEntry.builder().indicatorCode("2").level(QualitativeLevel.GOOD)
            .claimedScore(d("8.50")).build(),
        IndicatorEntry.builder().indicatorCode("4").coefficient(d("33.3")).build());

    String written = json.write(evaluation);

    assertThat(written).contains("\"coefficient\": 33.3").contains("\"level\": \"GOOD\"");
    SelfEvaluation read = json.readEvaluation(written);
    assertThat(read).isEqualTo(evaluation);
    assertThat(read.getEntries().get(1).getCoefficient()).contains(d("33.3"));
    assertThat(validate(DocumentType.SELF_EVALUATION, written)).isEmpty();
  }

  @Test
  void aCoefficientAbove100IsRefusedAtItsPathInTheReadersLanguage() throws Exception {
    String written = json.write(evaluation(IndicatorEntry.builder().indicatorCode("4")
        .coefficient(d("80")).build())).replace("\"coefficient\": 80", "\"coefficient\": 120");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(written));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.entries[0].coefficient");
      assertThat(p.message(Locale.ENGLISH))
          .isEqualTo("must be a percentage from 0 to 100 (was 120)");
      assertThat(p.message(Locale.CHINESE)).isEqualTo("须为 0 至 100 之间的百分数（实际为 120）");
    });
    assertThat(validate(DocumentType.SELF_EVALUATION, written)).isNotEmpty();
  }

  @Test
  void theSchemasCarryTheCoefficientItsBoundsTheFiveLevelsAndTheRangesTop() throws Exception {
    JsonNode evaluation = MAPPER.readTree(JixiaoJson.schema(DocumentType.SELF_EVALUATION))
        .get("$defs");
    assertThat(evaluation.at("/IndicatorEntry/properties/coefficient/$ref").asText())
        .isEqualTo("#/$defs/PercentValue");
    JsonNode percent = evaluation.get("PercentValue");
    assertThat(percent.get("minimum").intValue()).isZero();
    assertThat(percent.get("maximum").intValue()).isEqualTo(100);
    assertThat(percent.get("description").asText()).contains("得分系数");
    assertThat(evaluation.at("/QualitativeLevel/enum")).extracting(JsonNode::asText)
        .containsExactly("ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED", "EXCELLENT", "GOOD",
            "FAIR", "LOW", "POOR");
    assertThat(evaluation.at("/QualitativeLevel/description").asText())
        .contains("EXCELLENT 优").contains("LOW 低");

    JsonNode rulebook = MAPPER.readTree(JixiaoJson.schema(DocumentType.RULEBOOK)).get("$defs");
    assertThat(rulebook.at("/Band/properties/pointsTo/type").asText()).isEqualTo("number");
    assertThat(rulebook.at("/Band/required")).extracting(JsonNode::asText)
        .doesNotContain("pointsTo");
  }
}
