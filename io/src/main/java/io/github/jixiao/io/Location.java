package io.github.jixiao.io;

/**
 * A 1-based line and column (行号与列号) in a document's text.
 *
 * @param line the line, or 0 when unknown
 * @param column the column, or 0 when unknown
 */
record Location(int line, int column) {
  /** Where nothing is known. */
  public static final Location UNKNOWN = new Location(0, 0);
}
