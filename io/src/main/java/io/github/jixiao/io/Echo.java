package io.github.jixiao.io;

/**
 * What a message may show of a user's value (回显): at most {@link #MAX} characters, with every
 * control character (tab and line breaks too: a message is one line), bidirectional override and
 * unpaired surrogate escaped as {@code \u001B}, so that no message is huge and none can move a
 * terminal's cursor, forge a line or reorder its text.
 */
final class Echo {

  /** The most characters of a value a message shows. */
  public static final int MAX = 40;

  private Echo() {}

  /** {@code text} as a message shows it: its first {@link #MAX} characters, escaped, then "…". */
  public static String of(String text) {
    return of(text, MAX);
  }

  /** {@code text} as a message shows it: its first {@code max} characters, escaped, then "…". */
  public static String of(String text, int max) {
    int n = Math.min(text.length(), max);
    StringBuilder s = new StringBuilder(n + 8);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        s.append(c).append(text.charAt(++i));
      } else if (isRefused(c) || c < 0x20 || Character.isSurrogate(c)) {
        s.append(String.format("\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    return text.length() > n ? s.append('…').toString() : s.toString();
  }

  /**
   * Whether {@code c} is a character text may not hold: a C0 control other than tab, line feed
   * and carriage return, DEL, a C1 control, or a bidirectional embedding, override or isolate
   * (U+202A–U+202E, U+2066–U+2069).
   */
  public static boolean isRefused(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** The index of the first character of {@code text} that {@link #isRefused}, or -1. */
  public static int firstRefused(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      // Printable ASCII and CJK pass with one comparison each.
      if ((c >= 0x20 && c < 0x7F) || (c > 0x9F && c < '\u202A')) {
        continue;
      }
      if (isRefused(c)) {
        return i;
      }
    }
    return -1;
  }
}
