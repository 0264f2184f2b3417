package io.github.jixiao.excel.layout;

import io.github.jixiao.core.QualitativeLevel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as a unit wrote it in a cell (填写值), and what it says: an exact number ("89.974",
 * "215,457.6", "86%", "１００％"), an approximate one ("200余人", "约200人", "200多"), a month
 * ("10月", "11月底前", "2021年10月"), not applicable ("/", "—", "无"), a qualitative level (达成,
 * 优 … and the common words 及时, 完成, 已完成, 达成预期指标 read as 达成), blank, or text no number is
 * read from (kept as written, never 0): text with a second number in it ("2021-10-01", "3/5") is
 * such text. Numbers are bounded: at most 15 significant digits and
 * below 1E15. The sheet layer's reader of values replaces this one when it lands.
 *
 * @param kind what the text says
 * @param written the text as written, trimmed
 * @param number the number read (the percent value for "86%": 86), for a number, approximate or
 *     month
 * @param unit what follows the number ("%", "人", "次"), or ""
 * @param level the level, for {@link Kind#LEVEL}
 * @param decimals the number's decimals as printed ("86.00%": 2)
 * @param mapped whether a common word was mapped to a level (an assumption to note)
 */
record Written(Kind kind, String written, BigDecimal number, String unit,
    QualitativeLevel level, int decimals, boolean mapped) {

  /** What a written value says. */
  enum Kind { BLANK, NUMBER, APPROXIMATE, MONTH, NOT_APPLICABLE, LEVEL, TEXT }

  private static final Set<String> NOT_APPLICABLE = Set.of("/", "-", "—", "——", "–", "无",
      "\\", "不适用");
  private static final Map<String, QualitativeLevel> WORDS = Map.of("及时",
      QualitativeLevel.ACHIEVED, "完成", QualitativeLevel.ACHIEVED, "已完成",
      QualitativeLevel.ACHIEVED, "达成预期指标", QualitativeLevel.ACHIEVED, "达成预期目标",
      QualitativeLevel.ACHIEVED, "全部完成", QualitativeLevel.ACHIEVED);
  private static final Pattern NUMBER =
      Pattern.compile("([+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|[+-]?\\d+(?:\\.\\d+)?)(.*)");
  private static final Pattern MONTH =
      Pattern.compile("(?:\\d{4}年)?(\\d{1,2})月(?:份|底|末|中旬|上旬|下旬)?(?:前|之前)?");
  private static final BigDecimal LIMIT = new BigDecimal("1E15");

  static Written read(String text) {
    String t = Labels.normal(text);
    if (t.isEmpty()) {
      return new Written(Kind.BLANK, "", null, "", null, 0, false);
    }
    if (NOT_APPLICABLE.contains(t)) {
      return new Written(Kind.NOT_APPLICABLE, t, null, "", null, 0, false);
    }
    for (QualitativeLevel l : QualitativeLevel.values()) {
      if (l.label().equals(t)) {
        return new Written(Kind.LEVEL, t, null, "", l, 0, false);
      }
    }
    if (WORDS.containsKey(t)) {
      return new Written(Kind.LEVEL, t, null, "", WORDS.get(t), 0, true);
    }
    Matcher month = MONTH.matcher(t);
    if (month.matches()) {
      int m = Integer.parseInt(month.group(1));
      if (m >= 1 && m <= 12) {
        return new Written(Kind.MONTH, t, BigDecimal.valueOf(m), "月", null, 0, false);
      }
    }
    boolean about = t.startsWith("约") || t.startsWith("大约");
    String body = about ? t.substring(t.indexOf('约') + 1) : t;
    Matcher n = NUMBER.matcher(body);
    if (!n.matches()) {
      return text(t);
    }
    Optional<BigDecimal> number = bounded(n.group(1).replace(",", ""));
    if (number.isEmpty()) {
      return text(t);
    }
    String rest = n.group(2);
    if (rest.startsWith("余") || rest.startsWith("多")) {
      about = true;
      rest = rest.substring(1);
    }
    if (rest.codePoints().anyMatch(Character::isDigit)) {
      // "2021-10-01", "3/5", "95%（2021年）": more than one number, none of them the value
      return text(t);
    }
    int decimals = Math.max(0, number.get().scale());
    return new Written(about ? Kind.APPROXIMATE : Kind.NUMBER, t,
        number.get(), rest, null, decimals, false);
  }

  private static Written text(String t) {
    return new Written(Kind.TEXT, t, null, "", null, 0, false);
  }

  /** The number of {@code digits}, if within 15 significant digits and below 1E15. */
  static Optional<BigDecimal> bounded(String digits) {
    if (digits.length() > 40) {
      return Optional.empty();
    }
    BigDecimal d = new BigDecimal(digits);
    if (d.abs().compareTo(LIMIT) >= 0
        || d.stripTrailingZeros().precision() > 15) {
      return Optional.empty();
    }
    return Optional.of(d);
  }

  /** Whether the value is a number (exact or approximate or a month). */
  boolean isNumber() {
    return kind == Kind.NUMBER || kind == Kind.APPROXIMATE || kind == Kind.MONTH;
  }

  /** Whether the value is blank or not applicable: an empty 分值 or 得分. */
  boolean isEmpty() {
    return kind == Kind.BLANK || kind == Kind.NOT_APPLICABLE;
  }

  /** An amount or a score: a number exactly as written, else empty. */
  Optional<BigDecimal> exact() {
    return kind == Kind.NUMBER && (unit.isEmpty() || unit.equals("%") || unit.equals("分"))
        ? Optional.of(number) : Optional.empty();
  }

  /** A double as Excel keeps it, read at Excel's 15 significant digits. */
  static String ofDouble(double d) {
    BigDecimal b = new BigDecimal(Double.toString(d)).round(new MathContext(15,
        RoundingMode.HALF_EVEN)).stripTrailingZeros();
    return (b.scale() < 0 ? b.setScale(0) : b).toPlainString();
  }
}
