package io.github.jixiao.report.extract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers as a report writes them (报告中的数字), read exactly: digits with thousands separators
 * (282,796.90, 282，796.90) into a {@link BigDecimal} of the decimals printed, never a double;
 * small counts in Chinese numerals (四, 十二, 两). The rules' patterns bound a figure's digits
 * (15 integer digits, 6 decimals, a count of 9 digits) before anything here sees it.
 */
final class Numbers {

  private static final String DIGITS = "零一二三四五六七八九";

  private Numbers() {}

  /** {@code written} (normalised: ASCII digits) as an exact decimal, its separators dropped. */
  static BigDecimal decimal(String written) {
    return new BigDecimal(written.replace(",", "").replace("，", "").strip());
  }

  /** A count written in digits or in Chinese numerals up to 99, if it is one. */
  static Optional<Integer> count(String written) {
    String w = written.strip();
    if (w.isEmpty()) {
      return Optional.empty();
    }
    if (w.chars().allMatch(Character::isDigit)) {
      return w.length() <= 9 ? Optional.of(Integer.parseInt(w)) : Optional.empty();
    }
    String t = w.replace('两', '二');
    int ten = t.indexOf('十');
    if (ten < 0) {
      return t.length() == 1 ? digit(t.charAt(0)) : Optional.empty();
    }
    int tens = ten == 0 ? 1 : t.length() >= 1 && ten == 1 ? digit(t.charAt(0)).orElse(-1) : -1;
    int ones = ten == t.length() - 1 ? 0
        : ten == t.length() - 2 ? digit(t.charAt(ten + 1)).orElse(-1) : -1;
    return tens < 0 || ones < 0 ? Optional.empty() : Optional.of(tens * 10 + ones);
  }

  private static Optional<Integer> digit(char c) {
    int d = DIGITS.indexOf(c);
    return d < 0 ? Optional.empty() : Optional.of(d);
  }
}
