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
 * {@link io.github.jixiao.io.JsonProblem} with its JSON path, line and column; a file or stream
 * that fails underneath raises a {@link io.github.jixiao.io.JsonFileException}. Reading is
 * bounded by {@link io.github.jixiao.io.ReadLimits}. Many documents, one a line (JSON Lines), are
 * read one at a time by {@link io.github.jixiao.io.DocumentLines} ({@code evaluations(file)}):
 * each as strictly, a bad one a {@link io.github.jixiao.io.JsonLineException} naming its line.
 * A rulebook file is checked before use ({@code checkRulebook(file)}, {@code jixiao rulebook
 * check}): a {@link io.github.jixiao.io.RulebookCheck} lists every
 * {@link io.github.jixiao.io.RulebookProblem} — reading's, the build's, the scorer's and the
 * lint's — with its code, severity, JSON path, line and column.
 *
 * <p>Everything this package says to a person is a {@link io.github.jixiao.core.message.Message}
 * from the bundle {@code io.github.jixiao.io.messages} ({@link io.github.jixiao.io.IoMessages}),
 * rendered in the language asked for; a violation of the domain keeps core's own message. The
 * texts of Jackson and of the JDK are never shown: the exception underneath is the cause. {@link io.github.jixiao.io.JixiaoModule} gives the
 * bindings to a Jackson {@code ObjectMapper} of your own.
 *
 * <p>The implementation lives in this package too, package-private: only the types above are an
 * API.
 */
package io.github.jixiao.io;
