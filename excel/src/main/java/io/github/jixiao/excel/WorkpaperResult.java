package io.github.jixiao.excel;

import java.util.List;

/**
 * A reviewer's workpaper read (复核底稿读取结果): a review per project sheet, in the workbook's
 * order, and the sheets skipped with why (the summaries 汇总, 自评复核报告表, 目标完成，偏离度,
 * 差值表; hidden sheets; sheets with no workpaper header in their first 8 rows).
 */
public final class WorkpaperResult {

  private final List<ReviewedSheet> sheets;
  private final List<SkippedSheet> skipped;

  /** The sheets read and the sheets skipped. */
  public WorkpaperResult(List<ReviewedSheet> sheets, List<SkippedSheet> skipped) {
    this.sheets = List.copyOf(sheets);
    this.skipped = List.copyOf(skipped);
  }

  /** One per project sheet, in order. */
  public List<ReviewedSheet> sheets() {
    return sheets;
  }

  /** Summary, hidden and header-less sheets, with why. */
  public List<SkippedSheet> skipped() {
    return skipped;
  }
}
