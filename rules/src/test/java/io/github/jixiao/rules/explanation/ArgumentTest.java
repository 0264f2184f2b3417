package io.github.jixiao.rules.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An argument (说明参数) a user's rule makes wrongly is refused with its values echoed bounded; an
 * explanation read from a score card renders its text, template or key bounded and escaped.
 */
class ArgumentTest {

  @Test
  void anArgumentWithoutANameIsRefusedEchoingItsTextBoundedAndEscaped() {
    String text = "\u001b[2J\r" + "名".repeat(100_000);
    assertThatThrownBy(() -> Argument.text(" ", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an argument needs a name and exactly one of number or text; was name ' ',"
            + " number none, text '\\u001b[2J\\u000d" + "名".repeat(35) + "…'");
  }

  @Test
  void anExplanationRendersItsTextsTemplatesAndKeyBoundedAndEscaped() {
    String hostile = "\u001b[2J\r" + "名".repeat(100_000);
    Explanation custom = Explanation.custom("user.key", hostile + "{name}", "{name} " + hostile,
        Argument.text("name", hostile));
    Explanation unknown = Explanation.of(hostile, Argument.text("name", "预算"));
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      for (String rendered : new String[] {custom.render(locale), unknown.render(locale)}) {
        assertThat(rendered).hasSizeLessThan(3_000).startsWith("\\u001b[2J\\u000d名名")
            .doesNotContain("\u001b", "\r");
      }
    }
    assertThat(unknown.render(Locale.ENGLISH)).endsWith("名… name=预算");
  }
}
