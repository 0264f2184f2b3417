package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jixiao.core.Amount;
import io.github.jixiao.core.MoneyUnit;
import io.github.jixiao.core.Percentage;
import io.github.jixiao.core.Points;
import io.github.jixiao.core.SelfEvaluation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents in files and streams; the Jackson module on a mapper of one's own. */
class FilesStreamsAndModuleTest {

  private final JixiaoJson json = JixiaoJson.standard();

  @TempDir
  Path dir;

  @Test
  void anEvaluationIsWrittenToAndReadFromAFileAndAStream() {
    SelfEvaluation seed = BaiyunEvaluation.everyField();
    Path file = dir.resolve("evaluation.json");

    json.write(DocumentType.SELF_EVALUATION, seed, file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(DocumentType.SELF_EVALUATION, seed, out);

    assertThat(json.readEvaluation(file)).isEqualTo(seed);
    assertThat(json.readEvaluation(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(seed);
    assertThat(json.readAny(file)).isEqualTo(seed);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(seed))
        .contains("广州市白云区人民代表大会常务委员会办公室");
  }

  @Test
  void aProblemInAFileNamesTheFile() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json.write(BaiyunEvaluation.evaluation())
        .replace("\"fullYear\": 3306.19", "\"fullYear\": -1"));

    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(file));

    assertThat(e.source()).contains(file.toString());
    assertThat(e.getMessage()).startsWith(file + ": cannot read self-evaluation");
    assertThat(e.describe(Locale.ENGLISH)).startsWith(file + ":");
  }

  @Test
  void aFileThatCannotBeReadIsAnIoFailureNotADocumentProblem() {
    Path missing = dir.resolve("missing.json");

    JsonFileException e = catchThrowableOfType(JsonFileException.class,
        () -> json.readEvaluation(missing));

    assertThat(e.file()).contains(missing.toString());
    assertThat(e.getMessage()).isEqualTo("cannot read " + missing + ": no such file");
    assertThat(e.message(Locale.CHINESE)).isEqualTo("无法读取 " + missing + "：文件不存在");
    assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void aDirectoryIsSaidToBeOneInJixiaosWordsNotTheSystems() {
    // Opening a directory succeeds on Linux and reading it fails with the system's "Is a
    // directory": neither the text nor the JDK's class is shown.
    JsonFileException read = catchThrowableOfType(JsonFileException.class,
        () -> json.readEvaluation(dir));
    JsonFileException any = catchThrowableOfType(JsonFileException.class,
        () -> json.readAny(dir));
    JsonFileException written = catchThrowableOfType(JsonFileException.class,
        () -> json.write(DocumentType.SELF_EVALUATION, BaiyunEvaluation.evaluation(), dir));

    assertThat(read.getMessage())
        .isEqualTo("cannot read " + dir + ": it is a directory, not a file");
    assertThat(read.message(Locale.CHINESE)).isEqualTo("无法读取 " + dir + "：这是一个目录，不是文件");
    assertThat(any.message(Locale.CHINESE)).isEqualTo(read.message(Locale.CHINESE));
    assertThat(written.getMessage())
        .isEqualTo("cannot write " + dir + ": it is a directory, not a file");
    assertThat(written.message(Locale.CHINESE)).isEqualTo("无法写入 " + dir + "：这是一个目录，不是文件");
    assertThat(read.getCause()).isInstanceOf(IOException.class);
    for (JsonFileException e : List.of(read, any, written)) {
      assertThat(e.describe(Locale.ENGLISH) + e.describe(Locale.CHINESE))
          .doesNotContain("Is a directory", "Exception");
    }
  }

  @Test
  void aStreamThatFailsIsSaidSoWithTheFailureAsItsCause() {
    IOException broken = new IOException("Connection reset by peer");
    InputStream in = new InputStream() {
      @Override
      public int read() throws IOException {
        throw broken;
      }
    };

    JsonFileException e = catchThrowableOfType(JsonFileException.class,
        () -> json.readEvaluation(in));

    assertThat(e.file()).isEmpty();
    assertThat(e.getMessage()).isEqualTo("cannot read the document: the stream failed");
    assertThat(e.message(Locale.CHINESE)).isEqualTo("无法读取文档：输入流出错");
    assertThat(e.getCause()).isSameAs(broken);
  }

  @Test
  void theModuleIsFoundThroughServiceLoaderAndCarriesItsVersion() {
    // Jackson's own discovery, as a user calls it: the service file on the class path, the
    // descriptor's `provides` on the module path (the tests run there).
    assertThat(ObjectMapper.findModules()).anySatisfy(
        m -> assertThat(m).isInstanceOf(JixiaoModule.class));
    assertThat(new JixiaoModule().version().toString()).isEqualTo("0.2.0-SNAPSHOT");
    assertThat(new JixiaoModule().version().getArtifactId()).isEqualTo("jixiao-io");
  }

  @Test
  void aMapperOfOnesOwnWithTheModuleReadsAndWritesJixiaoValues() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    SelfEvaluation seed = BaiyunEvaluation.everyField();

    assertThat(mapper.readValue(mapper.writeValueAsString(seed), SelfEvaluation.class))
        .isEqualTo(seed);
  }

  @Test
  void exactValuesAreNumbersAndAnAmountIsAValueWithItsUnit() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new JixiaoModule()).build();

    assertThat(mapper.writeValueAsString(Points.of("9.72"))).isEqualTo("9.72");
    assertThat(mapper.writeValueAsString(new Percentage(new BigDecimal("97.16"), 2)))
        .isEqualTo("97.16");
    assertThat(mapper.writeValueAsString(Amount.of("3306.19", MoneyUnit.WAN_YUAN)))
        .isEqualTo("{\"value\":3306.19,\"unit\":\"WAN_YUAN\"}");
    assertThat(mapper.readValue("94", Points.class)).isEqualTo(Points.of("94.00"));
    assertThat(mapper.readValue("92", Percentage.class))
        .isEqualTo(new Percentage(new BigDecimal("92"), 0));
    assertThat(mapper.readValue("97.16", Percentage.class).scale()).isEqualTo(2);
    assertThat(mapper.readValue("{\"value\": 3306.19, \"unit\": \"WAN_YUAN\"}", Amount.class))
        .isEqualTo(Amount.of("33061900", MoneyUnit.YUAN));
    assertThatThrownBy(() -> mapper.readValue("\"9.72\"", Points.class))
        .hasMessageContaining("expected a number");
    assertThatThrownBy(() -> mapper.readValue("9.725", Points.class))
        .hasMessageContaining("more than 2 decimals");
    assertThatThrownBy(() -> mapper.readValue("{\"value\": 1, \"unit\": \"元\"}", Amount.class))
        .hasMessageContaining("YUAN or WAN_YUAN");
  }
}
