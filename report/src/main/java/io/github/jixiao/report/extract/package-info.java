/**
 * A report read into a draft self-evaluation (报告提取): {@link
 * io.github.jixiao.report.extract.ReportDrafts} reads a report's text sentence by sentence with
 * the extraction rules — data, in {@code rules.json} beside this package's classes, each rule
 * with its examples and counterexamples — and builds a
 * {@link io.github.jixiao.core.DraftEvaluation}:
 * the budget figures (全年预算数, 年初预算数, 执行数, 完成率) in their money unit and printed
 * precision, the self-score and grade, stated rates with their parts, narrative claims, the
 * problems and improvement measures, the duties, organisational units and staffing — each item
 * with its sentence, place, section and confidence, and what no rule found. Dates, document
 * numbers (财预〔2020〕10号) and telephone numbers are never read as figures. The readings of each
 * kind of item are package-private.
 */
package io.github.jixiao.report.extract;
