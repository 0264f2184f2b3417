package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.io.JsonProblem.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that cannot be UTF-8 (an unpaired surrogate) is never read and never written silently
 * replaced; the size limit is in UTF-8 bytes whichever way a document comes.
 */
class UnicodeAndSizeTest {

  private final JixiaoJson json = JixiaoJson.standard();

  @TempDir
  Path dir;

  /** The seed's text with its department's name ending in {@code escape}, as written in JSON. */
  private String withName(String escape) {
    String text = json.write(BaiyunEvaluation.evaluation());
    String name = "\"name\": \"" + BaiyunEvaluation.NAME + "\"";
    assertThat(text).contains(name);
    int at = text.indexOf(name);
    return text.substring(0, at) + "\"name\": \"" + BaiyunEvaluation.NAME + escape + "\""
        + text.substring(at + name.length());
  }

  private JsonDocumentException refusedEverywhere(String text) throws IOException {
    Path file = dir.resolve("document.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    byte[] bytes = Files.readAllBytes(file);
    JsonDocumentException fromString = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(text));
    JsonDocumentException fromStream = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(new ByteArrayInputStream(bytes)));
    JsonDocumentException fromFile = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(file));
    assertThat(fromString).as("from a String").isNotNull();
    assertThat(fromStream).as("from a stream").isNotNull();
    assertThat(fromFile).as("from a file").isNotNull();
    assertThat(fromStream.problems()).isEqualTo(fromString.problems());
    assertThat(fromFile.problems()).isEqualTo(fromString.problems());
    return fromString;
  }

  @Test
  void anEscapedUnpairedSurrogateIsRefusedFromAStringAStreamAndAFile() throws IOException {
    for (String escape : new String[] {"\\ud800x", "\\udc00", "\\ud800", "\\ud800\\ud800"}) {
      JsonDocumentException e = refusedEverywhere(withName(escape));

      assertThat(e.problems()).as(escape)
          .extracting(JsonProblem::kind, JsonProblem::jsonPath, JsonProblem::line)
          .containsExactly(tuple(Kind.ENCODING, "$.department.name", 8));
      assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("unpaired surrogate \\uD")
          .contains("at character " + (BaiyunEvaluation.NAME.length() + 1));
      assertThat(e.problems().get(0).message(Locale.CHINESE)).contains("不成对的代理项");
    }
  }

  @Test
  void anEscapedSurrogatePairIsReadAndWrittenBackTheSame() throws IOException {
    SelfEvaluation read = json.readEvaluation(withName("\\ud83d\\ude00"));
    assertThat(read.getDepartment().getName()).isEqualTo(BaiyunEvaluation.NAME + "😀");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(DocumentType.SELF_EVALUATION, read, out);
    Path file = dir.resolve("pair.json");
    json.write(DocumentType.SELF_EVALUATION, read, file);

    assertThat(json.readEvaluation(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(read);
    assertThat(json.readEvaluation(file)).isEqualTo(read);
    assertThat(Files.readString(file)).contains(BaiyunEvaluation.NAME + "😀");
  }

  @Test
  void aStringWithARawUnpairedSurrogateIsRefusedWithItsPathAndLine() {
    String text = withName("\udfff");

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(text));

    assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath,
        JsonProblem::line, JsonProblem::column)
        .containsExactly(tuple(Kind.ENCODING, "$.department.name", 8, 13));
  }

  @Test
  void aValueThatIsNotUnicodeIsNeverWrittenWithAReplacement() throws IOException {
    SelfEvaluation bad = withDepartmentName(BaiyunEvaluation.NAME + '\ud800' + "x");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Path file = dir.resolve("kept.json");
    Files.writeString(file, "kept");

    assertThatThrownBy(() -> json.write(DocumentType.SELF_EVALUATION, bad, out))
        .isInstanceOf(JsonWriteException.class)
        .hasMessageContaining("unpaired surrogate \\uD800");
    assertThatThrownBy(() -> json.write(DocumentType.SELF_EVALUATION, bad, file))
        .isInstanceOf(JsonWriteException.class)
        .hasMessageContaining("unpaired surrogate \\uD800");

    assertThat(out.size()).isZero();
    assertThat(Files.readString(file)).isEqualTo("kept");
  }

  private static SelfEvaluation withDepartmentName(String name) {
    return BaiyunEvaluation.evaluation(BaiyunEvaluation.department(name).build());
  }

  @Test
  void theSizeLimitIsInUtf8BytesForAStringAsForAStreamAndAFile() throws IOException {
    String text = json.write(BaiyunEvaluation.evaluation());
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).as("Chinese text: more bytes than characters")
        .isGreaterThan(text.length() + 100);
    Path file = dir.resolve("evaluation.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Function<Long, JixiaoJson> limitedTo = max -> JixiaoJson.builder()
        .limits(new ReadLimits(max, 64, 100_000, 100, 1000)).build();

    // Just over the limit in bytes, well under it in characters: refused every way.
    JixiaoJson tight = limitedTo.apply(bytes - 1L);
    for (Function<JixiaoJson, Object> read : java.util.List.<Function<JixiaoJson, Object>>of(
        j -> j.readEvaluation(text),
        j -> j.readEvaluation(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
        j -> j.readEvaluation(file))) {
      JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
          () -> read.apply(tight));
      assertThat(e).isNotNull();
      assertThat(e.problems()).extracting(JsonProblem::kind, JsonProblem::jsonPath)
          .containsExactly(tuple(Kind.LIMIT, "$"));
      assertThat(e.problems().get(0).message(Locale.ENGLISH)).contains("larger than the limit of " + (bytes - 1))
          .contains("bytes");

      // Exactly at the limit: read every way.
      assertThat(read.apply(limitedTo.apply((long) bytes)))
          .isEqualTo(BaiyunEvaluation.evaluation());
    }
  }
}
