package io.github.jixiao.report.internal;

/**
 * A report's text as the rules match it (规范化文本): full-width digits, letters and signs
 * (３３０６．１９, ％, （, ）, ＋, －, ／) and the ideographic space read as their ASCII forms, one
 * character for one, so that a match in the normalised text is at the same positions in the
 * text as written. Chinese punctuation that is punctuation (，。：；！？、) is kept.
 */
public final class Normalised {

  private Normalised() {}

  /** {@code text} with full-width digits, letters and signs as ASCII, of the same length. */
  public static String of(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ascii(chars[i]);
    }
    return new String(chars);
  }

  private static char ascii(char c) {
    if (c == '\u3000') {
      return ' ';
    }
    if (c < '\uFF01' || c > '\uFF5E') {
      return c;
    }
    char half = (char) (c - 0xFEE0);
    boolean kept = half == ',' || half == ':' || half == ';' || half == '!' || half == '?';
    return kept ? c : half;
  }
}
