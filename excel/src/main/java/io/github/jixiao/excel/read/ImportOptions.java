package io.github.jixiao.excel.read;

import io.github.jixiao.core.DepartmentKind;
import io.github.jixiao.core.GovernmentLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import is told that the table does not say (导入选项): the unit's region (地区, which
 * chooses a rulebook by region; the forms do not print it), its level of government and kind, and
 * the fiscal year when the title gives none. What is not given is assumed, and the document says
 * so in its notes.
 */
public record ImportOptions(Optional<String> region, Optional<GovernmentLevel> level,
    Optional<DepartmentKind> kind, Optional<Integer> fiscalYear) {

  /** Nothing given. */
  public static final ImportOptions NONE = new ImportOptions(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  /** Every option given or empty, never null. */
  public ImportOptions {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
  }

  /** These options with the region {@code region}, e.g. 安徽省合肥市. */
  public ImportOptions withRegion(String region) {
    return new ImportOptions(Optional.of(region), level, kind, fiscalYear);
  }

  /** These options with the fiscal year {@code year}, for a title that gives none. */
  public ImportOptions withFiscalYear(int year) {
    return new ImportOptions(region, level, kind, Optional.of(year));
  }
}
