package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a reader of a bad document is told: every problem, where it is, and how to fix it. */
class ErrorReportingTest {

  private final JixiaoJson json = JixiaoJson.standard();

  private static String minimal() {
    try {
      return Files.readString(Path.of(ErrorReportingTest.class
          .getResource("/good/minimal-evaluation.json").toURI()), StandardCharsets.UTF_8);
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonDocumentException failure(String document) {
    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(document));
    assertThat(e).as("reading must fail").isNotNull();
    return e;
  }

  @Test
  void oneExceptionListsEveryProblemOfShapeInTheWholeDocument() {
    String document = minimal()
        .replace("\"fiscalYear\": 2021", "\"fiscalYaer\": 2021")
        .replace("\"name\": \"广州市白云区人民代表大会常务委员会办公室\"", "\"name\": 7")
        .replace("\"fullYear\": 3306.19", "\"fullYear\": \"3306.19\"")
        .replace("\"key\": true", "\"key\": true, \"priority\": 1");

    JsonDocumentException e = failure(document);

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath,
        JsonProblem::line).containsExactly(
            tuple(Kind.MISSING, "$.fiscalYear", 1),
            tuple(Kind.UNKNOWN_FIELD, "$.fiscalYaer", 4),
            tuple(Kind.WRONG_TYPE, "$.department.name", 7),
            tuple(Kind.WRONG_TYPE, "$.budget.fullYear", 16),
            tuple(Kind.UNKNOWN_FIELD, "$.tasks[0].priority", 18));
  }

