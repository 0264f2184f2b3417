/**
 * The checks a finance-bureau reviewer makes on a self-evaluation (绩效自评审核) before believing
 * it: the numbers against each other, the claims against the numbers, the score against the rules.
 *
 * <p>A {@link io.github.jixiao.rules.spi.ConsistencyCheck} is the plug-in point: a pure,
 * thread-safe function from a {@link io.github.jixiao.rules.spi.CheckContext} (the evaluation,
 * and optionally the rulebook it is scored under) to {@link io.github.jixiao.rules.result.Finding
 * findings}. {@link io.github.jixiao.rules.check.Checks} is an immutable registry of checks keyed
 * by their stable code: {@link io.github.jixiao.rules.check.Checks#standard()} holds every check of
 * the methodology, each listed in {@link io.github.jixiao.rules.result.CheckCode}; users add their
 * own explicitly ({@code with}) or, only when asked ({@code withDiscovered()}), through {@link
 * java.util.ServiceLoader} as a {@link io.github.jixiao.rules.spi.ConsistencyCheckProvider}; a
 * duplicate code is refused.
 * Running them gives a {@link io.github.jixiao.rules.result.CheckReport}:
 *
 * <pre>{@code
 * CheckReport report = Checks.standard().run(evaluation);
 * report.getFindings().forEach(f -> System.out.println(f.getCode() + " " + f.getPath()
 *     + " " + f.message(Locale.CHINESE)));
 * boolean believable = !report.hasErrors();
 * }</pre>
 *
 * <p>Everything a check says — a finding, why it did not run, its description — is a {@link
 * io.github.jixiao.core.message.Message} from the bundle {@code
 * io.github.jixiao.rules.check.messages} (keys {@code check.*}), rendered in the language asked
 * for; a deployment rewords a finding with a file of that base name earlier on the class path.
 *
 * <p>A check that throws does not stop the others: it becomes an error finding with code
 * {@link io.github.jixiao.rules.result.CheckCode#CHECK_FAILED JX-000} naming the check. A check that
 * needs what the context lacks (a rulebook) is listed in the report as not run, with the reason.
 */
@DomainStyle
package io.github.jixiao.rules.check;

import io.github.jixiao.core.value.DomainStyle;
