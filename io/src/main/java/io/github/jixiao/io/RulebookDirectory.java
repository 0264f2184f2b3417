package io.github.jixiao.io;

import io.github.jixiao.rules.RulebookCatalogue;
import io.github.jixiao.rules.RulebookCatalogueException;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.rulebook.Rulebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A user's directory of rulebooks (评分办法目录): every {@code *.json} file directly in it, each a
 * {@code jixiao/rulebook/1} document read as strictly as any document, joined to a catalogue —
 * the built-in one unless another is given — in the order of their names. A bureau keeps its own
 * rulebooks there and the command line takes them with {@code --rulebooks DIR}:
 *
 * <pre>{@code
 * RulebookCatalogue ours = RulebookDirectory.join(Rulebooks.catalogue(), Path.of("rulebooks"));
 * RulebookChoice choice = ours.forEvaluation(evaluation);
 * }</pre>
 *
 * A file that is not a valid rulebook stops the joining with its problems, each at its line and
 * column ({@link JsonDocumentException}, naming the file); a rulebook whose id the catalogue has
 * already is refused naming both files ({@link RulebookCatalogueException}).
 */
public final class RulebookDirectory {

  private RulebookDirectory() {}

  /**
   * The built-in catalogue with the rulebooks of {@code directory}.
   *
   * @throws JsonFileException if the directory does not exist or cannot be read
   * @throws JsonDocumentException if a file is not a valid rulebook
   * @throws RulebookCatalogueException if two rulebooks share an id
   */
  public static RulebookCatalogue join(Path directory) {
    return join(Rulebooks.catalogue(), directory, JixiaoJson.standard());
  }

  /**
   * {@code catalogue} with the rulebooks of {@code directory}, read by {@code json} (its read
   * limits apply to each file).
   *
   * @throws JsonFileException if the directory does not exist or cannot be read
   * @throws JsonDocumentException if a file is not a valid rulebook
   * @throws RulebookCatalogueException if two rulebooks share an id
   */
  public static RulebookCatalogue join(RulebookCatalogue catalogue, Path directory,
      JixiaoJson json) {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(json, "json");
    RulebookCatalogue joined = catalogue;
    for (Path file : files(directory)) {
      Rulebook rulebook = json.readRulebook(file);
      joined = joined.with(rulebook, file.toString());
    }
    return joined;
  }

  /** The {@code *.json} files directly in {@code directory}, by name. */
  static List<Path> files(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (!Files.isDirectory(directory)) {
      throw JsonFileException.notADirectory(directory);
    }
    try (Stream<Path> listed = Files.list(directory)) {
      return listed.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw JsonFileException.unreadable(directory, e);
    } catch (UncheckedIOException e) {
      throw JsonFileException.unreadable(directory, e.getCause());
    }
  }
}
