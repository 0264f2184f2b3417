package io.github.jixiao.rules.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An argument (说明参数) a user's rule makes wrongly is refused with its values echoed bounded. */
class ArgumentTest {

  @Test
  void anArgumentWithoutANameIsRefusedEchoingItsTextBoundedAndEscaped() {
    String text = "\u001b[2J\r" + "名".repeat(100_000);
    assertThatThrownBy(() -> Argument.text(" ", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an argument needs a name and exactly one of number or text; was name ' ',"
            + " number none, text '\\u001b[2J\\u000d" + "名".repeat(35) + "…'");
  }
}
