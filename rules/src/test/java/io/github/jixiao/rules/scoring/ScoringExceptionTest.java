package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.value.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A scoring failure is a Jixiao exception, in both languages, that keeps its problems. */
class ScoringExceptionTest {

  private static final Violation MISSPELT = new Violation("$.indicators[0].rule.params.taget",
      "the rule 'proportional' has no parameter 'taget'; did you mean 'target'?",
      "评分方法 'proportional' 没有参数 'taget'；是否应为 'target'？");

  @Test
  void itIsAJixiaoExceptionInEnglishAndChineseListingItsProblemsAtTheirPaths() {
    ScoringException e = new ScoringException("proportional", "2.1.1",
        "the rulebook cannot be scored", "规则表无法评分", List.of(MISSPELT), null);

    assertThat(e).isInstanceOf(JixiaoException.class);
    assertThat(e.getMessage()).isEqualTo("the rulebook cannot be scored");
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("规则表无法评分");
    assertThat(e.message(Locale.ENGLISH)).isEqualTo("the rulebook cannot be scored");
    assertThat(e.describe(Locale.CHINESE)).isEqualTo("规则表无法评分\n"
        + "$.indicators[0].rule.params.taget: 评分方法 'proportional' 没有参数 'taget'；是否应为 'target'？");
    assertThat(new ScoringException("proportional", "2.1.1", "points above the weight", null)
        .message(Locale.CHINESE)).as("no Chinese given: the English serves")
        .isEqualTo("points above the weight");
  }

  @Test
  void itsProblemsAndMessagesSurviveJavaSerialization() throws Exception {
    ScoringException sent = new ScoringException("proportional", "2.1.1",
        "the rulebook cannot be scored", "规则表无法评分", List.of(MISSPELT),
        new ArithmeticException("/ by zero"));

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
    assertThat(received.getMessage()).isEqualTo("the rulebook cannot be scored");
    assertThat(received.messageZh()).isEqualTo("规则表无法评分");
    assertThat(received.getCause()).isInstanceOf(ArithmeticException.class)
        .hasMessage("/ by zero");
  }
}
