package io.github.jixiao.excel.layout;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.SkippedSheet;
import io.github.jixiao.excel.WorkpaperResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reviewer's workpaper read sheet by sheet (复核底稿读取), layout G: hidden sheets, the summary
 * sheets (汇总, 自评复核报告表, 目标完成，偏离度, 差值表) and sheets with no workpaper header in their
 * first 8 rows skipped with why; every other sheet read as a review of the evaluation given. Not
 * API: {@link io.github.jixiao.excel.read.ExcelWorkpapers} is.
 */
public final class WorkpaperImport {

  private static final List<String> SUMMARIES = List.of("汇总", "自评复核报告表", "目标完成,偏离度",
      "偏离度", "差值表");

  private WorkpaperImport() {}

  /** Reads every project sheet of {@code file}; see {@code ExcelWorkpapers.read}. */
  public static WorkpaperResult read(Path file, SelfEvaluation evaluation) {
    String name = String.valueOf(file.getFileName());
    IndicatorIndex index = new IndicatorIndex(evaluation);
    List<ReviewedSheet> sheets = new ArrayList<>();
    List<SkippedSheet> skipped = new ArrayList<>();
    for (Grid grid : WorkbookSheets.read(file)) {
      Argument sheet = Argument.text("sheet", Echo.text(grid.name()));
      if (grid.hidden()) {
        skipped.add(new SkippedSheet(grid.name(), Message.of("excel.layout.skip.hidden", sheet)));
        continue;
      }
      String normal = Labels.normal(grid.name());
      if (SUMMARIES.stream().anyMatch(normal::contains)) {
        skipped.add(new SkippedSheet(grid.name(), Message.of(
            "excel.layout.workpaper.skip.summary", sheet)));
        continue;
      }
      Optional<WorkpaperColumns> header = WorkpaperColumns.find(grid);
      if (header.isEmpty()) {
        skipped.add(new SkippedSheet(grid.name(), Message.of(
            "excel.layout.workpaper.skip.no-header", sheet,
            Argument.number("rows", WorkpaperColumns.HEADER_ROWS))));
        continue;
      }
      sheets.add(WorkpaperSheet.read(name, grid, header.get(), evaluation, index));
    }
    if (sheets.isEmpty()) {
      throw new ExcelImportException(name, null, Message.of("excel.layout.workpaper.no-sheet",
          Argument.text("file", Echo.text(name)),
          Argument.number("rows", WorkpaperColumns.HEADER_ROWS)), null);
    }
    return new WorkpaperResult(sheets, skipped);
  }
}
