package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader against the hostile documents of issue 11: numbers no value accepts, negative
 * scales, floods of problems, long paths and names, control characters and encodings.
 */
class HostileInputTest {

  private final JixiaoJson json = JixiaoJson.standard();

  private static String resource(String name) {
    try {
      return Files.readString(Path.of(HostileInputTest.class.getResource(name).toURI()));
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonDocumentException refused(Runnable read) {
    return assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> catchThrowableOfType(JsonDocumentException.class, read::run));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"firstYear\": 1e999999999", "\"lastYear\": 1e-999999999",
      "\"rounding\": {\"scale\": 1e999999999, \"mode\": \"HALF_UP\"}",
      "\"indicators\": [{\"level\": 1e999999999}]", "\"firstYear\": 1e99999999999",
      "\"firstYear\": 1E-2147483648", "\"firstYear\": 1e2147483647"})
  void aRulebookNumberNoValueAcceptsIsRefusedAtItsPathWithoutExpandingIt(String field) {
    String text = "{\"format\": \"jixiao/rulebook/1\",\n  " + field + "}";

    JsonDocumentException e = refused(() -> json.readRulebook(text));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.LIMIT);
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message(Locale.ENGLISH)).contains("out of range").contains("40 digits");
      assertThat(p.message(Locale.CHINESE)).contains("超出范围");
      assertThat(p.message(Locale.ENGLISH).length()).isLessThan(200);
    });
  }

  @Test
  void aNumberOfFortyDigitsEachSideIsReadAndOneMoreIsNot() {
    String forty = "1".repeat(40);
    String base = "{\"format\": \"jixiao/rulebook/1\", \"x\": ";

    JsonDocumentException within = refused(() -> json.readRulebook(base + forty + "." + forty
        + "}"));
    JsonDocumentException beyond = refused(() -> json.readRulebook(base + "0." + forty + "1}"));

    // Within the bound the number is read, and the field is then unknown.
    assertThat(within.problems()).extracting(JsonProblem::kind)
        .doesNotContain(JsonProblem.Kind.LIMIT);
    assertThat(beyond.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.LIMIT);
      assertThat(p.jsonPath()).isEqualTo("$.x");
    });
  }

  @Test
  void aNegativeScaleIsReadAsTheWholeNumberItWritesSoReadWriteReadIsIdentity() {
    SelfEvaluation read = json.readEvaluation(resource("/reproducers/D7-negative-scale-roundtrip.json"));

    assertThat(read.getBudget().getFullYear()).isEqualTo(new BigDecimal("3300"));
    assertThat(read.getBudget().getFullYear().scale()).isZero();
    String once = json.write(read);
    SelfEvaluation again = json.readEvaluation(once);
    assertThat(again).isEqualTo(read);
    assertThat(json.write(again)).isEqualTo(once).contains("\"fullYear\": 3300,");
  }

  @Test
  void theDocumentsTheFuzzerFoundReadWriteReadAlike() {
    SelfEvaluation evaluation =
        json.readEvaluation(resource("/reproducers/D7-found-by-fuzzing-evaluation.json"));
    Rulebook rulebook = json.readRulebook(resource("/reproducers/D7-found-by-fuzzing-rulebook.json"));

    assertThat(json.readEvaluation(json.write(evaluation))).isEqualTo(evaluation);
    assertThat(json.write(json.readEvaluation(json.write(evaluation))))
        .isEqualTo(json.write(evaluation)).contains("\"actual\": 939180");
    assertThat(json.readRulebook(json.write(rulebook))).isEqualTo(rulebook);
    assertThat(json.write(rulebook)).contains("\"from\": 100");
  }

  @Test
  void aFloodOfProblemsKeepsTheFirstThousandAndCountsTheRest() {
    int n = 2_000_000;
    String text = "{\"format\": \"jixiao/self-evaluation/1\", \"tasks\": [" + "1,".repeat(n - 1)
        + "1]}";

    JsonDocumentException e = refused(() -> json.readEvaluation(text));

    // Two million elements that are no task, and the four required fields missing (kind,
    // fiscalYear, department, budget), found after the tasks: 2 000 004 problems.
    assertThat(e.problems()).hasSize(1000);
    assertThat(e.omitted()).isEqualTo(n + 4 - 1000);
    assertThat(e.problems().get(999).jsonPath()).isEqualTo("$.tasks[999]");
    assertThat(e.getMessage()).startsWith("cannot read self-evaluation (2000004 problems)")
        .endsWith("and 1999004 more problems");
    assertThat(e.describe(Locale.ENGLISH)).endsWith("\nand 1999004 more problems");
    assertThat(e.describe(Locale.CHINESE)).endsWith("\n另有 1999004 个问题未列出");
    assertThat(e.getMessage().length()).isLessThan(200_000);
  }

  @Test
  void aLongPathIsShownWithItsMiddleElidedAndEachLongNameCut() {
    StringBuilder s = new StringBuilder("{\"format\": \"jixiao/self-evaluation/1\", \"department\": ");
    for (int d = 0; d < 60; d++) {
      s.append("{\"").append("k").append(d).append("y".repeat(500)).append("\":");
    }
    s.append("[0, 0]").append("}".repeat(60)).append('}');

    JsonDocumentException e = refused(() -> json.readEvaluation(s.toString()));

    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.UNKNOWN_FIELD);
      assertThat(p.jsonPath()).isEqualTo("$.department.k0" + "y".repeat(38) + "…");
    });
    // The element paths inside are never built whole: they are not problems.
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.jsonPath().length()).isLessThan(300));
  }

  @Test
  void theFieldsOfATypeAreListedOnceNotInEveryHint() {
    String text = "{\"format\": \"jixiao/self-evaluation/1\", \"qqqqqqqqq\": 1, \"zzzzzzzzz\": 2}";

    JsonDocumentException e = refused(() -> json.readEvaluation(text));

    assertThat(e.problems()).filteredOn(p -> p.kind() == JsonProblem.Kind.UNKNOWN_FIELD)
        .extracting(p -> p.hint(Locale.ENGLISH).orElse(""))
        .satisfiesExactly(
            first -> assertThat(first).startsWith("the fields of SelfEvaluation are: "),
            second -> assertThat(second).doesNotContain(", ").contains("listed"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u001b", "\\u0000", "\\u007f", "\\u202e", "\\u2066", "\\u0007"})
  void aControlCharacterOrBidiOverrideInTextIsRefusedByItsCodePoint(String escape) {
    String text = "{\"format\": \"jixiao/self-evaluation/1\",\n \"title\": \"a" + escape + "b\"}";
    String code = "U+" + escape.substring(2).toUpperCase(Locale.ROOT);

    JsonDocumentException e = refused(() -> json.readEvaluation(text));

    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
      assertThat(p.jsonPath()).isEqualTo("$.title");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message(Locale.ENGLISH)).contains(code).contains("character 2");
      assertThat(p.message(Locale.CHINESE)).contains(code);
    });
  }

  @Test
  void tabNewlineAndCarriageReturnAreText() {
    SelfEvaluation seed = BaiyunEvaluation.evaluation();
    String text = json.write(seed).replace("\"title\": \"", "\"title\": \"\\t\\r\\n");

    assertThat(json.readEvaluation(text).getTitle()).hasValueSatisfying(
        t -> assertThat(t).startsWith("\t\r\n"));
  }

  @Test
  void utf16WithoutAByteOrderMarkIsNamed() {
    byte[] be = "{\"format\": \"jixiao/self-evaluation/1\"}".getBytes(StandardCharsets.UTF_16BE);
    byte[] le = "{\"format\": \"jixiao/self-evaluation/1\"}".getBytes(StandardCharsets.UTF_16LE);

    for (byte[] bytes : new byte[][] {be, le}) {
      JsonDocumentException e = refused(() -> json.readEvaluation(new ByteArrayInputStream(bytes)));
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(JsonProblem.Kind.ENCODING);
        assertThat(p.message(Locale.ENGLISH)).contains("UTF-16");
      });
    }
  }

  @Test
  void anUnpairedSurrogateInAFieldNameIsAnEncodingProblemInTheObjectThatHasIt() {
    String text = "{\"format\": \"jixiao/self-evaluation/1\",\n \"a\\ud800\": 1}";

    JsonDocumentException e = refused(() -> json.readEvaluation(text));

    // The parser refuses the name before it is read: placed in its object, at its escape.
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.ENCODING);
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(10);
      assertThat(p.jsonPath()).isEqualTo("$");
      assertThat(p.message(Locale.ENGLISH)).startsWith("a field name has an unpaired surrogate escape");
      assertThat(p.message(Locale.CHINESE)).startsWith("字段名含不成对的代理项转义");
    });
  }

  @Test
  void aLineBreakInAFieldNameIsEscapedInItsPathAndMessage() {
    String text = "{\"format\": \"jixiao/self-evaluation/1\",\n \"a\\r\\nb\\tc\": 1}";

    JsonDocumentException e = refused(() -> json.readEvaluation(text));

    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.UNKNOWN_FIELD);
      assertThat(p.jsonPath()).isEqualTo("$['a\\u000D\\u000Ab\\u0009c']");
      assertThat(p.message(Locale.ENGLISH)).contains("\"a\\u000D\\u000Ab\\u0009c\"");
    });
    assertThat(e.describe(Locale.ENGLISH)).doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void aHugeStringIsReportedByTheLimitNotByAPartialLength() {
    String text = "{\"format\": \"jixiao/self-evaluation/1\", \"title\": \""
        + "a".repeat(1_000_000) + "\"}";

    JsonDocumentException e = refused(() -> json.readEvaluation(text));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.LIMIT);
      assertThat(p.jsonPath()).isEqualTo("$.title");
      assertThat(p.message(Locale.ENGLISH)).isEqualTo(
          "a string is longer than the limit of 100000 characters");
      assertThat(p.message(Locale.CHINESE)).isEqualTo("字符串长于上限 100000 个字符");
    });
  }
}
