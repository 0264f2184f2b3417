package io.github.jixiao.excel;

import io.github.jixiao.core.SelfEvaluation;
import java.util.Objects;

/**
 * One project (or department) sheet of a workbook read into a self-evaluation (已导入的自评表):
 * the sheet's name, the layout it was read as ({@code A}, {@code B}, {@code C}, {@code D},
 * {@code F} of formats.md) and the evaluation, whose {@code source} holds the cell of every value
 * and the importer's notes.
 */
public final class ImportedSheet {

  private final String sheet;
  private final String layout;
  private final SelfEvaluation evaluation;

  /** A sheet read as {@code layout} into {@code evaluation}. */
  public ImportedSheet(String sheet, String layout, SelfEvaluation evaluation) {
    this.sheet = Objects.requireNonNull(sheet, "sheet");
    this.layout = Objects.requireNonNull(layout, "layout");
    this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
  }

  /** The sheet's name, e.g. 项目1. */
  public String sheet() {
    return sheet;
  }

  /** The layout id, e.g. {@code A}. */
  public String layout() {
    return layout;
  }

  /** The evaluation the sheet holds. */
  public SelfEvaluation evaluation() {
    return evaluation;
  }

  @Override
  public String toString() {
    return sheet + " (" + layout + ")";
  }
}
