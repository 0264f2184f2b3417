package io.github.jixiao.cli;

import java.math.BigDecimal;

/** Small text helpers of the output (输出排版): terminal width of Chinese text, padding, numbers. */
final class Text {

  private Text() {}

  /** The columns {@code s} takes on a terminal: two for a wide (CJK, fullwidth) character. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** {@code s} padded with spaces on the right to {@code columns}. */
  static String padRight(String s, int columns) {
    return s + " ".repeat(Math.max(0, columns - width(s)));
  }

  /** {@code s} padded with spaces on the left to {@code columns}. */
  static String padLeft(String s, int columns) {
    return " ".repeat(Math.max(0, columns - width(s))) + s;
  }

  /**
   * {@code s}, or its first {@code max} characters and {@code …} when it is longer (a surrogate
   * pair is never cut in two).
   */
  static String clip(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end) + "…";
  }

  /** A decimal as written, never in exponent notation. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  /** A difference with its sign: {@code +0.72}, {@code -4.28}. */
  static String signed(BigDecimal value) {
    return (value.signum() > 0 ? "+" : "") + value.toPlainString();
  }
}
