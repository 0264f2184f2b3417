package io.github.jixiao.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How a message is rendered: the language chain, arguments as the domain writes them, keys. */
class MessageRenderingTest {

  private static final Message REQUIRED = Message.of("core.value.required");

  @Test
  void anyChineseLocaleGetsChineseAndAnythingElseEnglish() {
    for (Locale chinese : List.of(Locale.CHINESE, Locale.SIMPLIFIED_CHINESE,
        Locale.TRADITIONAL_CHINESE, Locale.forLanguageTag("zh-Hant-HK"))) {
      assertThat(REQUIRED.render(chinese)).as(chinese.toString()).isEqualTo("为必填项，但未设置");
    }
    for (Locale other : List.of(Locale.ENGLISH, Locale.US, Locale.FRENCH, Locale.JAPANESE,
        Locale.ROOT, Locale.forLanguageTag("de-CH"))) {
      assertThat(REQUIRED.render(other)).as(other.toString())
          .isEqualTo("is required but was not set");
    }
  }

  @Test
  void numbersAreWrittenAsTheDomainWritesThemWhateverTheLocale() {
    Message m = Message.of("core.budget.part-exceeds", Argument.text("part", "$.basic"),
        Argument.number("partValue", new BigDecimal("3306.19")), Argument.text("total", "$.fullYear"),
        Argument.number("totalValue", new BigDecimal("1E+4")));
    // No grouping (3,306.19), no exponent (1E+4), in a locale that groups and uses a comma.
    assertThat(m.render(Locale.GERMANY)).isEqualTo(
        "$.basic = 3306.19 exceeds $.fullYear = 10000: a part cannot exceed its total");
    assertThat(m.render(Locale.CHINA)).isEqualTo(
        "$.basic = 3306.19 超过 $.fullYear = 10000：明细不能超过合计");
    assertThat(Argument.number("n", new BigDecimal("97.160")).render(Locale.ENGLISH))
        .isEqualTo("97.160");
    assertThat(Argument.number("n", new BigDecimal("-0.05")).render(Locale.ENGLISH))
        .isEqualTo("-0.05");
  }

  @Test
  void aHostileNumberIsShownByItsOrderAlone() {
    assertThat(Argument.number("n", new BigDecimal("1E+1000000")).render(Locale.ENGLISH))
        .isEqualTo("~1E+1000000");
    assertThat(Argument.number("n", new BigDecimal("-1E-999")).render(Locale.ENGLISH))
        .isEqualTo("-~1E-999");
  }

  @Test
  void aListIsJoinedAsEachLanguageJoinsAndCutAfterTenItems() {
    Message few = Message.of("core.value.no-such-code", Argument.text("list", "$.duties"),
        Argument.list("missing", List.of("a", "b")), Argument.text("codes", "x"));
    assertThat(few.render(Locale.ENGLISH))
        .isEqualTo("no element of $.duties has code a, b; the codes are: x");
    assertThat(few.render(Locale.CHINESE)).isEqualTo("$.duties 中没有代码为 a、b 的元素；现有代码：x");
    List<String> twelve = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
    Argument cut = Argument.list("l", twelve);
    assertThat(cut.render(Locale.ENGLISH)).isEqualTo("1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more");
    assertThat(cut.render(Locale.CHINESE)).isEqualTo("1、2、3、4、5、6、7、8、9、10 等另外 2 项");
    assertThat(Argument.list("l", twelve.subList(0, 10)).render(Locale.ENGLISH))
        .isEqualTo("1, 2, 3, 4, 5, 6, 7, 8, 9, 10");
  }

  @Test
  void aNestedMessageIsRenderedInTheLanguageOfItsHolder() {
    Message m = Message.of("core.message.provider-failed", Argument.text("provider", "com.x.P"),
        Argument.message("reason", "core.message.provider-threw"));
    assertThat(m.render(Locale.ENGLISH))
        .isEqualTo("the message bundle of provider com.x.P cannot be used: its provider failed");
    assertThat(m.render(Locale.CHINESE)).isEqualTo("提供者 com.x.P 的提示信息资源包无法使用：提供者出错");
    assertThat(Message.label(io.github.jixiao.core.Grade.EXCELLENT).render(Locale.CHINESE))
        .isEqualTo("优");
    assertThat(Message.label(io.github.jixiao.core.QualitativeLevel.PARTLY_ACHIEVED)
        .render(Locale.ENGLISH)).isEqualTo("partly achieved");
  }

