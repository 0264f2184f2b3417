package io.github.jixiao.excel.layout;

import io.github.jixiao.core.SourceNote;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.excel.internal.RulebookName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One sheet as a layout reader sees it (工作表网格): the text of every cell as written (trimmed;
 * "" for an empty cell; every cell of a merged region reads its top-left), the cell's address as
 * Excel names it, hidden rows, the notes the reading made about cells, and the rulebook the sheet
 * declares ({@link RulebookName}), if any. Built from POI's usermodel by {@link WorkbookSheets}.
 */
final class Grid {

  private final String name;
  private final boolean hidden;
  private final String[][] text;
  private final Set<Integer> hiddenRows;
  private final List<CellNote> cellNotes;
  private final Optional<RulebookName.Declared> rulebook;

  Grid(String name, boolean hidden, String[][] text, Set<Integer> hiddenRows,
      List<CellNote> cellNotes, Optional<RulebookName.Declared> rulebook) {
    this.name = name;
    this.hidden = hidden;
    this.text = text;
    this.hiddenRows = Set.copyOf(hiddenRows);
    this.cellNotes = List.copyOf(cellNotes);
    this.rulebook = rulebook;
  }

  /** The rulebook the sheet declares by its name {@value RulebookName#NAME}, if it has one. */
  Optional<RulebookName.Declared> rulebook() {
    return rulebook;
  }

  String name() {
    return name;
  }

  boolean hidden() {
    return hidden;
  }

  int rows() {
    return text.length;
  }

  int columns(int row) {
    return row < 0 || row >= text.length ? 0 : text[row].length;
  }

  /** The text as written at (row, column), zero-based; "" outside the sheet. */
  String text(int row, int column) {
    if (row < 0 || row >= text.length || column < 0 || column >= text[row].length) {
      return "";
    }
    String t = text[row][column];
    return t == null ? "" : t;
  }

  /** The label at (row, column), normalised for matching ({@link Labels#normal}). */
  String label(int row, int column) {
    return Labels.normal(text(row, column));
  }

  boolean rowHidden(int row) {
    return hiddenRows.contains(row);
  }

  /** A note the reading layer made about a cell (a formula without a cached value, …). */
  record CellNote(String cell, Message message) {}

  /** Notes the reading layer made about cells (formula without a cached value, …), as Chinese. */
  List<SourceNote> cellNotes() {
    return cellNotes.stream().map(n -> SourceNote.builder().cell(n.cell())
        .text(n.message().render(java.util.Locale.CHINESE)).build()).toList();
  }

  /** The same notes as messages, to be said in the reader's language. */
  List<CellNote> cellMessages() {
    return cellNotes;
  }

  /** The cell's address as Excel writes it: {@code 项目1!H12}, {@code 'Sheet 1'!A1}. */
  String address(int row, int column) {
    return sheetPrefix(name) + columnName(column) + (row + 1);
  }

  static String sheetPrefix(String sheet) {
    boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0))
        && sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    return plain ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
  }

  static String columnName(int column) {
    StringBuilder b = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      b.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return b.toString();
  }
}
