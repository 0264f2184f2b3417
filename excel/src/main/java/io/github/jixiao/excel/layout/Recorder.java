package io.github.jixiao.excel.layout;

import io.github.jixiao.core.SourceCell;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one sheet's import records beside its values (导入记录): the cell each value was read from,
 * by JSON path, and the importer's notes, written in Chinese as the table is.
 */
final class Recorder {

  private final Map<String, String> cells = new LinkedHashMap<>();
  private final List<SourceNote> notes = new ArrayList<>();

  /** The value at {@code path} was read from {@code cell} (the first cell given wins). */
  void cell(String path, String cell) {
    cells.putIfAbsent(path, cell);
  }

  /** A note about {@code cell} (or the whole table when null). */
  void note(String cell, Message message) {
    SourceNote.Builder n = SourceNote.builder().text(message.render(Locale.SIMPLIFIED_CHINESE));
    if (cell != null) {
      n.cell(cell);
    }
    notes.add(n.build());
  }

  /** A note already worded (the reading layer's, a footnote of the table). */
  void note(String cell, String text) {
    SourceNote.Builder n = SourceNote.builder().text(text);
    if (cell != null) {
      n.cell(cell);
    }
    notes.add(n.build());
  }

  List<SourceCell> cells() {
    List<SourceCell> list = new ArrayList<>(cells.size());
    cells.forEach((path, cell) -> list.add(SourceCell.of(path, cell)));
    return list;
  }

  List<SourceNote> notes() {
    return List.copyOf(notes);
  }
}
