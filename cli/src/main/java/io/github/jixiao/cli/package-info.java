/**
 * The Jixiao command line (命令行工具): {@code jixiao score|check|validate|render|schema}, over JSON
 * documents of self-evaluations (绩效自评).
 *
 * <p>{@link io.github.jixiao.cli.Jixiao} is the entry point; everything else here is its
 * implementation and not an API. Exit codes: {@value io.github.jixiao.cli.Jixiao#OK} when all is
 * well, {@value io.github.jixiao.cli.Jixiao#ERROR_FINDINGS} when a reviewer's check found an error
 * (错误), {@value io.github.jixiao.cli.Jixiao#BAD_INPUT} for a document that cannot be read or a
 * command line that cannot be understood. Results go to standard output (text, or JSON with
 * {@code --json}); errors go to standard error and say what and where (file, line:column, JSON
 * path).
 */
package io.github.jixiao.cli;
