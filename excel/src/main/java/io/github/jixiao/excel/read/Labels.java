package io.github.jixiao.excel.read;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header and row labels as printed (表头文字): compared without spaces, with full-width brackets
 * as half-width ones, so that "全年预算数（A）", "全年预算数(A)" and "全年 预算数 (A)" are one
 * label; and the weight a 一级 label carries ("产出指标(50分)", after text extraction sometimes
 * only "(50分)").
 */
final class Labels {

  private static final Pattern WEIGHT = Pattern.compile("^(.*?)[(（]\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分\\s*[)）]\\s*$");

  private Labels() {}

  static String normal(String label) {
    return Written.halfWidth(label).replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
  }

  /** Whether {@code cell}, normalised, starts with {@code label}. */
  static boolean is(String cell, String label) {
    return normal(cell).startsWith(normal(label));
  }

  /** A 一级 label's name without its weight: "产出指标(50分)" → 产出指标; "" when only "(50分)". */
  static String name(String label) {
    Matcher m = WEIGHT.matcher(label.strip());
    return m.matches() ? m.group(1).strip() : label.strip();
  }

  /** The weight a 一级 label carries, or null. */
  static BigDecimal weight(String label) {
    Matcher m = WEIGHT.matcher(label.strip());
    return m.matches() ? new BigDecimal(m.group(2)) : null;
  }

  /** Whether a row's indicator name is a placeholder the form leaves: "指标1：", "……", "...". */
  static boolean placeholder(String name) {
    String n = normal(name);
    return n.isEmpty() || n.matches("指标\\d*[:：]?") || n.matches("[.…。·]+");
  }
}
