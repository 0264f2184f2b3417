package io.github.jixiao.excel.layout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A header row of a 自评表 and the column of each role in it (表头), found by label: a table may
 * add, drop or move a column (Jixiao's template adds 指标性质 and 计量单位 to layout A; its export
 * adds 复核得分 and 差异), and the reader follows the labels.
 */
final class Columns {

  private final int row;
  private final Map<Role, Integer> columns;

  private Columns(int row, Map<Role, Integer> columns) {
    this.row = row;
    this.columns = columns;
  }

  /**
   * The first row at or after {@code from} that has the label of {@code marker}, with the columns
   * of {@code labels} in it; empty when no row has it.
   */
  static Optional<Columns> find(Grid grid, int from, Role marker, Map<Role, List<String>> labels) {
    for (int r = Math.max(0, from); r < grid.rows(); r++) {
      if (column(grid, r, labels.get(marker)).isPresent()) {
        Map<Role, Integer> found = new EnumMap<>(Role.class);
        for (Map.Entry<Role, List<String>> e : labels.entrySet()) {
          column(grid, r, e.getValue()).ifPresent(c -> found.put(e.getKey(), c));
        }
        return Optional.of(new Columns(r, found));
      }
    }
    return Optional.empty();
  }

  /** The first column of {@code row} whose label matches one of {@code aliases}, in their order. */
  static OptionalInt column(Grid grid, int row, List<String> aliases) {
    for (String alias : aliases) {
      for (int c = 0; c < grid.columns(row); c++) {
        // A merged label repeats over its region: its first column is the label's.
        if (Labels.matches(grid.label(row, c), alias)
            && (c == 0 || !grid.text(row, c).equals(grid.text(row, c - 1)))) {
          return OptionalInt.of(c);
        }
      }
    }
    return OptionalInt.empty();
  }

  int row() {
    return row;
  }

  boolean has(Role role) {
    return columns.containsKey(role);
  }

  /** The column of {@code role}, or -1 when the header has none. */
  int of(Role role) {
    return columns.getOrDefault(role, -1);
  }
}
