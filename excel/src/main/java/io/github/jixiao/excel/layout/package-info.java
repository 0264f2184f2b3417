/**
 * The layout readers of jixiao-excel (自评表表样读取), not API: a sheet's grid detected as one of
 * the layouts of formats.md by its header labels ({@link io.github.jixiao.excel.layout.LayoutKind})
 * and read block by block — head, money block, overall target, indicator block, total, footnotes
 * — into a {@link io.github.jixiao.core.SelfEvaluation} with the cell of every value and every
 * assumption; and the reviewer's workpaper, layout G, read against the evaluation it reviews
 * into a {@link io.github.jixiao.core.Review} per sheet. {@link
 * io.github.jixiao.excel.read.ExcelTables} and {@link io.github.jixiao.excel.read.ExcelWorkpapers}
 * are the entry points; {@link io.github.jixiao.excel.layout.WorkbookImport} and {@link
 * io.github.jixiao.excel.layout.WorkpaperImport} are public only for them.
 */
package io.github.jixiao.excel.layout;
