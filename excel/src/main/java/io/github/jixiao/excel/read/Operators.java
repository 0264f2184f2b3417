package io.github.jixiao.excel.read;

import io.github.jixiao.core.Operator;
import java.util.List;
import java.util.Map;

/**
 * The comparison a target is written with (指标性质的读取): a symbol ("≥", ">=", "≧", "＞", "="), a
 * word before the number ("不低于", "不少于", "不高于", "不超过", "大于", "小于"), a word after it
 * ("98%以上", "5天以内", "3次以下"), or 定性. OCR of a scanned table turns "≥" into "2", "到" or
 * "第": in an operator column such a cell is read as ≥ and the import says it assumed so; in a
 * target, "到6次" and "第6次" alike — but "26次" is read as 26, the reader cannot know.
 *
 * @param operator the comparison, or null when none is written
 * @param rest the target with the comparison taken off ("95%")
 * @param guessed whether the comparison was guessed from OCR damage
 */
record Operators(Operator operator, String rest, boolean guessed) {

  private static final List<Map.Entry<String, Operator>> PREFIXES = List.of(
      Map.entry(">=", Operator.AT_LEAST), Map.entry("≥", Operator.AT_LEAST),
      Map.entry("≧", Operator.AT_LEAST), Map.entry("<=", Operator.AT_MOST),
      Map.entry("≤", Operator.AT_MOST), Map.entry("≦", Operator.AT_MOST),
      Map.entry(">", Operator.ABOVE), Map.entry("<", Operator.BELOW), Map.entry("=", Operator.EQUAL),
      Map.entry("不低于", Operator.AT_LEAST), Map.entry("不少于", Operator.AT_LEAST),
      Map.entry("大于等于", Operator.AT_LEAST), Map.entry("不高于", Operator.AT_MOST),
      Map.entry("不超过", Operator.AT_MOST), Map.entry("不多于", Operator.AT_MOST),
      Map.entry("小于等于", Operator.AT_MOST), Map.entry("大于", Operator.ABOVE),
      Map.entry("高于", Operator.ABOVE), Map.entry("超过", Operator.ABOVE),
      Map.entry("小于", Operator.BELOW), Map.entry("低于", Operator.BELOW),
      Map.entry("等于", Operator.EQUAL));
  private static final List<Map.Entry<String, Operator>> SUFFIXES = List.of(
      Map.entry("及以上", Operator.AT_LEAST), Map.entry("以上", Operator.AT_LEAST),
      Map.entry("及以下", Operator.AT_MOST), Map.entry("以下", Operator.AT_MOST),
      Map.entry("以内", Operator.AT_MOST));

  /** The operator column's cell: a symbol or word alone, "定性", or an OCR-damaged "2". */
  static Operators column(String written) {
    String t = Written.halfWidth(written);
    if (t.isEmpty()) {
      return new Operators(null, "", false);
    }
    if (t.equals("定性") || t.equals("定性指标")) {
      return new Operators(Operator.QUALITATIVE, "", false);
    }
    if (t.equals("定量") || t.equals("定量指标")) {
      return new Operators(null, "", false);
    }
    if (t.equals("2") || t.equals("到") || t.equals("第")) {
      return new Operators(Operator.AT_LEAST, "", true);
    }
    for (Map.Entry<String, Operator> p : PREFIXES) {
      if (t.equals(p.getKey())) {
        return new Operators(p.getValue(), "", false);
      }
    }
    return null;
  }

  /** A target cell: its comparison, if written in it, and the rest. */
  static Operators target(String written) {
    String t = Written.halfWidth(written);
    for (Map.Entry<String, Operator> p : PREFIXES) {
      if (t.startsWith(p.getKey())) {
        return new Operators(p.getValue(), t.substring(p.getKey().length()).strip(), false);
      }
    }
    if ((t.startsWith("到") || t.startsWith("第")) && t.length() > 1
        && Character.isDigit(t.charAt(1))) {
      return new Operators(Operator.AT_LEAST, t.substring(1), true);
    }
    for (Map.Entry<String, Operator> s : SUFFIXES) {
      if (t.endsWith(s.getKey()) && t.length() > s.getKey().length()) {
        return new Operators(s.getValue(), t.substring(0, t.length() - s.getKey().length())
            .strip(), false);
      }
    }
    return new Operators(null, t, false);
  }
}
