package io.github.jixiao.excel;

import java.util.List;

/**
 * One workbook read (工作簿导入结果): an evaluation per project sheet, in the workbook's order, and
 * the sheets skipped with why. Whole or not at all: a sheet that looks like a 自评表 but cannot be
 * read makes the import throw, it is never skipped silently.
 */
public final class ImportResult {

  private final List<ImportedSheet> sheets;
  private final List<SkippedSheet> skipped;

  /** The sheets read and the sheets skipped. */
  public ImportResult(List<ImportedSheet> sheets, List<SkippedSheet> skipped) {
    this.sheets = List.copyOf(sheets);
    this.skipped = List.copyOf(skipped);
  }

  /** One per project sheet, in order. */
  public List<ImportedSheet> sheets() {
    return sheets;
  }

  /** Summary, hidden and empty sheets, with why. */
  public List<SkippedSheet> skipped() {
    return skipped;
  }
}
