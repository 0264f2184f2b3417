package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jixiao.testkit.Gen;
import io.github.jixiao.testkit.JixiaoGens;
import io.github.jixiao.testkit.ResultGens;
import io.github.jixiao.testkit.RulebookGens;
import io.github.jixiao.testkit.quicktheories.QuickTheoriesGens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The laws of every document type, over values from {@code jixiao-testkit}'s generators (and
 * {@link EdgeValues} for escaping and decimals): {@code read(type, write(type, x))} equals
 * {@code x}; writing is byte-stable across write → read → write; the written document validates
 * against the type's JSON Schema; and no number is written in exponent form. QuickTheories shrinks
 * a failing value through the testkit's adapter.
 */
class GeneratedDocumentsTest {

  private static final JixiaoJson JSON = JixiaoJson.standard();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final Map<DocumentType<?>, Schema> SCHEMAS = new HashMap<>();

  /** A JSON number in plain notation: no exponent, no leading zeros, no sign but minus. */
  private static final Pattern PLAIN = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  @Test
  void generatedSelfEvaluationsKeepTheDocumentLaws() {
    check(DocumentType.SELF_EVALUATION, JixiaoGens.selfEvaluations(), 200);
  }

  @Test
  void selfEvaluationsGeneratedUnderRulebooksKeepTheDocumentLaws() {
    // Under an open rulebook the table holds leaves of the evaluation's own, with the inputs each
    // built-in rule consumes.
    check(DocumentType.SELF_EVALUATION,
        RulebookGens.scorable().map(RulebookGens.Scorable::evaluation), 100);
  }

  @Test
  void selfEvaluationsAtTheEdgesKeepTheDocumentLaws() {
    check(DocumentType.SELF_EVALUATION, EdgeValues.evaluations(), 200);
  }

  @Test
  void aSelfEvaluationAtTheEdgesWithOneRefusedCharacterIsRefusedByTheWriterWithItsPath() {
    qt().withExamples(300).forAll(QuickTheoriesGens.of(EdgeValues.evaluationsWithOneRefused()))
        .checkAssert(refused -> {
          JsonWriteException e = catchThrowableOfType(JsonWriteException.class,
              () -> JSON.write(refused.evaluation()));
          String code = String.format("%04X", (int) refused.character());
          String what = Character.isSurrogate(refused.character())
              ? "an unpaired surrogate \\u" + code : "the control character U+" + code;

          assertThat(e).as("written although %s holds U+%s", refused.path(), code).isNotNull();
          assertThat(e.problem().jsonPath()).isEqualTo(refused.path());
          assertThat(e.problem().message(Locale.ENGLISH)).startsWith("the text has " + what + " at character "
              + (refused.index() + 1) + ":");
        });
  }

  @Test
  void generatedCompleteRulebooksKeepTheDocumentLaws() {
    check(DocumentType.RULEBOOK, RulebookGens.rulebooks(), 100);
  }

  @Test
  void generatedOpenRulebooksKeepTheDocumentLaws() {
    check(DocumentType.RULEBOOK, RulebookGens.openRulebooks(), 100);
  }

  @Test
  void generatedScoreCardsKeepTheDocumentLaws() {
    check(DocumentType.SCORE_CARD, ResultGens.scoreCards(), 100);
  }

  @Test
  void generatedCheckReportsKeepTheDocumentLaws() {
    check(DocumentType.CHECK_REPORT, ResultGens.checkReports(), 100);
  }

  @Test
  void generatedMonitoringReportsKeepTheDocumentLaws() {
    check(DocumentType.MONITORING, JixiaoGens.monitoringReports(), 200);
  }

  private static <T> void check(DocumentType<T> type, Gen<T> gen, int examples) {
    qt().withExamples(examples).forAll(QuickTheoriesGens.of(gen))
        .checkAssert(value -> assertDocumentLaws(type, value));
  }

  private static <T> void assertDocumentLaws(DocumentType<T> type, T value) {
    String text = JSON.write(type, value);
    T read = JSON.read(type, text);

    assertThat(read).as("%s read back from:%n%s", type, text).isEqualTo(value);
    assertThat(JSON.write(type, read).getBytes(StandardCharsets.UTF_8))
        .as("%s written again, from:%n%s", type, text)
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(validate(type, text)).as("%s against its schema:%n%s", type, text).isEmpty();
    assertThat(numbers(text)).as("%s numbers in:%n%s", type, text)
        .allSatisfy(number -> assertThat(number).matches(PLAIN));
  }

  private static List<Error> validate(DocumentType<?> type, String document) {
    Schema schema;
    synchronized (SCHEMAS) {
      schema = SCHEMAS.computeIfAbsent(type, t -> SchemaRegistry
          .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(JixiaoJson.schema(t)));
    }
    try {
      return schema.validate(MAPPER.readTree(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every number in {@code document}, as written. */
  private static List<String> numbers(String document) {
    List<String> numbers = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          numbers.add(parser.getText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return numbers;
  }
}
