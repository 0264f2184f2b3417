package io.github.jixiao.excel.layout;

import io.github.jixiao.core.Operator;
import java.util.List;
import java.util.Map;

/**
 * A target cell (年度指标值) split into its comparison, its number and unit: "≥95%", "不低于98%",
 * "98%以上", "≤5天", "11月底前", "定性", "100%". OCR of scanned tables turns "≥" into "到" or "第"
 * ("到6次"): read as ≥ and flagged ({@link #ocr()}).
 *
 * @param operator the comparison, or null when none is written
 * @param operatorText the comparison as written ("不低于", "以上"), or ""
 * @param value the rest, read as a value
 * @param ocr whether the comparison was guessed from OCR damage
 */
record Target(Operator operator, String operatorText, Written value, boolean ocr) {

  private static final List<Map.Entry<String, Operator>> PREFIXES = List.of(
      Map.entry("大于等于", Operator.AT_LEAST), Map.entry("小于等于", Operator.AT_MOST),
      Map.entry("不低于", Operator.AT_LEAST), Map.entry("不少于", Operator.AT_LEAST),
      Map.entry("不高于", Operator.AT_MOST), Map.entry("不超过", Operator.AT_MOST),
      Map.entry("不多于", Operator.AT_MOST), Map.entry(">=", Operator.AT_LEAST),
      Map.entry("<=", Operator.AT_MOST), Map.entry("≥", Operator.AT_LEAST),
      Map.entry("≧", Operator.AT_LEAST), Map.entry("≤", Operator.AT_MOST),
      Map.entry("≦", Operator.AT_MOST), Map.entry(">", Operator.ABOVE),
      Map.entry("<", Operator.BELOW), Map.entry("=", Operator.EQUAL),
      Map.entry("高于", Operator.ABOVE), Map.entry("低于", Operator.BELOW));
  private static final List<Map.Entry<String, Operator>> SUFFIXES = List.of(
      Map.entry("及以上", Operator.AT_LEAST), Map.entry("以上", Operator.AT_LEAST),
      Map.entry("以内", Operator.AT_MOST), Map.entry("及以下", Operator.AT_MOST),
      Map.entry("以下", Operator.AT_MOST));

  static Target read(String text) {
    String t = Labels.normal(text);
    if (t.equals("定性") || t.equals("定性指标")) {
      return new Target(Operator.QUALITATIVE, t, Written.read(""), false);
    }
    for (Map.Entry<String, Operator> p : PREFIXES) {
      if (t.startsWith(p.getKey())) {
        return new Target(p.getValue(), p.getKey(), Written.read(t.substring(
            p.getKey().length())), false);
      }
    }
    if ((t.startsWith("到") || t.startsWith("第")) && t.length() > 1
        && Character.isDigit(t.charAt(1))) {
      return new Target(Operator.AT_LEAST, t.substring(0, 1), Written.read(t.substring(1)), true);
    }
    for (Map.Entry<String, Operator> s : SUFFIXES) {
      if (t.endsWith(s.getKey()) && t.length() > s.getKey().length()) {
        Written w = Written.read(t.substring(0, t.length() - s.getKey().length()));
        if (w.isNumber()) {
          return new Target(s.getValue(), s.getKey(), w, false);
        }
      }
    }
    Written w = Written.read(t);
    if (w.kind() == Written.Kind.MONTH && (t.endsWith("前") || t.endsWith("底")
        || t.endsWith("末"))) {
      return new Target(Operator.AT_MOST, "", w, false);
    }
    return new Target(null, "", w, false);
  }

  /**
   * An operator column's cell (指标性质, 计算符号): ≥ > = ≤ < 定性; "定量指标" says no comparison;
   * OCR's "2", "到", "第" read as ≥ and flagged.
   */
  static Target column(String text) {
    String t = Labels.normal(text);
    if (t.equals("2") || t.equals("到") || t.equals("第")) {
      return new Target(Operator.AT_LEAST, t, Written.read(""), true);
    }
    if (t.equals("正向")) {
      return new Target(Operator.AT_LEAST, t, Written.read(""), false);
    }
    if (t.equals("反向")) {
      return new Target(Operator.AT_MOST, t, Written.read(""), false);
    }
    Target read = read(t);
    return read.value().kind() == Written.Kind.BLANK ? read
        : new Target(null, "", Written.read(""), false);
  }
}
