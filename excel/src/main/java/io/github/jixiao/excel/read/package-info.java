/**
 * Reading the 自评表 (自评表导入): {@link io.github.jixiao.excel.read.ExcelTables}, the importer of
 * workbooks units fill in, and {@link io.github.jixiao.excel.read.ExcelWorkpapers}, the reader of
 * the workpapers (复核底稿) reviewers keep of them. What it gives back and how it refuses — {@code ImportResult}, {@code
 * ImportOptions}, {@code ExcelImportException} — are in {@link io.github.jixiao.excel}, shared
 * with the layouts that do the work ({@code excel.layout}, not API).
 */
package io.github.jixiao.excel.read;
