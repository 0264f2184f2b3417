package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.WorkpaperNote;
import io.github.jixiao.rules.result.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one workpaper sheet's reading records (复核底稿读取记录): the cell of every value of the
 * review by JSON path, and the notes — errors, warnings and infos — in the order met.
 */
final class WorkpaperNotes {

  private final Map<String, String> cells = new LinkedHashMap<>();
  private final List<WorkpaperNote> notes = new ArrayList<>();

  /** The value at {@code path} was read from {@code cell} (the first cell given wins). */
  void cell(String path, String cell) {
    cells.putIfAbsent(path, cell);
  }

  void error(String cell, String key, Argument... arguments) {
    add(Severity.ERROR, cell, Message.of(key, arguments));
  }

  void warning(String cell, String key, Argument... arguments) {
    add(Severity.WARNING, cell, Message.of(key, arguments));
  }

  void info(String cell, Message message) {
    add(Severity.INFO, cell, message);
  }

  private void add(Severity severity, String cell, Message message) {
    notes.add(new WorkpaperNote(severity, Optional.ofNullable(cell), message));
  }

  Map<String, String> cells() {
    return cells;
  }

  List<WorkpaperNote> notes() {
    return notes;
  }

  /** A value as a message shows it: its text, cut and escaped, or "blank". */
  static Argument shown(String name, String written) {
    return Argument.message(name, written.isEmpty() ? Message.of("excel.layout.workpaper.blank")
        : Message.of("excel.layout.workpaper.as-written",
            Argument.text("written", Echo.text(written))));
  }
}
