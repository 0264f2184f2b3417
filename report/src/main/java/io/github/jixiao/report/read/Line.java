package io.github.jixiao.report.read;

import java.util.OptionalInt;

/**
 * One line as a file gives it (行): a line of a text file, of a PDF page or a Word paragraph,
 * with the page and line number where it stands and the heading level the file's own structure
 * gives it.
 */
record Line(String text, Integer page, Integer number, OptionalInt headingLevel) {}
