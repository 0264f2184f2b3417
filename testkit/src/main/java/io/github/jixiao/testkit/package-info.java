/**
 * Jixiao's testkit (测试工具包): generators of valid — and deliberately invalid — values of the
 * performance self-evaluation (绩效自评) domain, for property tests of scoring rules, checks and
 * readers.
 *
 * <p>A {@link io.github.jixiao.testkit.Gen generator} is a function of a
 * {@link io.github.jixiao.testkit.Source source of choices}; any property-testing tool can drive
 * it by implementing the one method of {@code Source}. Two adapters come with the testkit:
 * {@link io.github.jixiao.testkit.RandomSource} over {@link java.util.random.RandomGenerator}
 * (seeded, reproducible, no shrinking) and
 * {@code io.github.jixiao.testkit.quicktheories.QuickTheoriesGens} for QuickTheories, which
 * shrinks a failing value by simplifying the draws it was made from.
 *
 * <p>{@link io.github.jixiao.testkit.JixiaoGens} has the generators of valid values: amounts,
 * percentages, points, budgets whose parts agree, departments, tasks, indicator tables whose
 * weights add up to exactly 100, entries inside their qualitative bands, deductions, stated
 * figures and whole self-evaluations, consistent as a careful unit would write them.
 * {@link io.github.jixiao.testkit.InvalidGens} has values that break exactly one
 * {@link io.github.jixiao.testkit.BrokenProperty property} each, with the violation path core
 * must report.
 *
 * <pre>{@code
 * qt().withExamples(200)
 *     .forAll(QuickTheoriesGens.of(JixiaoGens.selfEvaluations()))
 *     .check(evaluation -> myCheck.findings(evaluation).isEmpty());
 * }</pre>
 */
package io.github.jixiao.testkit;
