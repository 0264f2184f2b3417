package io.github.jixiao.excel.layout;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header labels as printed, normalised for matching (表头标签): spaces and line breaks removed,
 * full-width brackets, colons and digits made half-width, so that "全年预算数（A）", "全年预算数 (A)"
 * and "全年预算数(A)" are one label. A label matches an alias when it is the alias, or the alias
 * followed by a bracket ("实际完成值(定量填数字…)", "得分(20分×执行率)").
 */
final class Labels {

  private static final Pattern POINTS = Pattern.compile("\\((\\d{1,3}(?:\\.\\d{1,2})?)分\\)");

  private Labels() {}

  static String normal(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
        return;
      }
      b.appendCodePoint(half(c));
    });
    return b.toString();
  }

  private static int half(int c) {
    if (c >= '\uff01' && c <= '\uff5e') {
      return c - 0xfee0; // full-width ASCII (（）：０-９％＝＞＜) to half-width
    }
    return c == '【' ? '[' : c == '】' ? ']' : c;
  }

  /** Whether the normalised {@code label} is {@code alias}, or {@code alias} and a bracket. */
  static boolean matches(String label, String alias) {
    return label.equals(alias) || label.startsWith(alias + "(") || label.startsWith(alias + "[");
  }

  static boolean matchesAny(String label, List<String> aliases) {
    return aliases.stream().anyMatch(a -> matches(label, a));
  }

  /** The "(50分)" of a label such as 产出指标(50分), if it has one. */
  static Optional<String> points(String label) {
    Matcher m = POINTS.matcher(label);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The label without its "(50分)": 产出指标(50分) → 产出指标. */
  static String withoutPoints(String label) {
    return POINTS.matcher(label).replaceAll("").trim();
  }
}
