package io.github.jixiao.report;

import java.util.List;

/**
 * A table of a Word report (报告中的表格), kept as rows of cell texts: the 自评表 annex is often one.
 * Its number counts the report's tables from 1; {@code afterParagraph} is the number of the
 * paragraph it follows (0 before the first). Figures in a table are not read into the draft: the
 * table is kept for the person who confirms it.
 *
 * @param index the table's number, from 1
 * @param afterParagraph the paragraph it follows, 0 for none
 * @param rows the rows, each its cells' texts in order
 */
public record ReportTable(int index, int afterParagraph, List<List<String>> rows) {

  /** Copies the rows and checks the numbers. */
  public ReportTable {
    if (index < 1 || afterParagraph < 0) {
      throw new IllegalArgumentException("a table's number is from 1 and it follows paragraph 0"
          + " or later: " + index + ", " + afterParagraph);
    }
    rows = rows.stream().map(List::copyOf).toList();
  }
}
