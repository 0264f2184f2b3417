/**
 * The service-provider interface (扩展接口): what a user of Jixiao implements to add a scoring
 * method ({@link io.github.jixiao.rules.spi.ScoringRule}, 评分方法), a reviewer's check ({@link
 * io.github.jixiao.rules.spi.ConsistencyCheck}, 审核规则) or, through their providers, whole sets
 * of them, and the types those exchange with the engine ({@link
 * io.github.jixiao.rules.spi.RuleInput}, {@link io.github.jixiao.rules.spi.RuleOutcome}, {@link
 * io.github.jixiao.rules.spi.RuleProblems}, {@link io.github.jixiao.rules.spi.CheckContext}).
 *
 * <p>The engine (the scorer in {@code rules.scoring}, the check registry in {@code rules.check})
 * depends on this package; nothing here depends on the engine, so an implementation compiles
 * against the vocabulary ({@code rules.rulebook}, {@code rules.result}, {@code
 * rules.explanation}) and this package alone.
 */
@DomainStyle
package io.github.jixiao.rules.spi;

import io.github.jixiao.core.value.DomainStyle;
