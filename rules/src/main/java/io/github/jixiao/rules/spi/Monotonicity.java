package io.github.jixiao.rules.spi;

/**
 * Which way a rule's points move as its value input (the actual value, the items met, the
 * milestones missed) rises (单调性): the law {@code ScoringRuleLaws} checks.
 */
public enum Monotonicity {
  /** More is never worse: points never fall as the value rises (正向). */
  INCREASING,
  /** Less is never worse: points never rise as the value rises (反向). */
  DECREASING,
  /** No direction is declared (a qualitative level, an arbitrary band table). */
  NONE
}
