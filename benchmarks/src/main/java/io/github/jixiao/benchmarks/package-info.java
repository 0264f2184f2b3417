/**
 * Benchmarks of Jixiao (绩效基准测试): JMH benchmarks of scoring, the standard checks and JSON, each
 * measured beside a baseline in the same run — a hand-written {@code BigDecimal} floor for scoring
 * and checks, Jackson's tree model for JSON — plus a batch of 10 000 generated evaluations in
 * memory and a province's 100 000 streamed from a JSON Lines file on two threads.
 *
 * <p>The evaluations are built here, deterministically ({@link Evaluations}); the baselines are in
 * {@link Baselines}, and each benchmark's setup verifies that its baseline computes what Jixiao
 * computes, so that the ratios compare equal work. {@link RatioTable} turns JMH's JSON result into
 * the table of ratios that {@code benchmarks/run.sh} prints. Not a library: nothing here is API.
 */
package io.github.jixiao.benchmarks;
