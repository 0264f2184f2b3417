package io.github.jixiao.excel.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The header cells a sheet showed (所见表头): the text cells of its first 8 rows with their
 * addresses, for the error that says a workbook holds no layout Jixiao reads.
 */
final class Headers {

  /** At most this many cells are named per sheet. */
  static final int MOST = 12;

  private Headers() {}

  static List<String> seen(Grid grid) {
    List<String> seen = new ArrayList<>();
    for (int r = 0; r <= Math.min(7, grid.lastRow()) && seen.size() < MOST; r++) {
      for (int c = 0; c < Math.min(grid.width(r), 30) && seen.size() < MOST; c++) {
        String t = grid.text(r, c);
        if (!t.isEmpty() && !grid.isMergedTail(r, c)) {
          seen.add(grid.address(r, c) + " " + io.github.jixiao.core.value.Echo.text(t));
        }
      }
    }
    return seen;
  }
}
