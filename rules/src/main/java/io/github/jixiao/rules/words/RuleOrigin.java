package io.github.jixiao.rules.words;

/**
 * Where a leaf's rule comes from (评分方法的来源): its own, the rulebook's default for its kind and
 * direction, or the built-in default when the rulebook lists none. A message names it in the
 * reader's language with {@code Message.label(origin)} ({@code label.RuleOrigin.*} in
 * jixiao-rules' bundle).
 */
public enum RuleOrigin {
  /** 本指标的评分方法: the leaf names its own rule. */
  OWN,
  /** 规则表的默认评分方法: the rulebook's default rule for the leaf's kind and direction. */
  RULEBOOK_DEFAULT,
  /** 内置默认评分方法: the rulebook lists no default for it; the scorer's built-in one. */
  BUILT_IN_DEFAULT
}
