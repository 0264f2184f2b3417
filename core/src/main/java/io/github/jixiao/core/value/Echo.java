package io.github.jixiao.core.value;

import java.math.BigDecimal;

/**
 * What a message shows of a user's value (回显): at most a few dozen characters, control
 * characters escaped, and a number never expanded — {@code 1E+999999999} is shown so, not as a
 * billion digits, and a number of hundreds of digits by its order of magnitude.
 */
public final class Echo {

  /** The most characters of text shown; longer text is cut and ends in {@code …}. */
  static final int MOST_CHARS = 40;

  private Echo() {}

  /** {@code value} as a message shows it: a number as {@link #number}, anything else as text. */
  public static String of(Object value) {
    return value instanceof BigDecimal d ? number(d) : text(String.valueOf(value));
  }

  /**
   * A number in at most about 50 characters: as Java writes it ({@code 3306.19}, {@code
   * 1E+999999999}, {@code 1E-999999999}) when it has at most about 38 digits, else its order of
   * magnitude ({@code ~1E+300000000}).
   */
  public static String number(BigDecimal d) {
    int bits = d.unscaledValue().bitLength();
    if (bits <= 128) {
      return d.toString();
    }
    // Digits of the unscaled value from its bit length (a digit or so short): log10(2) < 0.30103.
    long digits = (long) ((bits - 1) * 0.30102999566398) + 1;
    long exponent = digits - 1 - d.scale();
    return (d.signum() < 0 ? "-" : "") + "~1E" + (exponent >= 0 ? "+" : "") + exponent;
  }

  /** {@code text} cut to {@value #MOST_CHARS} characters, with control characters escaped. */
  public static String text(String text) {
    StringBuilder shown = new StringBuilder();
    int end = Math.min(text.length(), MOST_CHARS);
    if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
          || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return text.length() > MOST_CHARS ? shown.append('…').toString() : shown.toString();
  }
}
