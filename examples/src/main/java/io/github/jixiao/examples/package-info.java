/**
 * Small programs to copy from (示例): each shows one way to use Jixiao and runs in the test command,
 * so that it cannot rot.
 *
 * <ul>
 *   <li>{@link io.github.jixiao.examples.ScoreThroughTheApi}: read a self-evaluation (绩效自评) from
 *       JSON, score it under its rulebook and print the score card (评分表).
 *   <li>{@link io.github.jixiao.examples.CustomConsistencyCheck}: a reviewer's check of one's own
 *       (审核规则), run beside the standard ones.
 *   <li>{@link io.github.jixiao.examples.CustomScoringRule}: a scoring rule of one's own (评分规则),
 *       registered under a type id and named from a rulebook.
 *   <li>{@link io.github.jixiao.examples.DeriveARulebook}: a built-in rulebook with two weights
 *       moved, in one call, and an evaluation scored under it.
 *   <li>{@link io.github.jixiao.examples.DeriveAnEvaluation}: a read self-evaluation with one
 *       entry changed, in one call, scored again.
 * </ul>
 *
 * <p>The data they run on is the project's first real report, {@code
 * examples/baiyun-2021/evaluation.json}.
 */
package io.github.jixiao.examples;
