package io.github.jixiao.core;

import java.util.Optional;

/**
 * The comparison a target is written with (指标性质, 计算符号): ≥, &gt;, =, ≤, &lt;, or 定性 for a
 * qualitative indicator. The Sichuan 2023 form and the vendor import sheet have a column for it;
 * the national form writes it into the target ("≥95%", "98%以上", "不低于", "不超过"). A strict
 * comparison is kept as written; the scorer's rules read its {@link #direction()}.
 */
public enum Operator {
  /** ≥ (不低于, 不少于, …以上): at least. */
  AT_LEAST("≥", Direction.AT_LEAST),
  /** &gt; (高于, 超过): more than. */
  ABOVE(">", Direction.AT_LEAST),
  /** = : equal to. */
  EQUAL("=", Direction.EQUAL),
  /** ≤ (不高于, 不超过, …以内, …以下): at most. */
  AT_MOST("≤", Direction.AT_MOST),
  /** &lt; (低于): less than. */
  BELOW("<", Direction.AT_MOST),
  /** 定性: a qualitative indicator, judged by level. */
  QUALITATIVE("定性", null);

  private final String symbol;
  private final Direction direction;

  Operator(String symbol, Direction direction) {
    this.symbol = symbol;
    this.direction = direction;
  }

  /** The symbol as the forms print it: {@code ≥}, {@code =}, {@code 定性}. */
  public String symbol() {
    return symbol;
  }

  /** Which way is better for a quantitative indicator; empty for {@link #QUALITATIVE}. */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }
}
