/**
 * The static analysis of a rulebook (评分办法静态检查), the engine of {@code jixiao rulebook check}:
 * what DMN tools give decision tables, for scoring. {@link
 * io.github.jixiao.rules.lint.RulebookLint} takes a built {@link
 * io.github.jixiao.rules.rulebook.Rulebook} and the {@link io.github.jixiao.rules.scoring.Scorer}
 * it is to be scored by and lists its {@link io.github.jixiao.rules.lint.LintProblem problems}:
 * what {@code Scorer.verify} refuses (a rule type not registered, a parameter a rule does not
 * take), band tables that leave values out or have bands out of reach, leaves that never earn
 * their full points or never reach 0, deductions that can exceed a weight, grades out of reach.
 * Each has a stable code of the {@link io.github.jixiao.rules.lint.LintCode} register, a severity
 * and a JSON path from the rulebook's root ({@code $.indicators[3].rule.bands[1]}), which
 * jixiao-io's rulebook check places at a line and column of the file.
 *
 * <p>What building a rulebook refuses — weights that do not add up, gaps and overlaps between
 * bands, a grade scale not starting at 0, a duplicate code, a deduction cap above a weight — is
 * not looked at again here: a rulebook that does not build is never analysed.
 *
 * <p>Everything it says is a {@link io.github.jixiao.core.message.Message} of jixiao-rules' bundle
 * ({@code rules.lint.*}). A check of one's own is a {@link io.github.jixiao.rules.lint.LintCheck},
 * added with {@code RulebookLint.standard().with(name, check)}.
 */
package io.github.jixiao.rules.lint;
