/**
 * Scoring (评分): the {@link io.github.jixiao.rules.spi.ScoringRule} plug-in point and its
 * built-in rules (every way an indicator is scored in the methodology), the registry of rule types
 * {@link io.github.jixiao.rules.scoring.ScoringRules}, and the
 * {@link io.github.jixiao.rules.scoring.Scorer} that turns a self-evaluation (绩效自评) and a
 * rulebook into a {@link io.github.jixiao.rules.result.ScoreCard} (评分表) explaining every point.
 *
 * <p>A rulebook names a rule by its type id and parameters ({@link
 * io.github.jixiao.rules.rulebook.RuleSpec}, e.g. {@code {type: "threshold", params: {standard:
 * 100, step: 0.5}}}); the registry maps the id to the rule, which knows its own id. A user's own
 * rule is registered explicitly ({@link io.github.jixiao.rules.scoring.ScoringRules#with}) or,
 * only when asked ({@link io.github.jixiao.rules.scoring.ScoringRules#withDiscovered()}), found
 * through {@link java.util.ServiceLoader} as a {@link
 * io.github.jixiao.rules.spi.ScoringRuleProvider}. Every rule's own check runs when a rulebook
 * is prepared for scoring.
 *
 * <p>Scoring is exact ({@link java.math.BigDecimal}, half up), pure, deterministic and thread-safe.
 * Explanations (评分说明) are kept as structured data ({@link io.github.jixiao.core.message.Message}:
 * a key and its arguments) and rendered, from jixiao-rules' bundle or a plug-in's, in the language
 * asked for only when asked for.
 */
@DomainStyle
package io.github.jixiao.rules.scoring;

import io.github.jixiao.core.value.DomainStyle;
