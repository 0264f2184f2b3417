package io.github.jixiao.cli;

import io.github.jixiao.excel.ImportOptions;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of a workbook's import (导入选项): what the 自评表 does not print — the unit's region,
 * which chooses a rulebook by region, and the fiscal year when the title gives none.
 */
final class ImportOption {

  @Option(names = "--region", paramLabel = "${bundle:cli.label.region}",
      descriptionKey = "cli.option.region")
  String region;

  @Option(names = "--year", paramLabel = "${bundle:cli.label.year}",
      descriptionKey = "cli.option.import-year")
  Integer year;

  ImportOptions options() {
    return new ImportOptions(Optional.ofNullable(region).filter(r -> !r.isBlank()),
        Optional.empty(), Optional.empty(), Optional.ofNullable(year), Optional.empty());
  }
}
