package io.github.jixiao.io;

/** The UTF-8 length (UTF-8 长度) of text, counted without encoding it. */
final class Utf8 {

  private Utf8() {}

  /**
   * The number of bytes {@code text} has in UTF-8, counting an unpaired surrogate as the three
   * bytes of its replacement.
   */
  public static long length(CharSequence text) {
    return count(text, Long.MAX_VALUE);
  }

  /**
   * Whether {@code text} has at most {@code max} bytes in UTF-8: at once when it has at most
   * {@code max / 3} characters (certainly within) or more than {@code max} (certainly not),
   * otherwise counted, without encoding, until the count passes {@code max}.
   */
  public static boolean within(CharSequence text, long max) {
    int n = text.length();
    return n * 3L <= max || (n <= max && count(text, max) <= max);
  }

  /** The UTF-8 length of {@code text}, or a number above {@code max} once it passes it. */
  private static long count(CharSequence text, long max) {
    int n = text.length();
    long bytes = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
      if (bytes > max) {
        return bytes;
      }
    }
    return bytes;
  }
}
