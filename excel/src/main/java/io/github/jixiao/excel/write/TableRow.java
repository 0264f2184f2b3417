package io.github.jixiao.excel.write;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One indicator row of Jixiao's table (指标行) as the writer lays it out: the 一级, 二级 and 三级
 * names, what the unit writes (指标性质, 年度指标值, 计量单位, 实际完成值, 分值, 得分, 偏差原因) and, in
 * an export, the score the rules give it. A value is a {@link Value}: a number written as a
 * number, or text written as it is; each carries the JSON path it stands for, so that a finding
 * can link to its cell. {@code levels} are the 定性 levels a qualitative row's 实际完成值 is picked from
 * (empty for a quantitative or an open row); {@code entryPath} the entry's path, or null.
 */
record TableRow(String first, String firstPath, String second, String secondPath,
    Value name, Value operator, Value target, Value unit, Value actual, Value weight,
    Value claimed, Optional<BigDecimal> computed, Value reason, List<String> levels,
    String entryPath) {

  /**
   * A cell's content: a number, a text, or nothing; with the JSON path of the value it holds
   * ({@code null} for none).
   */
  record Value(Optional<BigDecimal> number, Optional<String> text, String path) {

    static final Value EMPTY = new Value(Optional.empty(), Optional.empty(), null);

    static Value number(BigDecimal n, String path) {
      return new Value(Optional.of(n), Optional.empty(), path);
    }

    static Value text(String t, String path) {
      return new Value(Optional.empty(), Optional.of(t), path);
    }

    static Value of(Optional<BigDecimal> n, String path) {
      return n.isPresent() ? number(n.get(), path) : EMPTY;
    }

    static Value ofText(Optional<String> t, String path) {
      return t.isPresent() ? text(t.get(), path) : EMPTY;
    }

    boolean isEmpty() {
      return number.isEmpty() && text.isEmpty();
    }
  }
}
