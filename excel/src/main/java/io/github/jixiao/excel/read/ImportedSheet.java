package io.github.jixiao.excel.read;

import io.github.jixiao.core.SelfEvaluation;
import java.util.Objects;

/**
 * One project sheet of a workbook, imported (已导入的自评表): its name, the layout it was read as
 * ({@code A}) and the self-evaluation, whose {@code source} says where each value came from.
 */
public record ImportedSheet(String sheet, String layout, SelfEvaluation evaluation) {

  /** All three are required. */
  public ImportedSheet {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(evaluation, "evaluation");
  }
}
