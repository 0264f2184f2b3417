/**
 * The implementation shared by jixiao-report's reader, outline and extraction (内部实现): the text
 * as read made safe to keep and to match — control and bidi characters replaced, full-width
 * digits and signs read as their ASCII forms, one character for one — and the outline's
 * vocabulary (numbering marks and known section titles), read from its resource. Not an API:
 * nothing here is kept stable, and nothing outside jixiao-report may depend on it.
 */
package io.github.jixiao.report.internal;
