/**
 * The service-provider interface (扩展接口): what a user of Jixiao implements to add a scoring
 * method ({@link io.github.jixiao.rules.spi.ScoringRule}, 评分方法), a reviewer's check ({@link
 * io.github.jixiao.rules.spi.ConsistencyCheck}, 审核规则), a named figure of one's own ({@link
 * io.github.jixiao.rules.spi.Formula}, 计算公式) or, through their providers, whole sets of them;
 * the types those exchange with the engine ({@link io.github.jixiao.rules.spi.RuleInput}, {@link
 * io.github.jixiao.rules.spi.RuleOutcome}, {@link io.github.jixiao.rules.spi.RuleProblems}, {@link
 * io.github.jixiao.rules.spi.CheckContext}); and the {@link
 * io.github.jixiao.rules.spi.PluginException} a registration that cannot be done throws.
 *
 * <p>One scheme holds for scoring rules, consistency checks and formulas: the standard set
 * ({@code standard()}) is the built-ins only, always usable; {@code with(...)} registers one's
 * own explicitly; {@code withDiscovered()} adds what the class path's providers give — only when
 * asked, so a class path change never silently changes a score. Order is deterministic (built-ins,
 * then providers by priority and class name, then explicit registrations), and an id given twice
 * is refused, naming both sources.
 *
 * <p>The engine (the scorer in {@code rules.scoring}, the check registry in {@code rules.check},
 * the formula registry in {@code rules.formula}) depends on this package; nothing here depends on
 * the engine, so an implementation compiles against the vocabulary ({@code rules.rulebook},
 * {@code rules.result}, and core's {@code core.message}) and this package alone.
 */
@DomainStyle
package io.github.jixiao.rules.spi;

import io.github.jixiao.core.value.DomainStyle;
