package io.github.jixiao.rules.result;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The report order of findings (审核发现的排序): by check code, then by path with runs of digits
 * compared as numbers ({@code entries[2]} before {@code entries[10]}), then by code, then by the
 * message's key and its arguments in order (name, then value: numbers by value, texts and lists
 * as strings, nested messages the same way) — never by rendered words, which a bundle may change.
 * Nothing is allocated: it runs on every pair a report's sort compares.
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
    return c != 0 ? c : compareMessages(a.getMessage(), b.getMessage(), 0);
  }

  /** How deep nested messages are compared; deeper ones, which no check makes, compare equal. */
  private static final int DEEPEST = 8;

  private static int compareMessages(Message a, Message b, int depth) {
    if (depth > DEEPEST) {
      return 0;
    }
    int c = a.getKey().compareTo(b.getKey());
    if (c != 0) {
      return c;
    }
    List<Argument> x = a.getArguments();
    List<Argument> y = b.getArguments();
    for (int i = 0; i < x.size() && i < y.size(); i++) {
      c = compareArguments(x.get(i), y.get(i), depth);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static int compareArguments(Argument a, Argument b, int depth) {
    int c = a.getName().compareTo(b.getName());
    if (c == 0) {
      c = Integer.compare(kind(a), kind(b));
    }
    if (c != 0) {
      return c;
    }
    switch (kind(a)) {
      case 0:
        BigDecimal m = a.getNumber().get();
        BigDecimal n = b.getNumber().get();
        c = m.compareTo(n);
        return c != 0 ? c : Integer.compare(m.scale(), n.scale());
      case 1:
        return a.getText().get().compareTo(b.getText().get());
      case 2:
        return compareMessages(a.getMessage().get(), b.getMessage().get(), depth + 1);
      default:
        return compareLists(a.getList(), b.getList());
    }
  }

  /** Which value an argument holds: 0 a number, 1 a text, 2 a message, 3 a list. */
  private static int kind(Argument a) {
    if (a.getNumber().isPresent()) {
      return 0;
    }
    if (a.getText().isPresent()) {
      return 1;
    }
    return a.getMessage().isPresent() ? 2 : 3;
  }

  private static int compareLists(Optional<List<String>> a, Optional<List<String>> b) {
    List<String> x = a.orElse(List.of());
    List<String> y = b.orElse(List.of());
    for (int i = 0; i < x.size() && i < y.size(); i++) {
      int c = x.get(i).compareTo(y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
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
