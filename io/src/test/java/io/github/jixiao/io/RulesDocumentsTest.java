package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.core.IndicatorKind;
import io.github.jixiao.io.JsonProblem.Kind;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.result.ScoreCard;
import io.github.jixiao.rules.rulebook.Band;
import io.github.jixiao.rules.rulebook.BuiltInRules;
import io.github.jixiao.rules.rulebook.Provenance;
import io.github.jixiao.rules.rulebook.RuleSpec;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.rulebook.RulebookIndicator;
import io.github.jixiao.rules.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rulebooks (with a user's own rule by type id and parameters), score cards and check reports as
 * documents.
 */
class RulesDocumentsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JixiaoJson json = JixiaoJson.standard();

  private static List<Error> validate(DocumentType<?> type, String document) throws Exception {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JixiaoJson.schema(type));
    return schema.validate(MAPPER.readTree(document));
  }

  static List<Rulebook> builtInRulebooks() {
    return Rulebooks.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("builtInRulebooks")
  void everyBuiltInRulebookIsWrittenReadBackEqualAndValidates(Rulebook rulebook)
      throws Exception {
    String text = json.write(rulebook);

    assertThat(text).startsWith("{\n  \"format\": \"jixiao/rulebook/1\",");
    assertThat(json.readRulebook(text)).isEqualTo(rulebook);
    assertThat(validate(DocumentType.RULEBOOK, text)).isEmpty();
  }

  @Test
  void theBuiltInRulebooksIncludeTheMethodologysThree() {
    assertThat(builtInRulebooks()).extracting(Rulebook::getId).contains(
        Rulebooks.MOF_PROJECT_2020, Rulebooks.MOF_DEPARTMENT_2013,
        Rulebooks.GUANGZHOU_DEPARTMENT_2021);
  }

  /** Every built-in rule type and a user's own rule, with its type id, params and options. */
  static Rulebook everyRule() {
    List<RuleSpec> rules = List.of(
        BuiltInRules.proportional(new BigDecimal("100")),
        BuiltInRules.reverseRatio(),
        BuiltInRules.reverseLinear(),
        BuiltInRules.equal(),
        BuiltInRules.qualitative(),
        BuiltInRules.bands(Band.of(null, new BigDecimal("60"), new BigDecimal("0")),
            Band.of(new BigDecimal("60"), new BigDecimal("90"), new BigDecimal("4")),
            Band.of(new BigDecimal("90"), null, new BigDecimal("5"))),
        BuiltInRules.threshold(new BigDecimal("100"), new BigDecimal("0.5"),
            BuiltInRules.Fraction.WHOLE_POINTS),
        BuiltInRules.checklistAdd(3, new BigDecimal("1")),
        BuiltInRules.checklistDeduct(5, new BigDecimal("1")),
        BuiltInRules.deductionPerFinding(),
        BuiltInRules.milestones(new BigDecimal("0.5")),
        RuleSpec.builder().type("acme-carry-over-level").putParam("none", new BigDecimal("5.00"))
            .putParam("notAbove", new BigDecimal("2.5")).putOption("base", "previous-year")
            .build());
    Rulebook.Builder rulebook = Rulebook.builder().id("every-rule").title("每种评分方法")
        .source("jixiao-io tests")
        .provenance(Provenance.reconstructed("test table", "weights chosen to add up to 100"));
    BigDecimal weight = new BigDecimal("100").divide(BigDecimal.valueOf(rules.size()), 2,
        java.math.RoundingMode.DOWN);
    BigDecimal rest = new BigDecimal("100").subtract(weight.multiply(
        BigDecimal.valueOf(rules.size() - 1)));
    for (int i = 0; i < rules.size(); i++) {
      rulebook.addIndicator(RulebookIndicator.builder().code("r" + i).name("规则 " + i).level(1)
          .weight(i == 0 ? rest : weight).kind(IndicatorKind.QUANTITATIVE).rule(rules.get(i))
          .build());
    }
    return rulebook.build();
  }

  @Test
  void aRulebookWithEveryRuleTypeAndAUsersOwnRuleRoundTrips() throws Exception {
    Rulebook rulebook = everyRule();

    String text = json.write(rulebook);

    assertThat(json.readRulebook(text)).isEqualTo(rulebook);
    assertThat(text).contains("\"type\": \"acme-carry-over-level\"")
        .contains("\"none\": 5.00").contains("\"base\": \"previous-year\"");
    assertThat(validate(DocumentType.RULEBOOK, text)).isEmpty();
  }

  @Test
  void aRuleParameterThatIsNotANumberIsReportedAtItsPath() {
    String text = json.write(everyRule()).replace("\"none\": 5.00", "\"none\": \"五\"")
        .replace("\"type\": \"reverse-ratio\"", "\"type\": \"reverse-ratio\", \"parms\": {}");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readRulebook(text));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath).containsExactly(
        tuple(Kind.UNKNOWN_FIELD, "$.indicators[1].rule.parms"),
        tuple(Kind.WRONG_TYPE, "$.indicators[11].rule.params.none"));
    assertThat(e.problems().get(0).hint(Locale.ENGLISH)).contains("did you mean \"params\"?");
  }

  @Test
  void aRulebookThatBreaksItsOwnRulesIsReportedWithThePathOfEachProblem() {
    String text = json.write(everyRule()).replaceFirst("\"weight\": [0-9.]+", "\"weight\": 1");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readRulebook(text));

    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(p.jsonPath()).startsWith("$");
      assertThat(p.line()).isPositive();
    });
    assertThat(e.problems())
        .anySatisfy(p -> assertThat(p.message(Locale.ENGLISH)).contains("100"));
  }

  @Test
  void theSeedsScoreCardIsWrittenReadBackEqualAndValidates() throws Exception {
    ScoreCard card = Scorer.standard().score(BaiyunEvaluation.everyField(),
        Rulebooks.guangzhouDepartment2021());

    String text = json.write(card);

    // Each explanation as its key and arguments, and rendered beside them in both languages.
    assertThat(text).startsWith("{\n  \"format\": \"jixiao/score-card/4\",")
        .contains("\"key\": \"proportional.met\"")
        .contains("\"zh\": \"重点工作办结率 100.00% ≥ 100%，得满分 25\"")
        .contains("\"en\": \"重点工作办结率 100.00% ≥ 100%: full points, 25\"");
    assertThat(json.readScoreCard(text)).isEqualTo(card);
    assertThat(json.readAny(text)).isEqualTo(card);
    assertThat(validate(DocumentType.SCORE_CARD, text)).isEmpty();
  }

  @Test
  void theSeedsCheckReportIsWrittenReadBackEqualAndValidates() throws Exception {
    CheckReport report = Checks.standard().run(BaiyunEvaluation.evaluation(),
        Rulebooks.guangzhouDepartment2021());

    String text = json.write(report);

    assertThat(report.getFindings()).isNotEmpty();
    assertThat(text).startsWith("{\n  \"format\": \"jixiao/check-report/4\",")
        // one code per finding: the check's code is the finding's, not written twice
        .doesNotContain("\"checkCode\"")
        .contains("\"path\": \"$.narrativeClaims[0]\"")
        .doesNotContain("\"path\": \"narrativeClaims")
        .contains("\"key\": \"" + report.getFindings().get(0).getMessage().getKey() + "\"")
        .contains("\"zh\": \"" + report.getFindings().get(0).message(Locale.CHINESE) + "\"");
    assertThat(json.readCheckReport(text)).isEqualTo(report);
    assertThat(json.readAny(text)).isEqualTo(report);
    assertThat(validate(DocumentType.CHECK_REPORT, text)).isEmpty();
  }

  @Test
  void aCheckReportOfAVersionNeverWrittenIsRefusedNamingTheVersionsRead() {
    String text = json.write(Checks.standard().run(BaiyunEvaluation.evaluation()))
        .replace("\"jixiao/check-report/4\"", "\"jixiao/check-report/5\"");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readCheckReport(text));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.format");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo("version 5 of the check-report format is"
          + " not supported: this Jixiao reads versions 1 to 4");
      assertThat(p.message(Locale.CHINESE))
          .isEqualTo("check-report 格式的版本 5 不受支持：本版本 Jixiao 读取版本 1 至 4");
    });
  }

  @Test
  void aCheckReportWithAMisspelledSeverityIsReportedWithTheConstantMeant() {
    CheckReport report = Checks.standard().run(BaiyunEvaluation.evaluation());
    String severity = report.getFindings().get(0).getSeverity().name();
    String text = json.write(report).replaceFirst("\"severity\": \"" + severity + "\"",
        "\"severity\": \"" + severity.toLowerCase(java.util.Locale.ROOT) + "\"");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readCheckReport(text));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.jsonPath()).isEqualTo("$.findings[0].severity");
      assertThat(p.hint(Locale.ENGLISH)).contains("did you mean \"" + severity + "\"?");
    });
  }

  @Test
  void aRulebookIsNotReadAsAnEvaluation() {
    String text = json.write(Rulebooks.guangzhouDepartment2021());

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(text));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.FORMAT);
      assertThat(p.message(Locale.ENGLISH))
          .contains("this is a rulebook document, not self-evaluation");
    });
  }
}
