package io.github.jixiao.excel.read;

import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.WorkpaperResult;
import io.github.jixiao.excel.layout.WorkpaperImport;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The reader of a reviewer's workpaper (复核底稿读取), layout G of formats.md: one sheet per
 * project with the columns 一级 | 二级 | 三级 | 指标性质 | 指标值 | 单位 | 权重 | 自评完成值 | 自评得分 |
 * 复核完成值 | 复核得分 | 偏差 | 备注, found by their header text in the first 8 rows. A workpaper
 * names no department or year, so it is read against the self-evaluation it reviews: each row is
 * matched to the evaluation's indicator by its 三级 name under its 一级 and 二级, and each sheet
 * becomes a {@link io.github.jixiao.core.Review} of that evaluation. Immutable and thread-safe.
 *
 * <pre>{@code
 * SelfEvaluation evaluation = JixiaoJson.standard().readEvaluation(Path.of("evaluation.json"));
 * WorkpaperResult result = ExcelWorkpapers.standard().read(Path.of("复核底稿.xlsx"), evaluation);
 * Review first = result.sheets().get(0).review();
 * }</pre>
 */
public final class ExcelWorkpapers {

  private static final ExcelWorkpapers STANDARD = new ExcelWorkpapers();

  private ExcelWorkpapers() {}

  /** The reader. */
  public static ExcelWorkpapers standard() {
    return STANDARD;
  }

  /**
   * Reads every project sheet of {@code file} as a review of {@code evaluation}. A row that names
   * no indicator of the evaluation, or several, is left out of the review and said in the
   * sheet's notes with its cell, as is every difference from the evaluation.
   *
   * @throws ExcelImportException if the file is not a workbook Jixiao can read, or no sheet has a
   *     workpaper header, or a sheet's values do not make a valid review
   */
  public WorkpaperResult read(Path file, SelfEvaluation evaluation) {
    return WorkpaperImport.read(Objects.requireNonNull(file, "file"),
        Objects.requireNonNull(evaluation, "evaluation"));
  }
}
