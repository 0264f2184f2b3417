/**
 * Rulebooks (评分规则表, 评价指标体系): the indicator tree of a scoring table with each indicator's
 * weight (分值) and scoring rule, the grade scale (等级标准) and the rounding policy, as plain data.
 *
 * <p>A {@link io.github.jixiao.rules.rulebook.Rulebook} is built through its builder, which
 * validates it and lists every problem (weights that do not add up, duplicate codes, band tables
 * with a gap or an overlap, deduction caps above a weight, rule parameters that make no sense).
 * Its tree is <em>complete</em> (every leaf fixed) or <em>open</em> (groups fixed, leaves supplied
 * by each evaluation's own table, 自评表). Every rulebook says where it comes from
 * ({@link io.github.jixiao.rules.rulebook.Provenance}): confirmed from a published table, or
 * reconstructed — and every assumed number stays data a user can change.
 *
 * <p>{@link io.github.jixiao.rules.Rulebooks} holds the built-in rulebooks: the MoF
 * project self-evaluation (财预〔2020〕10号), the MoF department-wide framework (财预〔2013〕53号)
 * and a reconstruction of Guangzhou's 2021 department-wide table.
 */
@DomainStyle
package io.github.jixiao.rules.rulebook;

import io.github.jixiao.core.value.DomainStyle;
