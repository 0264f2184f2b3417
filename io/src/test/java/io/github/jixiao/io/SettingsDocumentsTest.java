package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.core.Budget;
import io.github.jixiao.core.IndicatorEntry;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.ExecutionBase;
import io.github.jixiao.rules.rulebook.ExecutionSettings;
import io.github.jixiao.rules.rulebook.RateSource;
import io.github.jixiao.rules.rulebook.RoundingPolicy;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rulebook-level settings of issue 14 as documents: a rulebook's execution line (capped, base),
 * its rounding's rate source and its deductions column are read from JSON, written back and
 * described by the schema; so are a budget's funds in place (资金到位数) and an entry's 扣减分数.
 */
class SettingsDocumentsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JixiaoJson json = JixiaoJson.standard();

  private static Schema schema(DocumentType<?> type) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JixiaoJson.schema(type));
  }

  /** The built-in project rulebook as JSON, with the settings a rulebook of one's own writes. */
  private String rulebookWithSettings() throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(json.write(Rulebooks.mofProject2020()));
    tree.putObject("execution").put("capped", false).put("base", "FUNDS_IN_PLACE");
    tree.putObject("rounding").put("scale", 2).put("mode", "DOWN").put("rateSource", "STATED");
    tree.put("deductionsColumn", true);
    return MAPPER.writeValueAsString(tree);
  }

  @Test
  void aRulebooksSettingsAreReadFromItsJson() throws Exception {
    Rulebook read = json.readRulebook(rulebookWithSettings());

    assertThat(read.getExecution().isCapped()).isFalse();
    assertThat(read.getExecution().getBase()).isEqualTo(ExecutionBase.FUNDS_IN_PLACE);
    assertThat(read.getRounding().getMode()).isEqualTo(RoundingMode.DOWN);
    assertThat(read.getRounding().getRateSource()).isEqualTo(RateSource.STATED);
    assertThat(read.isDeductionsColumn()).isTrue();
    assertThat(read).isEqualTo(Rulebooks.mofProject2020()
        .withExecution(ExecutionSettings.builder().capped(false)
            .base(ExecutionBase.FUNDS_IN_PLACE).build())
        .withRounding(RoundingPolicy.truncated().withRateSource(RateSource.STATED))
        .withDeductionsColumn(true));
  }

  @Test
  void aRulebookWithSettingsIsWrittenReadBackEqualAndValidates() throws Exception {
    Rulebook rulebook = json.readRulebook(rulebookWithSettings());
    String text = json.write(rulebook);

    assertThat(text).contains("\"capped\": false").contains("\"base\": \"FUNDS_IN_PLACE\"")
        .contains("\"rateSource\": \"STATED\"").contains("\"deductionsColumn\": true");
    assertThat(json.readRulebook(text)).isEqualTo(rulebook);
    assertThat(schema(DocumentType.RULEBOOK).validate(MAPPER.readTree(text))).isEmpty();
  }

  @Test
  void aRulebookWithoutSettingsGetsTheDefaults() throws Exception {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(json.write(Rulebooks.mofProject2020()));
    tree.remove(List.of("execution", "deductionsColumn"));
    ((ObjectNode) tree.get("rounding")).remove("rateSource");

    Rulebook read = json.readRulebook(MAPPER.writeValueAsString(tree));

    assertThat(read.getExecution()).isEqualTo(ExecutionSettings.standard());
    assertThat(read.getRounding()).isEqualTo(RoundingPolicy.standard());
    assertThat(read.isDeductionsColumn()).isFalse();
    assertThat(read).isEqualTo(Rulebooks.mofProject2020());
  }

  @Test
  void aMisspeltBaseIsReportedAtItsPath() throws Exception {
    String text = rulebookWithSettings().replace("\"FUNDS_IN_PLACE\"", "\"FUNDS\"");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readRulebook(text));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath)
        .containsExactly(tuple(Kind.WRONG_TYPE, "$.execution.base"));
  }

  @Test
  void theRulebookSchemaDescribesTheSettings() throws Exception {
    JsonNode schema = MAPPER.readTree(JixiaoJson.schema(DocumentType.RULEBOOK));
    JsonNode defs = schema.get("$defs");

    assertThat(schema.at("/properties/deductionsColumn/type").asText()).isEqualTo("boolean");
    assertThat(schema.at("/properties/execution/$ref").asText())
        .isEqualTo("#/$defs/ExecutionSettings");
    assertThat(defs.at("/ExecutionSettings/properties/capped/type").asText())
        .isEqualTo("boolean");
    assertThat(defs.at("/ExecutionSettings/properties/base/$ref").asText())
        .isEqualTo("#/$defs/ExecutionBase");
    assertThat(defs.at("/ExecutionSettings/description").asText()).contains("预算执行率得分封顶");
    assertThat(defs.at("/ExecutionBase/enum")).extracting(JsonNode::asText)
        .containsExactly("FULL_YEAR", "FULL_YEAR_WITH_CARRY_OVER", "FUNDS_IN_PLACE");
    assertThat(defs.at("/RoundingPolicy/properties/rateSource/$ref").asText())
        .isEqualTo("#/$defs/RateSource");
    assertThat(defs.at("/RateSource/enum")).extracting(JsonNode::asText)
        .containsExactly("UNROUNDED", "STATED");
  }

  private static SelfEvaluation withFundsAndColumn(BigDecimal funds, BigDecimal column) {
    // 采购管理 (2.1.2) claims 10 before a column of its own.
    SelfEvaluation seed = BaiyunEvaluation.everyField();
    return SelfEvaluation.builder().from(seed)
        .budget(Budget.builder().from(seed.getBudget()).fundsInPlace(funds).build())
        .entries(seed.getEntries().stream().map(e -> e.getIndicatorCode().equals("2.1.2")
            ? IndicatorEntry.builder().from(e).deduction(column).build() : e).toList())
        .build();
  }

  @Test
  void fundsInPlaceAndADeductionsColumnAreWrittenAndReadBackEqual() throws Exception {
    SelfEvaluation evaluation = withFundsAndColumn(new BigDecimal("3250.00"),
        new BigDecimal("2.5"));

    String text = json.write(evaluation);

    assertThat(text).contains("\"fundsInPlace\": 3250.00").contains("\"deduction\": 2.5");
    assertThat(json.readEvaluation(text)).isEqualTo(evaluation);
    assertThat(schema(DocumentType.SELF_EVALUATION).validate(MAPPER.readTree(text))).isEmpty();
  }

  @Test
  void anyFundsInPlaceAndColumnInTheirBoundsRoundTrip() {
    // Funds in place: 0 to 10^9 万元 at 2 decimals; a column: 0 to 999.99 points.
    qt().withExamples(100).forAll(integers().between(0, Integer.MAX_VALUE),
        integers().between(0, 99_999))
        .checkAssert((fundsCents, columnHundredths) -> {
          SelfEvaluation evaluation = withFundsAndColumn(BigDecimal.valueOf(fundsCents, 2),
              BigDecimal.valueOf(columnHundredths, 2));
          assertThat(json.readEvaluation(json.write(evaluation))).isEqualTo(evaluation);
        });
  }

  @Test
  void negativeFundsOrAColumnBelowZeroAreRefusedAtTheirPaths() {
    String text = json.write(withFundsAndColumn(new BigDecimal("3250.00"),
        new BigDecimal("2.5")))
        .replace("\"fundsInPlace\": 3250.00", "\"fundsInPlace\": -3250.00")
        .replace("\"deduction\": 2.5", "\"deduction\": -2.5");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(text));

    List<String> paths = new ArrayList<>();
    e.problems().forEach(p -> paths.add(p.jsonPath()));
    assertThat(paths).anyMatch(p -> p.equals("$.budget.fundsInPlace"))
        .anyMatch(p -> p.matches("\\$\\.entries\\[\\d+]\\.deduction"));
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE));
  }

  @Test
  void theEvaluationSchemaBoundsFundsInPlaceAsMoney() throws Exception {
    JsonNode defs = MAPPER.readTree(JixiaoJson.schema(DocumentType.SELF_EVALUATION))
        .get("$defs");

    assertThat(defs.at("/Budget/properties/fundsInPlace/$ref").asText())
        .isEqualTo("#/$defs/MoneyAmount");
    assertThat(defs.at("/IndicatorEntry/properties/deduction").isMissingNode()).isFalse();
    JsonNode negative = MAPPER.readTree(json.write(withFundsAndColumn(new BigDecimal("1"),
        new BigDecimal("1"))).replace("\"deduction\": 1", "\"deduction\": -1"));
    assertThat(schema(DocumentType.SELF_EVALUATION).validate(negative)).isNotEmpty();
  }
}
