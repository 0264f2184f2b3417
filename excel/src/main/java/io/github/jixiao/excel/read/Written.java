package io.github.jixiao.excel.read;

import io.github.jixiao.core.ActualReading;
import io.github.jixiao.core.QualitativeLevel;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as units write it in a 自评表 (填报值的读取): "89.974", "215,457.6", "86%", "１００％",
 * "200余人", "约200人", "10月", "11月底前", "/", "—", "达成", "及时". A number is read only where
 * that is unambiguous, and how it was read is said ({@link ActualReading}); text no number can be
 * read from stays text — never a 0. Numbers are bounded before they are built: at most 15
 * integer digits and 6 decimals, as core's values take them.
 *
 * @param reading how it was read; {@code null} for a blank cell
 * @param number the number read (exact, approximate or a month), else null
 * @param unit what followed the number ("%", "人", "次", "月"), else ""
 * @param level the qualitative level the words name, else null
 * @param assumed whether a level was read from words that are not a level's own name ("及时")
 */
record Written(ActualReading reading, BigDecimal number, String unit, QualitativeLevel level,
    boolean assumed) {

  private static final Pattern NUMBER = Pattern.compile(
      "(约|大约|近|超过)?\\s*(-?\\d{1,15}(?:,\\d{3})*(?:\\.\\d{1,6})?)\\s*(余|多)?\\s*([^\\d\\s]*)");
  private static final Pattern MONTH = Pattern.compile("(?:\\d{4}年)?(\\d{1,2})月(?:底|末|份)?(?:前|之前|以前)?");
  /** Words that are a level's own name, and common ones that name a level unambiguously. */
  private static final Map<String, QualitativeLevel> LEVELS = Map.ofEntries(
      Map.entry("达成", QualitativeLevel.ACHIEVED), Map.entry("部分达成", QualitativeLevel.PARTLY_ACHIEVED),
      Map.entry("未达成", QualitativeLevel.NOT_ACHIEVED), Map.entry("优", QualitativeLevel.EXCELLENT),
      Map.entry("良", QualitativeLevel.GOOD), Map.entry("中", QualitativeLevel.FAIR),
      Map.entry("低", QualitativeLevel.LOW), Map.entry("差", QualitativeLevel.POOR));
  private static final Map<String, QualitativeLevel> WORDS = Map.ofEntries(
      Map.entry("完成", QualitativeLevel.ACHIEVED), Map.entry("已完成", QualitativeLevel.ACHIEVED),
      Map.entry("及时", QualitativeLevel.ACHIEVED), Map.entry("按时完成", QualitativeLevel.ACHIEVED),
      Map.entry("达成预期指标", QualitativeLevel.ACHIEVED), Map.entry("达到预期", QualitativeLevel.ACHIEVED),
      Map.entry("基本达成", QualitativeLevel.PARTLY_ACHIEVED),
      Map.entry("部分完成", QualitativeLevel.PARTLY_ACHIEVED),
      Map.entry("未完成", QualitativeLevel.NOT_ACHIEVED));

  /** Reads {@code text} as written (already trimmed). */
  static Written read(String text) {
    String t = halfWidth(text);
    if (t.isEmpty()) {
      return new Written(null, null, "", null, false);
    }
    if (t.equals("/") || t.equals("—") || t.equals("-") || t.equals("——") || t.equals("无")
        || t.equals("不适用")) {
      return new Written(ActualReading.NOT_APPLICABLE, null, "", null, false);
    }
    QualitativeLevel level = LEVELS.get(t);
    if (level != null) {
      return new Written(ActualReading.LEVEL, null, "", level, false);
    }
    level = WORDS.get(t);
    if (level != null) {
      return new Written(ActualReading.LEVEL, null, "", level, true);
    }
    Matcher month = MONTH.matcher(t);
    if (month.matches()) {
      int m = Integer.parseInt(month.group(1));
      if (m >= 1 && m <= 12) {
        return new Written(ActualReading.DATE, BigDecimal.valueOf(m), "月", null, false);
      }
    }
    Matcher n = NUMBER.matcher(t);
    if (n.matches() && n.group(4).length() <= 6) {
      BigDecimal number = new BigDecimal(n.group(2).replace(",", ""));
      boolean approximate = n.group(1) != null || n.group(3) != null;
      return new Written(approximate ? ActualReading.APPROXIMATE : ActualReading.EXACT,
          number.scale() < 0 ? number.setScale(0) : number, n.group(4), null, false);
    }
    return new Written(ActualReading.UNREADABLE, null, "", null, false);
  }

  /** Full-width digits, signs and punctuation as their half-width forms; spaces kept. */
  static String halfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '\uFF01' && ch <= '\uFF5E' && ch != '\uFF08' && ch != '\uFF09') {
        b.append((char) (ch - 0xFEE0));
      } else if (ch == '\u3000') {
        b.append(' ');
      } else {
        b.append(ch);
      }
    }
    return b.toString().strip();
  }

  /** Whether a number was read. */
  Optional<BigDecimal> value() {
    return Optional.ofNullable(number);
  }
}
