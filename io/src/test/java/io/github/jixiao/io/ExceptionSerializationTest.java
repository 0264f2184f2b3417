package io.github.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jixiao.core.message.JixiaoException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A document that cannot be read or written is told by a Jixiao exception that keeps its problems,
 * their paths and both languages' messages through Java serialization.
 */
class ExceptionSerializationTest {

  private final JixiaoJson json = JixiaoJson.standard();

  @Test
  void aDocumentThatCannotBeReadKeepsItsProblemsThroughSerialization() throws Exception {
    String seed = json.write(BaiyunEvaluation.evaluation());
    String bad = seed.replaceFirst("\"fiscalYear\": 2021", "\"fiscalYear\": \"2021\"")
        .replaceFirst("\"executed\":", "\"excuted\":");
    JsonDocumentException sent = catchThrowableOfType(JsonDocumentException.class,
        () -> json.readEvaluation(bad));
    // the year as a string; executed misspelt, so missing too
    assertThat(sent.problems()).hasSize(3);

    JsonDocumentException received = roundTrip(sent);

    assertThat(received).isInstanceOf(JixiaoException.class);
    assertThat(received.problems()).isEqualTo(sent.problems());
    assertThat(received.problems()).extracting(JsonProblem::jsonPath)
        .containsExactly("$.fiscalYear", "$.budget.executed", "$.budget.excuted");
    assertThat(received.omitted()).isZero();
    assertThat(received.getMessage()).isEqualTo(sent.getMessage())
        .startsWith("cannot read self-evaluation (3 problems)\n  line 4, column 17, $.fiscalYear: ");
    assertThat(received.message(Locale.CHINESE)).startsWith("无法读取 self-evaluation（3 个问题）\n  ")
        .contains("$.fiscalYear");
    assertThat(received.describe(Locale.CHINESE)).isEqualTo(sent.describe(Locale.CHINESE));
  }

  @Test
  void aValueThatCannotBeWrittenKeepsItsProblemThroughSerialization() throws Exception {
    String name = BaiyunEvaluation.NAME + "\u001B[31m";
    JsonWriteException sent = catchThrowableOfType(JsonWriteException.class, () -> json.write(
        BaiyunEvaluation.evaluation(BaiyunEvaluation.department(name).build())));

    JsonWriteException received = roundTrip(sent);

    assertThat(received).isInstanceOf(JixiaoException.class);
    assertThat(received.documentName()).isEqualTo("self-evaluation");
    assertThat(received.problem()).isEqualTo(sent.problem());
    assertThat(received.problem().jsonPath()).isEqualTo("$.department.name");
    assertThat(received.getMessage()).startsWith(
        "cannot write self-evaluation: $.department.name: the text has the control character"
            + " U+001B at character " + (BaiyunEvaluation.NAME.length() + 1));
    assertThat(received.message(Locale.CHINESE)).startsWith("无法写出 self-evaluation：$.department.name：");
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T sent) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sent);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
