package io.github.jixiao.report.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The numbers Word draws before a numbered paragraph (自动编号), which are not in its text: a
 * heading numbered 一、 by a list style reads 基本情况 to POI. Each list counts its levels in the
 * order of the document — a level's count goes up, the levels below it start again — and the
 * level's text ({@code %1、}, {@code (%1)}, {@code %1.%2}) is filled with the counts in the
 * level's format: decimal, Chinese counting (一 二 … 九十九), circled (①), letters or Roman. A
 * bullet or a format not known gives no number. A list's own start values are not read: every
 * list starts at 1, as nearly every report's lists do.
 */
final class WordNumbering {

  private static final String[] ROMAN = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix",
      "v", "iv", "i"};
  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String DIGITS = "零一二三四五六七八九";

  private final Map<BigInteger, int[]> counts = new HashMap<>();

  /** The number Word draws before {@code paragraph}, or "" when it draws none. */
  String numberOf(XWPFParagraph paragraph) {
    BigInteger list = paragraph.getNumID();
    String text = paragraph.getNumLevelText();
    if (list == null || text == null) {
      return "";
    }
    int level = paragraph.getNumIlvl() == null ? 0
        : Math.max(0, Math.min(8, paragraph.getNumIlvl().intValue()));
    int[] count = counts.computeIfAbsent(list, l -> new int[9]);
    count[level]++;
    for (int below = level + 1; below < 9; below++) {
      count[below] = 0;
    }
    String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
    StringBuilder number = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1'
          && text.charAt(i + 1) <= '9') {
        int of = text.charAt(++i) - '1';
        String shown = format(of == level ? format : "decimal", Math.max(1, count[of]));
        if (shown == null) {
          return "";
        }
        number.append(shown);
      } else {
        number.append(c);
      }
    }
    return number.toString();
  }

  private static String format(String format, int n) {
    return switch (format) {
      case "decimal", "decimalZero" -> Integer.toString(n);
      case "chineseCounting", "chineseCountingThousand", "japaneseCounting",
          "ideographDigital", "chineseLegalSimplified" -> n < 100 ? chinese(n) : null;
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
          n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
      case "upperLetter" -> letter(n).toUpperCase(java.util.Locale.ROOT);
      case "lowerLetter" -> letter(n);
      case "upperRoman" -> roman(n).toUpperCase(java.util.Locale.ROOT);
      case "lowerRoman" -> roman(n);
      default -> null;
    };
  }

  private static String chinese(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
  }

  private static String letter(int n) {
    return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
  }

  private static String roman(int n) {
    StringBuilder r = new StringBuilder();
    int left = Math.min(n, 3999);
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (left >= ROMAN_VALUES[i]) {
        r.append(ROMAN[i]);
        left -= ROMAN_VALUES[i];
      }
    }
    return r.toString();
  }
}
