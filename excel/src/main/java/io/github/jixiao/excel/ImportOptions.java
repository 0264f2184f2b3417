package io.github.jixiao.excel;

import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.GovernmentLevel;
import io.github.jixiao.core.MoneyUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What the person importing a 自评表 knows that the table does not say (导入选项): the region
 * (地区) and government level of the unit, its kind (行政/事业), the fiscal year when the title
 * names none, and the money unit when the money block's header names none. A value the table
 * states wins over an option; an option wins over the importer's defaults (each default is noted
 * on the document).
 *
 * @param region the unit's region, e.g. 安徽省合肥市
 * @param level the unit's government level
 * @param kind administrative or public institution
 * @param fiscalYear the year, when the title has no "(2021年度)"
 * @param unit the money unit, when the block's header has no "(万元)" or "(元)"
 */
public record ImportOptions(Optional<String> region, Optional<GovernmentLevel> level,
    Optional<DepartmentKind> kind, Optional<Integer> fiscalYear, Optional<MoneyUnit> unit) {

  /** Checks that every option is given (empty, not null). */
  public ImportOptions {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Objects.requireNonNull(unit, "unit");
  }

  /** No option: everything from the table or the importer's noted defaults. */
  public static ImportOptions none() {
    return new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
