package io.github.jixiao.rules.internal;

import java.math.BigDecimal;

/**
 * Bounded echoes (回显) of a user's values in messages: a few dozen characters at most, control
 * characters escaped, so no message grows with its input or can forge a line.
 */
public final class Echo {

  /** The most characters of a user's text a message shows. */
  public static final int MAX_TEXT = 40;

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

  /** {@code text}, cut to {@code max} characters with "…", control characters escaped. */
  public static String text(String text, int max) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
    int shown = 0;
    for (int i = 0; i < text.length(); i++) {
      if (shown == max) {
        return out.append('…').toString();
      }
      char c = text.charAt(i);
      if (Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e')
          || (c >= '\u2066' && c <= '\u2069')) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
      shown++;
    }
    return out.toString();
  }

  /** {@code value} in plain notation when short, else in scientific notation: never expanded. */
  public static String number(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    if (value.precision() <= MAX_TEXT && Math.abs((long) value.scale()) <= MAX_TEXT) {
      return value.toPlainString();
    }
    String s = value.toString();
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT / 2) + "…"
        + s.substring(s.length() - MAX_TEXT / 2);
  }
}
