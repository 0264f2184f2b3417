package io.github.jixiao.excel.read;

import io.github.jixiao.core.SourceCell;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one sheet's import records beside the values (导入记录): the cell each value was read from,
 * by its JSON path, and every assumption the import made, as notes in the document's language
 * (Chinese, as the table is).
 */
final class Recorder {

  private final Map<String, String> cells = new LinkedHashMap<>();
  private final List<SourceNote> notes = new ArrayList<>();

  /** The value at {@code path} was read from {@code cell} (the first cell given wins). */
  void cell(String path, String cell) {
    cells.putIfAbsent(path, cell);
  }

  /** A note at {@code cell} (null for the whole sheet): the message {@code key}, in Chinese. */
  void note(String cell, String key, Argument... arguments) {
    String text = Message.of(key, arguments).render(Locale.CHINESE);
    SourceNote.Builder note = SourceNote.builder().text(text);
    if (cell != null) {
      note.cell(cell);
    }
    notes.add(note.build());
  }

  List<SourceCell> cells() {
    List<SourceCell> out = new ArrayList<>(cells.size());
    cells.forEach((p, c) -> out.add(SourceCell.of(p, c)));
    return out;
  }

  List<SourceNote> notes() {
    return notes;
  }
}
