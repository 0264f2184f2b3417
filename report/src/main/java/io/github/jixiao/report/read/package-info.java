/**
 * Reading a report file (报告文件读取): {@link io.github.jixiao.report.read.ReportFiles} tells a
 * .docx, a .pdf and a text file apart by their first bytes (an old .doc, an encrypted Word file,
 * a workbook, an RTF or HTML file saved under a report's name are refused saying so), holds each
 * to its {@link io.github.jixiao.report.ReportLimits}, and reads it into the {@link
 * io.github.jixiao.report.ReportText}: paragraphs with their places, a Word report's tables as
 * rows. The readers of each format are package-private.
 */
package io.github.jixiao.report.read;
