package io.github.jixiao.rules.internal;

import java.math.BigDecimal;

/**
 * Bounded echoes (回显) of a user's values in messages: a few dozen characters at most, control
 * characters escaped, so no message grows with its input or can forge a line.
 */
public final class Echo {

  /** The most characters of a user's text a message shows. */
  public static final int MAX_TEXT = 40;

  /** Beyond about 300 digits a number is shown by its order of magnitude alone. */
  private static final int MOST_BITS = 1000;


  /** The most characters of a document's name, title, quote or other phrase a message shows. */
  public static final int MAX_PHRASE = 60;

  private Echo() {}

  /**
   * A document's name, title, quote or other phrase: cut to {@link #MAX_PHRASE} characters with
   * "…", control characters escaped.
   */
  public static String phrase(String text) {
    return text(text, MAX_PHRASE);
  }

  /** {@code text}, cut to {@link #MAX_TEXT} characters with "…", control characters escaped. */
  public static String text(String text) {
    return text(text, MAX_TEXT);
  }

  /**
   * {@code text}, cut to {@code max} characters (code points) with "…"; control characters, bidi
   * overrides and lone surrogates escaped as {@code \\uXXXX}.
   */
  public static String text(String text, int max) {
    if (text == null) {
      return "null";
    }
    if (text.length() <= max && clean(text)) {
      // The usual case, on every indicator scored: nothing to cut or escape, nothing allocated.
      return text;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    int shown = 0;
    // By code points: a cut never leaves half a surrogate pair, which no UTF-8 writer can write.
    for (int i = 0; i < text.length(); ) {
      if (shown == max) {
        return out.append('…').toString();
      }
      int c = text.codePointAt(i);
      if (Character.isISOControl(c) || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069) || Character.getType(c) == Character.SURROGATE) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
      shown++;
    }
    return out.toString();
  }

  /** Whether no character of {@code text} needs escaping (a surrogate is left to the slow path). */
  private static boolean clean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code value} in plain notation when short, else in scientific notation: never expanded. */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    if (Math.abs((long) value.scale()) > 1000 || value.unscaledValue().bitLength() > MOST_BITS) {
      // Not even counted in digits (precision() of a 10^7-digit number takes seconds): its order.
      // log10(2) ≈ 0.30103, in whole numbers: the digits of an n-bit number, rounded up.
      long digits = (value.unscaledValue().bitLength() * 30103L + 99999) / 100000;
      return "~1E" + (digits - 1 - value.scale() >= 0 ? "+" : "") + (digits - 1 - value.scale());
    }
    if (value.precision() <= MAX_TEXT && Math.abs((long) value.scale()) <= MAX_TEXT) {
      return value.toPlainString();
    }
    String s = value.toString();
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT / 2) + "…"
        + s.substring(s.length() - MAX_TEXT / 2);
  }
}
