package io.github.jixiao.report;

import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.EvaluationKind;
import io.github.jixiao.core.GovernmentLevel;
import java.util.List;
import java.util.Optional;

/**
 * What the person reading a report knows that its text may not say (提取选项): the unit's budget
 * code, region and government level, its kind (行政/事业), the kind of evaluation and the fiscal
 * year. An option wins over the report's text and over the extractor's defaults (each default
 * is noted on the draft); the report's own words are still extracted and shown.
 *
 * @param departmentCode the unit's budget code (预算编码)
 * @param region the unit's region, e.g. 广东省广州市白云区
 * @param level the unit's government level
 * @param departmentKind administrative or public institution
 * @param kind department-wide or project
 * @param fiscalYear the year evaluated
 */
public record ExtractionOptions(Optional<String> departmentCode, Optional<String> region,
    Optional<GovernmentLevel> level, Optional<DepartmentKind> departmentKind,
    Optional<EvaluationKind> kind, Optional<Integer> fiscalYear) {

  /** Checks that every option is given (empty, not null): {@code List.of} refuses a null. */
  public ExtractionOptions {
    List.of(departmentCode, region, level, departmentKind, kind, fiscalYear);
  }

  /** No option: everything from the report or the extractor's noted defaults. */
  public static ExtractionOptions none() {
    return new ExtractionOptions(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
