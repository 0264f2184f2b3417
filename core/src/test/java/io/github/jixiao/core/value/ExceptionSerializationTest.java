package io.github.jixiao.core.value;

import io.github.jixiao.core.message.JixiaoException;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An invalid value's exception keeps its violations through Java serialization. */
class ExceptionSerializationTest {

  @Test
  void anInvalidBudgetKeepsEveryViolationAndItsMessagesThroughSerialization() throws Exception {
    Message required = Message.of("core.value.required");
    Message negative = Message.of("core.constraint.PositiveOrZero",
        Argument.text("actual", "-5"), Argument.number("value", new BigDecimal("0")));
    InvalidValueException sent = new InvalidValueException("Budget", List.of(
        new Violation("executed", required), new Violation("fullYear", negative)), 3);

    InvalidValueException received = roundTrip(sent);

    assertThat(received).isInstanceOf(JixiaoException.class);
    assertThat(received.type()).isEqualTo("Budget");
    assertThat(received.omitted()).isEqualTo(3);
    assertThat(received.violations()).containsExactly(
        new Violation("$.executed", required), new Violation("$.fullYear", negative));
    assertThat(received.getMessage()).isEqualTo("Invalid Budget (5 problems): $.executed: is"
        + " required but was not set; $.fullYear: must be greater than or equal to 0 (was -5);"
        + " and 3 more");
    assertThat(received.message(Locale.CHINESE)).isEqualTo("Budget 不合法（5 处问题）：$.executed: "
        + "为必填项，但未设置；$.fullYear: 必须大于或等于 0（实际为 -5）；另有 3 处");
    assertThat(received.describe(Locale.ENGLISH)).isEqualTo("$.executed: is required but was not"
        + " set\n$.fullYear: must be greater than or equal to 0 (was -5)\nand 3 more");
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