  @Test
  void aMisspelledFieldIsReportedWithTheFieldMeant() {
    JsonDocumentException e = failure(minimal().replace("\"executed\"", "\"exectued\""));

    JsonProblem unknown = e.problems().stream().filter(p -> p.kind() == Kind.UNKNOWN_FIELD)
        .findFirst().orElseThrow();
    assertThat(unknown.jsonPath()).isEqualTo("$.budget.exectued");
    assertThat(unknown.line()).isEqualTo(16);
    assertThat(unknown.column()).isEqualTo(55);
    assertThat(unknown.hint(Locale.ENGLISH)).contains("did you mean \"executed\"?");
    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath)
        .contains(tuple(Kind.MISSING, "$.budget.executed"));
  }

  @Test
  void anUnknownFieldWithNoLikelyMeaningListsTheKnownFields() {
    JsonDocumentException e = failure(minimal().replace("\"unit\": \"WAN_YUAN\"",
        "\"unit\": \"WAN_YUAN\", \"资金来源\": \"财政拨款\""));

    JsonProblem unknown = e.problems().get(0);
    assertThat(unknown.jsonPath()).isEqualTo("$.budget['资金来源']");
    assertThat(unknown.hint(Locale.ENGLISH).orElseThrow()).startsWith("the fields of Budget are: ")
        .contains("unit", "fullYear", "executed", "threePublic", "payments");
  }

  @Test
  void aQuotedNumberAChineseUnitAndAQuotedBooleanGetTheFixAsHint() {
    JsonDocumentException e = failure(minimal()
        .replace("\"fullYear\": 3306.19", "\"fullYear\": \"3306.19\"")
        .replace("\"WAN_YUAN\"", "\"万元\"")
        .replace("\"key\": true", "\"key\": \"true\""));

    assertThat(e.problems())
        .extracting(JsonProblem::jsonPath, p -> p.hint(Locale.ENGLISH).orElse(""))
        .containsExactly(
            tuple("$.budget.unit", "did you mean \"WAN_YUAN\"?"),
            tuple("$.budget.fullYear", "write the number without quotes: 3306.19"),
            tuple("$.tasks[0].key", "write it without quotes: true"));
  }

  @Test
  void violationsOfTheDomainArePlacedAtTheJsonPathOfTheValue() {
    JsonDocumentException e = failure(minimal()
        .replace("{\"code\": \"office-2\"", "{\"code\": \"office-1\"")
        .replace("\"executed\": 3212.37", "\"executed\": -3212.37"));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath,
        JsonProblem::line, JsonProblem::column).containsExactly(
            tuple(Kind.INVALID_VALUE, "$.department.duties[1].code", 13, 16),
            tuple(Kind.INVALID_VALUE, "$.budget.executed", 16, 67));
    assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("duplicate code 'office-1'");
    assertThat(e.problems().get(1).message(Locale.ENGLISH)).contains("greater than or equal to 0")
        .contains("-3212.37");
    assertThat(e.problems().get(1).message(Locale.CHINESE)).contains("-3212.37");
  }

  @Test
  void everyViolationOfAnInvalidObjectIsListed() {
    JsonDocumentException e = failure(minimal().replace(
        "\"budget\": {\"unit\": \"WAN_YUAN\", \"fullYear\": 3306.19, \"executed\": 3212.37}",
        "\"budget\": {\"fullYear\": 100, \"executed\": 90, "
            + "\"basic\": {\"budget\": 60, \"executed\": 50}, "
            + "\"project\": {\"budget\": 50, \"executed\": 30}}"));

    assertThat(e.problems()).extracting(JsonProblem::jsonPath).containsExactlyInAnyOrder(
        "$.budget.fullYear", "$.budget.executed");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message(Locale.ENGLISH))
        .contains("a total must equal its parts"));
  }

  @Test
  void aMissingRequiredFieldIsOneProblemEachAtItsOwnPath() {
    JsonDocumentException e = failure(minimal().replace(
        "{\"code\": \"office-1\", \"text\": \"负责区人大会议等有关重要会议的会务组织\"}", "{}"));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath,
        JsonProblem::line).containsExactly(
            tuple(Kind.MISSING, "$.department.duties[0].code", 12),
            tuple(Kind.MISSING, "$.department.duties[0].text", 12));
  }

  @Test
  void allDuplicateKeysAreReportedWithBothPlaces() {
    JsonDocumentException e = failure(minimal()
        .replace("\"fiscalYear\": 2021,", "\"fiscalYear\": 2021, \"fiscalYear\": 2022,")
        .replace("\"executed\": 3212.37", "\"executed\": 3212.37, \"executed\": 3312.37"));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath)
        .containsExactly(tuple(Kind.DUPLICATE_KEY, "$.fiscalYear"),
            tuple(Kind.DUPLICATE_KEY, "$.budget.executed"));
    assertThat(e.problems().get(0).message(Locale.ENGLISH))
        .contains("already given at line 4, column 3");
  }

  @Test
  void aDocumentOfAnotherFormatVersionIsRefusedByItsFormatAlone() {
    JsonDocumentException e = failure(minimal()
        .replace("jixiao/self-evaluation/2", "jixiao/self-evaluation/3")
        .replace("\"fullYear\"", "\"fullyear\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.FORMAT);
      assertThat(p.jsonPath()).isEqualTo("$.format");
      assertThat(p.message(Locale.ENGLISH)).contains("version 3")
          .contains("reads versions 1 to 2");
    });
  }

  @Test
  void hintsAreInChineseWhereTheProblemIsDescribedInChinese() {
    JsonDocumentException e = failure(minimal()
        .replace("\"fullYear\": 3306.19", "\"fullYear\": \"3306.19\"")
        .replace("\"executed\": 3212.37", "\"exectued\": 3212.37"));

    assertThat(e.problems()).extracting(JsonProblem::jsonPath,
        p -> p.hint(Locale.ENGLISH).orElse(""), p -> p.hint(Locale.CHINESE).orElse(""))
        .containsExactly(
        tuple("$.budget.executed", "add \"executed\": a number", "请添加 \"executed\"：数字"),
        tuple("$.budget.fullYear", "write the number without quotes: 3306.19",
            "数字请不要加引号：3306.19"),
        tuple("$.budget.exectued", "did you mean \"executed\"?", "是否应为 \"executed\"？"));
    assertThat(e.describe(Locale.SIMPLIFIED_CHINESE)).contains("（数字请不要加引号：3306.19）")
        .contains("（是否应为 \"executed\"？）").doesNotContain("without quotes", "did you mean");
    assertThat(e.describe(Locale.ENGLISH)).contains("(write the number without quotes: 3306.19)")
        .contains("(did you mean \"executed\"?)");
    JsonProblem quoted = e.problems().get(1);
    assertThat(quoted.describe(Locale.SIMPLIFIED_CHINESE)).endsWith("（数字请不要加引号：3306.19）");
    assertThat(quoted.hint(Locale.CHINA)).contains("数字请不要加引号：3306.19");
    assertThat(quoted.hint(Locale.ENGLISH)).contains("write the number without quotes: 3306.19");
    assertThat(quoted.hint()).map(Message::getKey).contains("io.shape.unquote-number");
  }

  @Test
  void aProblemIsMadeOfMessagesRenderedInTheLanguageAsked() {
    JsonProblem p = new JsonProblem(Kind.INVALID_VALUE, "$.x", 1, 2,
        Message.of("io.value.unreadable"), Optional.of(Message.of("io.value.unreadable.hint")));

    assertThat(p.message(Locale.CHINESE)).isEqualTo("无法读取该值");
    assertThat(p.hint(Locale.ENGLISH)).contains(
        "check the value against the document's JSON Schema");
    assertThat(p.describe(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("第 1 行第 2 列，$.x：无法读取该值（请对照文档的 JSON Schema 检查该值）");
    assertThat(p.describe(Locale.ENGLISH)).isEqualTo("line 1, column 2, $.x: cannot read the value"
        + " (check the value against the document's JSON Schema)");
    assertThat(p.describe("a.json", Locale.CHINESE))
        .isEqualTo("a.json:1:2: $.x: 无法读取该值（请对照文档的 JSON Schema 检查该值）");
    assertThat(p.describe(null, Locale.ENGLISH)).isEqualTo("1:2: $.x: cannot read the value"
        + " (check the value against the document's JSON Schema)");
    assertThat(p).isNotEqualTo(new JsonProblem(Kind.INVALID_VALUE, "$.x", 1, 2,
        Message.of("io.value.unreadable")));
    JsonProblem own = new JsonProblem(Kind.INVALID_VALUE, "x", 0, 0,
        Message.custom("acme.bad", "不对", "bad"));
    assertThat(own.jsonPath()).isEqualTo("$.x");
    assertThat(own.hint()).isEmpty();
    assertThat(own.describe(Locale.CHINESE)).isEqualTo("$.x：不对");
    assertThat(own.describe(Locale.ENGLISH)).isEqualTo("$.x: bad");
  }

  @Test
  void everyProblemOfTheBadCorpusIsSaidInChineseToo() throws Exception {
    for (BadCorpusTest.Expected expected : BadCorpusTest.manifest()
        .filter(x -> !x.file().startsWith("generated:")).toList()) {
      JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
          () -> json.read(expected.type(), BadCorpusTest.corpus().resolve(expected.file())));
      assertThat(e.problems()).as(expected.file()).allSatisfy(p -> {
        assertThat(p.message(Locale.CHINESE)).isNotEqualTo(p.message(Locale.ENGLISH));
        p.hint(Locale.ENGLISH).ifPresent(
            hint -> assertThat(p.hint(Locale.CHINESE)).get().isNotEqualTo(hint));
      });
    }
  }

  @Test
  void theExceptionDescribesItselfLikeACompilerInBothLanguages() {
    JsonDocumentException e = failure(minimal().replace("\"executed\": 3212.37",
        "\"executed\": -3212.37"));

    assertThat(e.describe(Locale.ENGLISH)).startsWith("16:67: $.budget.executed: must be greater"
        + " than or equal to 0");
    assertThat(e.describe(Locale.SIMPLIFIED_CHINESE)).startsWith("16:67: $.budget.executed: ")
        .contains("-3212.37");
    assertThat(e.getMessage()).startsWith("cannot read self-evaluation (1 problem)")
        .contains("line 16, column 67, $.budget.executed");
  }

  @Test
  void aStrictReaderRefusesEveryCoercionJacksonWouldAllow() {
    assertThat(failure(minimal().replace("\"fiscalYear\": 2021", "\"fiscalYear\": 2021.0"))
        .problems()).extracting(JsonProblem::jsonPath).containsExactly("$.fiscalYear");
    assertThat(failure(minimal().replace("\"fiscalYear\": 2021", "\"fiscalYear\": \"2021\""))
        .problems()).extracting(JsonProblem::jsonPath).containsExactly("$.fiscalYear");
    assertThat(failure(minimal().replace("\"level\": \"COUNTY\"", "\"level\": 3"))
        .problems()).extracting(JsonProblem::jsonPath).containsExactly("$.department.level");
    assertThat(failure(minimal().replace("\"code\": \"proposals\"", "\"code\": 42"))
        .problems()).extracting(JsonProblem::jsonPath).containsExactly("$.tasks[0].code");
  }

  @Test
  void limitsAreConfigurable() {
    JixiaoJson small = JixiaoJson.builder().limits(new ReadLimits(300, 64, 100_000, 100, 1000))
        .build();

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> small.readEvaluation(minimal()));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.LIMIT);
      assertThat(p.message(Locale.ENGLISH)).contains("larger than the limit of 300 bytes in UTF-8");
    });
    assertThat(json.readEvaluation(minimal()).getFiscalYear()).isEqualTo(2021);
  }

  @Test
  void nestingLimitsStopShortOfTheStackWhateverACallerAsksFor() {
    assertThatThrownBy(() -> new ReadLimits(16L * 1024 * 1024, 1001, 100_000, 100, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth 1001 is above 1000");
    JixiaoJson deepest = JixiaoJson.builder()
        .limits(new ReadLimits(16L * 1024 * 1024, ReadLimits.MAX_NESTING_DEPTH, 100_000, 100, 1000))
        .build();
    String nested = "{\"format\": \"jixiao/self-evaluation/1\", \"title\": "
        + "[".repeat(50_000) + "]".repeat(50_000) + "}";

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> deepest.readEvaluation(nested));

    assertThat(e.problems()).extracting(JsonProblem::kind).contains(Kind.LIMIT);
  }
}
