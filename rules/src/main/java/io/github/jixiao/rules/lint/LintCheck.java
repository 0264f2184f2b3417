package io.github.jixiao.rules.lint;

import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.function.Consumer;

/**
 * A check of one's own on a rulebook (自定义评分办法检查), run by {@link RulebookLint} after the
 * standard ones: a bureau's house rules ("every leaf states its 评分标准 in a description"). Added
 * explicitly with {@link RulebookLint#with(String, LintCheck)}; there is no discovery.
 *
 * <p>The contract: pure and thread-safe, the rulebook not altered; each problem reported with a
 * code of one's own (not {@code JXR-}, which is Jixiao's register), a severity, a JSON path from
 * the rulebook's root and a {@link io.github.jixiao.core.message.Message}. A check that throws does
 * not stop the others: it becomes one {@link LintCode#LINT_FAILED} problem naming it.
 */
@FunctionalInterface
public interface LintCheck {

  /**
   * Reports the problems of {@code rulebook}, built and valid, as scored by {@code scorer}.
   *
   * @param rulebook the rulebook; never null
   * @param scorer the scorer it is to be scored by (its rules and formulas); never null
   * @param problems where to report
   */
  void check(Rulebook rulebook, Scorer scorer, Consumer<LintProblem> problems);
}
