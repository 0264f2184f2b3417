/**
 * The layout readers of jixiao-excel (自评表表样读取), not API: a sheet's grid detected as one of
 * the layouts of formats.md by its header labels ({@link io.github.jixiao.excel.layout.LayoutKind})
 * and read block by block — head, money block, overall target, indicator block, total, footnotes
 * — into a {@link io.github.jixiao.core.SelfEvaluation} with the cell of every value and every
 * assumption. {@link io.github.jixiao.excel.read.ExcelTables} is the entry point;
 * {@link io.github.jixiao.excel.layout.WorkbookImport} is public only for it.
 */
package io.github.jixiao.excel.layout;
