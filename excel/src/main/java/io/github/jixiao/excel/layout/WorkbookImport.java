package io.github.jixiao.excel.layout;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ImportOptions;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.SkippedSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A workbook read sheet by sheet (工作簿导入): hidden sheets and summary sheets (汇总, 目录, 说明,
 * 填表说明) and sheets with no indicator header skipped with why; every other sheet detected as one
 * of the layouts by its header labels and read whole, or the import fails naming the header cells
 * it saw and the layouts it tried. Not API: {@link io.github.jixiao.excel.read.ExcelTables} is.
 */
public final class WorkbookImport {

  private static final List<String> SUMMARIES = List.of("汇总", "目录", "说明", "填表说明", "封面");
  private static final List<String> INDICATOR_HEADERS = List.of("一级指标", "三级指标", "三级指标名称",
      "指标名称");
  private static final int SEEN_ROWS = 8;

  private WorkbookImport() {}

  /** Reads every project sheet of {@code file}; see {@code ExcelTables.read}. */
  public static ImportResult read(Path file, ImportOptions options) {
    String name = String.valueOf(file.getFileName());
    List<ImportedSheet> sheets = new ArrayList<>();
    List<SkippedSheet> skipped = new ArrayList<>();
    Grid firstUnknown = null;
    for (Grid grid : WorkbookSheets.read(file)) {
      if (grid.hidden()) {
        skipped.add(new SkippedSheet(grid.name(), Message.of("excel.layout.skip.hidden",
            Argument.text("sheet", Echo.text(grid.name())))));
        continue;
      }
      if (SUMMARIES.stream().anyMatch(s -> Labels.normal(grid.name()).contains(s))) {
        skipped.add(new SkippedSheet(grid.name(), Message.of("excel.layout.skip.summary",
            Argument.text("sheet", Echo.text(grid.name())))));
        continue;
      }
      Optional<LayoutKind> layout = detect(grid);
      if (layout.isEmpty()) {
        if (hasIndicatorHeader(grid)) {
          throw notALayout(name, grid);
        }
        firstUnknown = firstUnknown == null && !empty(grid) ? grid : firstUnknown;
        skipped.add(new SkippedSheet(grid.name(), Message.of("excel.layout.skip.no-header",
            Argument.text("sheet", Echo.text(grid.name())))));
        continue;
      }
      SheetContext sheet = new SheetContext(grid, layout.get(), name, options, new Recorder());
      IndicatorBlock block = IndicatorBlock.find(sheet, 0).orElseThrow(() -> notALayout(name,
          grid));
      sheets.add(new ImportedSheet(grid.name(), layout.get().name(),
          SheetImport.read(sheet, block)));
    }
    if (sheets.isEmpty() && firstUnknown != null) {
      throw notALayout(name, firstUnknown);
    }
    if (sheets.isEmpty()) {
      throw new ExcelImportException(name, null, Message.of("excel.layout.no-sheet",
          Argument.text("file", Echo.text(name))), null);
    }
    return new ImportResult(sheets, skipped);
  }

  /** The first layout whose identifying labels the sheet has, all of them. */
  static Optional<LayoutKind> detect(Grid grid) {
    Set<String> labels = labels(grid);
    for (LayoutKind layout : LayoutKind.values()) {
      boolean all = layout.identifying.stream().allMatch(id -> labels.stream()
          .anyMatch(l -> Labels.matches(l, id)));
      if (all) {
        return Optional.of(layout);
      }
    }
    return Optional.empty();
  }

  private static Set<String> labels(Grid grid) {
    Set<String> labels = new HashSet<>();
    for (int r = 0; r < Math.min(grid.rows(), 200); r++) {
      for (int c = 0; c < grid.columns(r); c++) {
        labels.add(grid.label(r, c));
      }
    }
    return labels;
  }

  private static boolean hasIndicatorHeader(Grid grid) {
    Set<String> labels = labels(grid);
    return INDICATOR_HEADERS.stream().anyMatch(h -> labels.stream()
        .anyMatch(l -> Labels.matches(l, h)));
  }

  private static boolean empty(Grid grid) {
    return labels(grid).stream().allMatch(String::isEmpty);
  }

  private static ExcelImportException notALayout(String file, Grid grid) {
    List<String> seen = new ArrayList<>();
    for (int r = 0; r < Math.min(grid.rows(), SEEN_ROWS); r++) {
      for (int c = 0; c < grid.columns(r); c++) {
        String t = grid.text(r, c);
        if (!t.isEmpty() && (c == 0 || !t.equals(grid.text(r, c - 1)))) {
          seen.add(grid.address(r, c) + " " + Echo.text(t));
        }
      }
    }
    List<String> tried = Arrays.stream(LayoutKind.values()).map(Enum::name).sorted().toList();
    return new ExcelImportException(file, grid.address(0, 0), Message.of(
        "excel.layout.not-a-layout", Argument.text("file", Echo.text(file)),
        Argument.text("sheet", Echo.text(grid.name())), Argument.list("cells", seen),
        Argument.list("layouts", tried)), null);
  }
}
