/**
 * A rulebook in words (评分办法的文字说明): what {@code jixiao rulebook show} prints — the indicator
 * tree with its weights (分值), each leaf's rule in words ("≤100% → 5；每超 1 个百分点扣 0.5（不足 1
 * 个百分点的按比例扣），扣完为止"), the grade scale (等级标准), the settings and the provenance with
 * its assumptions.
 *
 * <p>{@link io.github.jixiao.rules.words.RulebookWords} describes a {@link
 * io.github.jixiao.rules.rulebook.Rulebook} with the rules of a {@link
 * io.github.jixiao.rules.scoring.ScoringRules} registry (each rule says its own words, {@link
 * io.github.jixiao.rules.spi.ScoringRule#describe}; a rule that says none is shown by its type id
 * and parameters) into a {@link io.github.jixiao.rules.words.RulebookDescription}: plain values,
 * locale-free, whose every text is a {@link io.github.jixiao.core.message.Message} rendered only
 * when asked ({@code render(Locale)}), and whose domain data (codes, names, the basis, the
 * assumptions) are the rulebook's own strings. Rendering a page of text from them is the
 * command line's business.
 *
 * <p>Depends on the rulebook model and the scoring registry; nothing in the engine depends on it.
 */
@DomainStyle
package io.github.jixiao.rules.words;

import io.github.jixiao.core.value.DomainStyle;
