package io.github.jixiao.rules.scoring;

/**
 * What the scorer does when a scoring rule fails on one indicator (评分失败处理): the rule throws
 * (an exception, or an error a rule can cause such as {@link StackOverflowError}), returns no
 * outcome, or gives points outside [0, weight] or of an absurd scale. The rulebook's own problems
 * (an unregistered rule type, a rule whose {@code check} refuses its parameters, a rulebook for
 * another kind of evaluation) and a failing formula still stop scoring under either policy.
 *
 * <p>Chosen on the scorer: {@link Scorer#withFailurePolicy(FailurePolicy)}, or {@link
 * Scorer#strict()} for {@link #ABORT}. The default is {@link #RECORD}, so one bad user rule does
 * not spoil every evaluation of a batch.
 */
public enum FailurePolicy {
  /**
   * 记录并继续: the failed indicator is marked {@link
   * io.github.jixiao.rules.result.ScoreStatus#FAILED} with 0 points and an explanation naming the
   * rule type and the exception's class (never its text); the rest of the card scores, and the
   * card carries an error note ({@code note.rule-failed}). The default.
   */
  RECORD,
  /**
   * 中止: the first failure aborts scoring with a {@link ScoringException} naming the rule type
   * and the indicator, what the rule threw as its cause.
   */
  ABORT
}
