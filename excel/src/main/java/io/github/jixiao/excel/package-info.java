/**
 * Excel workbooks (Excel 自评表) of self-evaluations: the tables units fill in, read from .xlsx
 * and .xls files. The sheet layer, {@link io.github.jixiao.excel.sheet}, reads a workbook into
 * grids of cells as written; the layout readers build documents from them.
 *
 * <p>Everything this module says to a person is a {@link io.github.jixiao.core.message.Message}
 * from the bundle {@code io.github.jixiao.excel.messages} ({@link
 * io.github.jixiao.excel.ExcelMessages}). POI's own texts are never shown: its exception is the
 * cause.
 */
package io.github.jixiao.excel;
