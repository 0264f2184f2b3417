package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.io.JsonProblem.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Baiyun seed ({@code examples/baiyun-2021/evaluation.json}) broken the ways a person breaks
 * a document — a stray comma, a quoted year, a field left out, an unknown field, a negative
 * amount, no format — is refused in one language at a time: every problem said in Chinese holds
 * no English word and every problem said in English no Chinese character, apart from the data
 * quoted from the document (JSON paths, field names, format ids) and JSON's own words.
 */
class BrokenSeedTest {

  private static final Path SEED = Path.of("../examples/baiyun-2021/evaluation.json");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  private static String seed;

  private final JixiaoJson json = JixiaoJson.standard();

  @TempDir
  Path dir;

  @BeforeAll
  static void readTheSeed() throws IOException {
    seed = Files.readString(SEED, StandardCharsets.UTF_8);
    JixiaoJson.standard().readEvaluation(seed);
  }

  /** The seed with {@code from}, which it must hold once, replaced. */
  private static String broken(String text, String from, String to) {
    assertThat(text.indexOf(from)).as(from).isNotNegative()
        .isEqualTo(text.lastIndexOf(from));
    return text.replace(from, to);
  }

  private JsonDocumentException refused(String text) {
    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readAny(text));
    assertThat(e).as("reading must fail").isNotNull();
    return e;
  }

  private static String strayComma() {
    return broken(seed, "\"fiscalYear\": 2021,", "\"fiscalYear\": 2021,,");
  }

  /** A quoted year, an unknown field and a field left out: three problems of shape at once. */
  private static String badShape() {
    String text = broken(seed, "\"fiscalYear\": 2021,", "\"fiscalYear\": \"2021\",");
    text = broken(text, "\"rulebook\": \"gz-dept-2021\",",
        "\"rulebook\": \"gz-dept-2021\", \"remarks\": \"补充说明\",");
    return broken(text, ",\n    \"executed\": 3212.37", "");
  }

  private static String negativeAmount() {
    return broken(seed, "\"executed\": 3212.37", "\"executed\": -3212.37");
  }

  private static String noFormat() {
    return broken(seed, "  \"format\": \"jixiao/self-evaluation/2\",\n", "");
  }

  @Test
  void eachBreakIsFoundAtItsPlace() {
    assertThat(refused(strayComma()).problems()).extracting(JsonProblem::kind,
        JsonProblem::jsonPath, JsonProblem::line, JsonProblem::column)
        .containsExactly(tuple(Kind.SYNTAX, "$", 4, 22));
    assertThat(refused(badShape()).problems()).extracting(JsonProblem::kind,
        JsonProblem::jsonPath, JsonProblem::line, JsonProblem::column).containsExactly(
            tuple(Kind.WRONG_TYPE, "$.fiscalYear", 4, 17),
            tuple(Kind.UNKNOWN_FIELD, "$.remarks", 6, 31),
            tuple(Kind.MISSING, "$.budget.executed", 287, 13));
    assertThat(refused(negativeAmount()).problems()).extracting(JsonProblem::kind,
        JsonProblem::jsonPath, JsonProblem::line, JsonProblem::column)
        .containsExactly(tuple(Kind.INVALID_VALUE, "$.budget.executed", 290, 17));
    assertThat(refused(noFormat()).problems()).extracting(JsonProblem::kind,
        JsonProblem::jsonPath, JsonProblem::line, JsonProblem::column)
        .containsExactly(tuple(Kind.FORMAT, "$", 1, 1));
  }

  @Test
  void aStrayCommaIsSaidInJixiaosWordsNotJacksons() {
    JsonProblem comma = refused(strayComma()).problems().get(0);

    assertThat(comma.describe(Locale.ENGLISH)).isEqualTo("line 4, column 22, $: not valid JSON:"
        + " expected a field name in double quotes, found ',' (U+002C) (field names are written"
        + " in double quotes, and there is no comma after the last field)");
    assertThat(comma.describe(Locale.CHINESE)).isEqualTo("第 4 行第 22 列，$：不是有效的 JSON：应为"
        + "双引号括起的字段名，实际为 ','（U+002C）（字段名要用双引号括起，最后一个字段后面不能有逗号）");
  }

  @Test
  void aMissingFieldIsSaidWithItsFixInTheSameLanguage() {
    JsonProblem missing = refused(badShape()).problems().get(2);

    assertThat(missing.describe(Locale.ENGLISH)).isEqualTo("line 287, column 13,"
        + " $.budget.executed: missing required field \"executed\" of Budget"
        + " (add \"executed\": a number)");
    assertThat(missing.describe(Locale.CHINESE)).isEqualTo(
        "第 287 行第 13 列，$.budget.executed：缺少必填字段 \"executed\"（请添加 \"executed\"：数字）");
  }

  @Test
  void aFileThatIsBrokenIsNamedAndCountedInEachLanguage() throws IOException {
    Path file = dir.resolve("evaluation.json");
    Files.writeString(file, badShape(), StandardCharsets.UTF_8);

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(file));

    assertThat(e.message(Locale.CHINESE)).startsWith(file + "：无法读取 self-evaluation（3 个问题）\n"
        + "  第 4 行第 17 列，$.fiscalYear：应为整数，实际为字符串 \"2021\"（数字请不要加引号：2021）\n");
    assertThat(e.getMessage()).startsWith(file + ": cannot read self-evaluation (3 problems)\n"
        + "  line 4, column 17, $.fiscalYear: expected a whole number, found a string \"2021\""
        + " (write the number without quotes: 2021)\n");
    assertThat(e.describe(Locale.CHINESE)).contains(file + ":287:13: $.budget.executed: 缺少必填字段");
  }

  @Test
  void everyProblemIsSaidInOneLanguageApartFromTheDocumentsData() throws IOException {
    Path file = dir.resolve("broken.json");
    List<JsonDocumentException> refusals = new ArrayList<>();
    for (String text : List.of(strayComma(), badShape(), negativeAmount(), noFormat())) {
      refusals.add(refused(text));
      Files.writeString(file, text, StandardCharsets.UTF_8);
      refusals.add(catchThrowableOfType(JsonDocumentException.class,
          () -> json.readEvaluation(file)));
    }

    for (JsonDocumentException e : refusals) {
      List<String> chinese = new ArrayList<>(List.of(e.message(Locale.CHINESE),
          e.describe(Locale.CHINESE)));
      List<String> english = new ArrayList<>(List.of(e.message(Locale.ENGLISH),
          e.describe(Locale.ENGLISH)));
      for (JsonProblem p : e.problems()) {
        chinese.add(p.message(Locale.CHINESE));
        p.hint(Locale.CHINESE).ifPresent(chinese::add);
        english.add(p.message(Locale.ENGLISH));
        p.hint(Locale.ENGLISH).ifPresent(english::add);
      }
      for (String text : chinese) {
        assertThat(ENGLISH_WORD.matcher(withoutData(text, file)).results().map(m -> m.group()))
            .as(text).isEmpty();
      }
      for (String text : english) {
        assertThat(CHINESE.matcher(withoutData(text, file)).find()).as(text).isFalse();
      }
    }
  }

  /**
   * {@code text} without the document's data: the file name, JSON paths, anything in double
   * quotes (field names and values quoted from the document), format ids and names
   * ({@code self-evaluation}) and the words of JSON
   * and of encodings that io's Chinese messages may hold ({@link IoBundleTest#DATA_IN_CHINESE}).
   */
  private static String withoutData(String text, Path file) {
    String rest = text.replace(file.toString(), " ")
        .replaceAll("\\$[^\\s：，（）:,()]*", " ")
        .replaceAll("\"[^\"]*\"", " ")
        .replaceAll("jixiao/[a-z-]+/[0-9]+", " ");
    for (DocumentType<?> type : DocumentType.all()) {
      rest = rest.replace(type.name(), " ");
    }
    for (String word : IoBundleTest.DATA_IN_CHINESE) {
      rest = rest.replace(word, " ");
    }
    return rest;
  }
}
