package io.github.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The escaping of everything the command line prints: controls and bidi overrides made visible. */
class EscapingTest {

  @Test
  void anEscapeSequenceIsShownNotObeyed() {
    assertThat(Escaping.escape("\u001B[2J\u001B]0;pwned\u0007"))
        .isEqualTo("\\u001B[2J\\u001B]0;pwned\\u0007");
  }

  @Test
  void everyC0ControlDelAndC1ControlIsEscapedLineBreaksAndTabsToo() {
    assertThat(Escaping.escape("a\u0000b\tc\nd\re\u007Ff\u0080g\u0085h\u009Bi"))
        .isEqualTo("a\\u0000b\\u0009c\\u000Ad\\u000De\\u007Ff\\u0080g\\u0085h\\u009Bi");
  }

  @Test
  void bidiEmbeddingsOverridesAndIsolatesAreEscaped() {
    assertThat(Escaping.escape("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"))
        .isEqualTo("\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069");
  }

  @Test
  void printableTextIsLeftAlone() {
    String text = "广州市白云区 2021 年度 评分表 — 97.16% ≥ 100%？ é \u00A0 “三公” \\u001B";
    assertThat(Escaping.escape(text)).isSameAs(text);
  }

  @Test
  void aLineWithACarriageReturnStaysOneLine() {
    StringWriter target = new StringWriter();
    Escaping out = new Escaping(target);

    out.println("a.json:3:3: $['kind\r/etc/passwd:1:1: $.x: fake error']");
    out.print('\u001B');
    out.printf("%s%n", "\u202Eevil");
    out.flush();

    assertThat(target.toString()).isEqualTo("a.json:3:3: $['kind\\u000D/etc/passwd:1:1: $.x: fake"
        + " error']" + System.lineSeparator() + "\\u001B\\u202Eevil\\u000A");
  }

  @Test
  void linesKeepTheTextsOwnLineBreaksAndEscapeTheRest() {
    StringWriter target = new StringWriter();
    Escaping out = new Escaping(new PrintWriter(target));

    out.lines("{\r\n  \"a\" : \"x\u0085y\",\n  \"b\" : \"\r\"\n}\n");
    out.flush();

    String n = System.lineSeparator();
    assertThat(target.toString())
        .isEqualTo("{" + n + "  \"a\" : \"x\\u0085y\"," + n + "  \"b\" : \"\\u000D\"" + n
            + "}" + n);
  }
}
