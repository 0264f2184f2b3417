package io.github.jixiao.report.internal;

/**
 * A report's text made safe to keep (文本清理): every character a Jixiao document may not hold — a
 * control character (a tab included), a line or paragraph separator, a bidi control, a lone
 * surrogate, a noncharacter — becomes a space, one for one, so that every position into the text
 * is a position into what the report shows.
 */
public final class Texts {

  private Texts() {}

  /** {@code text} with every character a document may not hold replaced by a space. */
  public static String safe(String text) {
    char[] chars = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < chars.length
          && Character.isLowSurrogate(chars[i + 1]);
      boolean pairedLow = Character.isLowSurrogate(c) && i > 0
          && Character.isHighSurrogate(chars[i - 1]);
      if (Character.isSurrogate(c) && !pairedHigh && !pairedLow || unsafe(c)) {
        chars[i] = ' ';
        changed = true;
      }
    }
    return changed ? new String(chars) : text;
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
        || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFFFE' || c == '\uFFFF'
        || c == '\uFEFF';
  }
}
