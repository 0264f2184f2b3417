/**
 * Reports of self-evaluations (自评报告) as Jixiao reads them: the text of a report ({@link
 * io.github.jixiao.report.ReportText}) in {@link io.github.jixiao.report.Paragraph paragraphs}
 * with their places (paragraph, page, line) and its {@link io.github.jixiao.report.ReportTable
 * tables} as rows; the limits a hostile file is held to ({@link
 * io.github.jixiao.report.ReportLimits}); what the person reading a report knows that it does not
 * say ({@link io.github.jixiao.report.ExtractionOptions}); and the refusal of a file ({@link
 * io.github.jixiao.report.ReportReadException}). The reader is {@link
 * io.github.jixiao.report.read.ReportFiles}, the outline {@link
 * io.github.jixiao.report.outline.Outline}, the extraction into a draft self-evaluation {@link
 * io.github.jixiao.report.extract.ReportDrafts}. This package depends on no other of the
 * module's.
 *
 * <p>Everything this module says to a person is a {@link io.github.jixiao.core.message.Message}
 * from its bundle {@code io.github.jixiao.report.messages}. POI's and PDFBox's own texts are
 * never shown: their exception is the cause.
 */
package io.github.jixiao.report;
