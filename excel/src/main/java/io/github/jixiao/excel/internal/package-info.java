/**
 * The implementation of jixiao-excel's sheet layer (内部实现): opening a file safely, streaming an
 * .xlsx sheet, reading an .xls one, and quieting POI's logging. Not an API: nothing here is kept
 * stable, and nothing outside jixiao-excel may depend on it.
 */
package io.github.jixiao.excel.internal;
