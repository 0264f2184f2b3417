package io.github.jixiao.excel.read;

import java.util.List;

/**
 * A workbook imported (导入结果): one self-evaluation per project sheet, in the workbook's order,
 * and the sheets that were not imported with why. At least one sheet is imported, or the import
 * fails.
 */
public record ImportResult(String file, List<ImportedSheet> sheets, List<SkippedSheet> skipped) {

  /** Copies the lists. */
  public ImportResult {
    sheets = List.copyOf(sheets);
    skipped = List.copyOf(skipped);
  }
}
