package io.github.jixiao.core.message;

import java.math.BigDecimal;

/**
 * How an argument's data is shown: a number plain, a text bounded and with controls escaped. Not
 * {@code core.value.Echo}, which escapes the same characters: core.value depends on this package,
 * and Echo's bound (a value quoted inside a violation) is far shorter than an argument's.
 */
final class Texts {

  /**
   * The most characters of one text argument a rendering shows: a document may hold any text; a
   * message shows enough of it to be found.
   */
  static final int MOST_CHARS = 20_000;

  private Texts() {}

  /**
   * The most characters a message that carries its own templates renders to: its templates may
   * come from a document read back (a score card's explanation of a user's rule), so they are
   * data, bounded like any other.
   */
  static final int MOST_INLINE = 2_400;

  /** {@code text} cut to {@value #MOST_CHARS} characters, control characters escaped. */
  static String bounded(String text) {
    return bounded(text, MOST_CHARS);
  }

  /** {@code text} cut to {@code most} characters, control characters escaped. */
  static String bounded(String text, int most) {
    int end = Math.min(text.length(), most);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder shown = null;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      if (control && shown == null) {
        shown = new StringBuilder(text.substring(0, i));
      }
      if (control) {
        shown.append(String.format("\\u%04X", (int) c));
      } else if (shown != null) {
        shown.append(c);
      }
    }
    String result = shown != null ? shown.toString() : text.substring(0, end);
    return end < text.length() ? result + "…" : result;
  }

  /**
   * {@code n} as the domain writes it: plain digits with the decimals it has ({@code 97.16},
   * {@code 3306.19}, {@code 1000000}), never an exponent nor a grouping; a number too large to
   * write out (a hostile one) by its order alone, {@code ~1E+400}.
   */
  static String number(BigDecimal n) {
    int bits = n.unscaledValue().bitLength();
    if (bits <= 128 && n.scale() >= -40 && n.scale() <= 60) {
      return n.toPlainString();
    }
    // Digits of the unscaled value from its bit length (a digit or so short): log10(2) < 0.30103.
    long digits = Math.max(1, (long) ((bits - 1) * 0.30102999566398) + 1);
    long exponent = digits - 1 - n.scale();
    return (n.signum() < 0 ? "-" : "") + "~1E" + (exponent >= 0 ? "+" : "") + exponent;
  }
}
