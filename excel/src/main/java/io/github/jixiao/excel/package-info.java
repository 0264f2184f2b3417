/**
 * Excel workbooks of self-evaluations (Excel 自评表): the values an import gives back ({@link
 * io.github.jixiao.excel.ImportResult}, {@link io.github.jixiao.excel.ImportedSheet}, {@link
 * io.github.jixiao.excel.SkippedSheet}), its options ({@link io.github.jixiao.excel.ImportOptions})
 * and its refusal ({@link io.github.jixiao.excel.ExcelImportException}); and those of a reviewer's
 * workpaper (复核底稿) read ({@link io.github.jixiao.excel.WorkpaperResult}, {@link
 * io.github.jixiao.excel.ReviewedSheet}, {@link io.github.jixiao.excel.WorkpaperNote}). The
 * importer is {@link io.github.jixiao.excel.read.ExcelTables}, the workpaper's reader {@link
 * io.github.jixiao.excel.read.ExcelWorkpapers}; the writers of templates and score-card workbooks are
 * in {@link io.github.jixiao.excel.write}. This package depends on no other of the module's.
 *
 * <p>Everything this module says to a person is a {@link io.github.jixiao.core.message.Message}
 * from its bundles ({@code io.github.jixiao.excel.messages} for the layouts, {@code
 * .read.messages} for opening a file, {@code .write.messages} for writing). POI's own texts are
 * never shown: its exception is the cause.
 */
package io.github.jixiao.excel;
