package io.github.jixiao.rules.result;

import java.util.Comparator;

/**
 * The report order of findings (审核发现的排序): by check code, then by path with runs of digits compared as
 * numbers ({@code entries[2]} before {@code entries[10]}), then by code and English message.
 */
final class FindingOrder implements Comparator<Finding> {

  /** The one instance. */
  static final FindingOrder INSTANCE = new FindingOrder();

  private FindingOrder() {}

  @Override
  public int compare(Finding a, Finding b) {
    int c = a.getCheckCode().compareTo(b.getCheckCode());
    if (c == 0) {
      c = comparePaths(a.getPath(), b.getPath());
    }
    if (c == 0) {
      c = a.getCode().compareTo(b.getCode());
    }
    return c != 0 ? c : a.getMessageEn().compareTo(b.getMessageEn());
  }

  /** Compares paths character by character, except that runs of digits compare as numbers. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int c = compareNumbers(a, skipZeros(a, i, endA), endA, b, skipZeros(b, j, endB), endB);
        if (c != 0) {
          return c;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int skipZeros(String s, int from, int end) {
    int at = from;
    while (at < end - 1 && s.charAt(at) == '0') {
      at++;
    }
    return at;
  }

  /** Compares two runs of digits without leading zeros as numbers: the longer is larger. */
  private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
    int byLength = Integer.compare(endA - fromA, endB - fromB);
    if (byLength != 0) {
      return byLength;
    }
    for (int k = 0; k < endA - fromA; k++) {
      int c = Character.compare(a.charAt(fromA + k), b.charAt(fromB + k));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
