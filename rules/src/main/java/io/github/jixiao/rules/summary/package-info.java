/**
 * The batch summary (批量汇总): what a bureau's year of self-evaluations looks like as a whole —
 * per unit the claimed and computed totals and grades, execution rate and finding counts; the
 * grade distribution claimed against computed; the units ranked by inflation (claimed −
 * computed); findings by code; and the execution rates in fixed bins. {@link BatchSummary} is fed
 * one scored evaluation at a time and keeps only a few figures of each, so a batch of thousands
 * stays small; every figure is an exact {@link java.math.BigDecimal} or a count.
 *
 * <p>Depends on core and {@code rules.result} only; nothing in rules depends on it.
 */
package io.github.jixiao.rules.summary;