  @Test
  void apostrophesAndQuotedBracesComeOutOnce() {
    assertThat(Message.of("core.value.change-null", Argument.text("code", "d-1"))
        .render(Locale.ENGLISH)).isEqualTo("the change of 'd-1' gave null: give the changed element");
    assertThat(Message.of("core.message.template.brace", Argument.number("at", 3),
        Argument.text("template", "a}")).render(Locale.ENGLISH))
        .isEqualTo("a closing brace with no opening one at character 3 of \"a}\"; quote it as '}'");
    // An argument's own apostrophes and braces are data: never read as a pattern.
    assertThat(Message.of("core.unit.own-parent", Argument.text("code", "it's {0}"))
        .render(Locale.ENGLISH)).isEqualTo("a unit cannot be its own parent ('it's {0}')");
  }

  @Test
  void aNestingDeeperThanAnyJixiaoMakesIsCutAtItsKeyAndNeverOverflows() {
    Message deep = Message.of("core.value.required");
    for (int i = 0; i < 100_000; i++) {
      deep = Message.of("core.message.provider-failed", Argument.text("provider", "p" + i),
          Argument.message("reason", deep));
    }
    String shown = deep.render(Locale.ENGLISH);
    // Eight levels are worded; the ninth is its key alone, its arguments not rendered.
    assertThat(shown).startsWith("the message bundle of provider p99999 cannot be used: the"
        + " message bundle of provider p99998 cannot be used: ")
        .endsWith("provider p99992 cannot be used: core.message.provider-failed");
  }

  @Test
  void aKeyNoBundleKnowsShowsTheKeyAndItsArguments() {
    assertThat(Message.of("nobody.knows", Argument.number("n", 2), Argument.text("t", "x"))
        .render(Locale.CHINESE)).isEqualTo("nobody.knows(n=2, t=x)");
  }

  @Test
  void aMessageCanCarryItsOwnTemplatesAndABundleEntryWinsOverThem() {
    Message custom = Message.custom("my.rule.scored", "{name} 得 {points} 分",
        "{name} scores {points}", Argument.text("name", "满意度"),
        Argument.number("points", new BigDecimal("9.50")));
    assertThat(custom.render(Locale.CHINESE)).isEqualTo("满意度 得 9.50 分");
    assertThat(custom.render(Locale.FRENCH)).isEqualTo("满意度 scores 9.50");
    Message shadowed = Message.custom("core.value.required", "别的话", "other words");
    assertThat(shadowed.render(Locale.CHINESE)).isEqualTo("为必填项，但未设置");
  }

  @Test
  void aMessagesOwnTemplatesAreDataBoundedAndEscapedAsAnyOther() {
    // A score card read back may hold a user's rule's templates: they are shown bounded, with
    // control characters escaped, like the document text they are.
    Message hostile = Message.custom("my.rule.hostile", "\u001B[2J" + "长".repeat(5000), "x");
    String shown = hostile.render(Locale.CHINESE);
    assertThat(shown).startsWith("\\u001B[2J长").endsWith("长…")
        // 2 400 characters kept: ESC (written as 6), "[2J", 2 396 × 长; then the ellipsis.
        .hasSize(6 + 3 + 2396 + 1);
  }

  @Test
  void aBadInlineTemplateIsRefusedWhenTheMessageIsMadeSayingWhere() {
    assertThatThrownBy(() -> Message.custom("my.key", "{name", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a placeholder is a name in braces, {name}, at character 1 of \"{name\"");
    assertThatThrownBy(() -> Message.custom("my.key", "ok", "it's"))
        .hasMessage("an apostrophe at character 3 opens a quote that never closes in \"it's\";"
            + " write two ('') for one");
    assertThatThrownBy(() -> Message.of("Bad Key")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 'Bad Key'");
    assertThatThrownBy(() -> Argument.text("1st", "x"))
        .hasMessageContaining("was name '1st' with 1 values");
  }

  @Test
  void aMessageSurvivesJavaSerialization() throws Exception {
    Message m = Message.of("core.value.duplicate", Argument.text("key", "code"),
        Argument.text("value", "d-1"), Argument.text("list", "$.duties"),
        Argument.message("nested", Message.label(io.github.jixiao.core.Grade.GOOD)),
        Argument.list("l", List.of("a")), Argument.number("n", new BigDecimal("1.50")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(m);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      Message back = (Message) in.readObject();
      assertThat(back).isEqualTo(m);
      assertThat(back.render(Locale.CHINESE)).isEqualTo("code “d-1” 重复：在 $.duties 中必须唯一");
    }
  }
}
