package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A scoring failure is a Jixiao exception that says a message and keeps its problems. */
class ScoringExceptionTest {

  private static final Violation MISSPELT = new Violation("$.indicators[0].rule.params.taget",
      Message.of("rules.params.unknown", Argument.text("type", "proportional"),
          Argument.text("param", "taget"), Argument.message("hint",
              Message.of("rules.suggestion.nearest", Argument.text("name", "target"))),
          Argument.text("taken", "target")));

  private static final Message CANNOT = Message.of("rules.verify.refusal",
      Argument.text("rulebook", "gz-dept-2021"),
      Argument.text("path", "$.indicators[0].rule.params.taget"),
      Argument.message("problem", MISSPELT.message()));

  @Test
  void itIsAJixiaoExceptionInEnglishAndChineseListingItsProblemsAtTheirPaths() {
    ScoringException e = new ScoringException("proportional", "2.1.1", CANNOT,
        List.of(MISSPELT), null);

    assertThat(e).isInstanceOf(JixiaoException.class);
    assertThat(e.said()).isEqualTo(CANNOT);
    assertThat(e.getMessage()).isEqualTo("the rulebook 'gz-dept-2021' cannot be scored:"
        + " $.indicators[0].rule.params.taget: the rule 'proportional' has no parameter 'taget';"
        + " did you mean 'target'? (it takes target); correct the rulebook");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("评分办法“gz-dept-2021”无法评分："
        + "$.indicators[0].rule.params.taget：评分方法“proportional”没有参数“taget”；"
        + "是否应为“target”？（可用参数：target）；请更正评分办法");
    assertThat(e.describe(Locale.CHINESE)).isEqualTo(e.message(Locale.CHINESE) + "\n"
        + "$.indicators[0].rule.params.taget: 评分方法“proportional”没有参数“taget”；"
        + "是否应为“target”？（可用参数：target）");
    assertThat(new ScoringException("proportional", "2.1.1", Message.of(
        "rules.guard.out-of-range", Argument.text("type", "proportional"),
        Argument.number("points", 11), Argument.text("code", "2.1.1"),
        Argument.number("weight", 10)), null).message(Locale.CHINESE))
        .isEqualTo("评分方法“proportional”给指标“2.1.1”的得分 11 不在 [0, 分值 10] 范围内");
  }

  @Test
  void itsProblemsAndMessagesSurviveJavaSerialization() throws Exception {
    ScoringException sent = new ScoringException("proportional", "2.1.1", CANNOT,
        List.of(MISSPELT), new ArithmeticException("/ by zero"));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(sent);
    }
    ScoringException received;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      received = (ScoringException) in.readObject();
    }

    assertThat(received.problems()).containsExactly(MISSPELT);
    assertThat(received.ruleType()).contains("proportional");
    assertThat(received.indicatorCode()).contains("2.1.1");
    assertThat(received.said()).isEqualTo(CANNOT);
    assertThat(received.getMessage()).isEqualTo(sent.getMessage());
    assertThat(received.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(sent.message(Locale.SIMPLIFIED_CHINESE)).startsWith("评分办法“gz-dept-2021”无法评分");
    assertThat(received.getCause()).isInstanceOf(ArithmeticException.class)
        .hasMessage("/ by zero");
  }
}
