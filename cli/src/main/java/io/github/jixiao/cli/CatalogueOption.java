package io.github.jixiao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --rulebooks DIR} option (评分办法目录选项), shared by every command that finds a
 * rulebook: a directory of rulebook files joined to the built-in catalogue.
 */
final class CatalogueOption {

  @Option(names = "--rulebooks", paramLabel = "${bundle:cli.label.directory}",
      descriptionKey = "cli.option.rulebooks")
  Path directory;

  /**
   * Joins the directory, if one was given, to the catalogue of {@code documents}.
   *
   * @return false after reporting on standard error why it cannot be joined
   */
  boolean join(Documents documents) {
    return directory == null || documents.join(directory);
  }
}
