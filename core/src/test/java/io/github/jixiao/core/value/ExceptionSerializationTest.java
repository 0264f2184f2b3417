package io.github.jixiao.core.value;

import io.github.jixiao.core.message.JixiaoException;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An invalid value's exception keeps its violations through Java serialization. */
class ExceptionSerializationTest {

  @Test
  void anInvalidBudgetKeepsEveryViolationAndItsMessagesThroughSerialization() throws Exception {
    InvalidValueException sent = new InvalidValueException("Budget", List.of(
        new Violation("executed", "is required", "必填"),
        new Violation("fullYear", "must be greater than or equal to 0 (was -5)",
            "必须是正数或零（实际为 -5）")), 3);

    InvalidValueException received = roundTrip(sent);

    assertThat(received).isInstanceOf(JixiaoException.class);
    assertThat(received.type()).isEqualTo("Budget");
    assertThat(received.omitted()).isEqualTo(3);
    assertThat(received.violations()).containsExactly(
        new Violation("$.executed", "is required", "必填"),
        new Violation("$.fullYear", "must be greater than or equal to 0 (was -5)",
            "必须是正数或零（实际为 -5）"));
    assertThat(received.getMessage()).isEqualTo("Invalid Budget (5 problems): $.executed: is"
        + " required; $.fullYear: must be greater than or equal to 0 (was -5); and 3 more");
    assertThat(received.message(Locale.CHINESE)).isEqualTo("Budget 不合法（5 处问题）：$.executed: "
        + "必填；$.fullYear: 必须是正数或零（实际为 -5）；另有 3 处");
    assertThat(received.describe(Locale.ENGLISH)).isEqualTo("$.executed: is required\n"
        + "$.fullYear: must be greater than or equal to 0 (was -5)\nand 3 more");
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T sent) throws IOException, ClassNotFoundException {
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
