/**
 * JSON for every Jixiao document (JSON 文档): self-evaluations (绩效自评), rulebooks (评分规则表),
 * score cards (评分结果) and check reports (审核报告). Read strictly and exactly, written
 * reproducibly, each with its JSON Schema.
 *
 * <p>{@link io.github.jixiao.io.JixiaoJson} is the entry point: {@code readEvaluation},
 * {@code read(DocumentType, …)}, {@code write}, {@code schema}. A document names its
 * {@link io.github.jixiao.io.DocumentType format} in a top-level {@code "format"} field
 * ({@code "jixiao/self-evaluation/1"}). A document that cannot be read raises one
 * {@link io.github.jixiao.io.JsonDocumentException} listing every
 * {@link io.github.jixiao.io.JsonProblem} with its JSON path, line and column. Reading is bounded
 * by {@link io.github.jixiao.io.ReadLimits}. {@link io.github.jixiao.io.JixiaoModule} gives the
 * bindings to a Jackson {@code ObjectMapper} of your own.
 *
 * <p>The implementation lives in this package too, package-private: only the types above are an
 * API.
 */
package io.github.jixiao.io;
