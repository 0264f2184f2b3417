package io.github.jixiao.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An echo never writes half a character: a name cut beside a supplementary character (the
 * CJK Extension B 𠀀, U+20000, is two UTF-16 units) keeps it whole, and a lone surrogate is
 * escaped, so the message can be written as UTF-8 and read back (issue 11, defect 13).
 */
class EchoTest {

  @Test
  void aCutKeepsASupplementaryCharacterWholeAndCountsItOnce() {
    assertThat(Echo.text("名".repeat(39) + "\uD840\uDC00" + "尾", 40))
        .isEqualTo("名".repeat(39) + "\uD840\uDC00…");
    assertThat(Echo.text("名".repeat(39) + "\uD840\uDC00", 40))
        .isEqualTo("名".repeat(39) + "\uD840\uDC00");
  }

  @Test
  void aLoneSurrogateIsEscaped() {
    assertThat(Echo.text("a\uD840b")).isEqualTo("a\\ud840b");
    assertThat(Echo.text("a\uDC00")).isEqualTo("a\\udc00");
  }
}
