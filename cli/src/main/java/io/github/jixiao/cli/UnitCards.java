package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The rendered card (评分表) of every unit of a batch summary, one HTML page each in a directory
 * beside the summary — {@code summary.html} gets {@code summary-cards/0001.html} … — that the
 * summary's rows link to by a relative address, so the two move together and open offline. A
 * card that cannot be written is said on standard error and its row has no link; the batch goes
 * on.
 */
final class UnitCards {

  private final Path directory;
  private final String relative;
  private final Escaping err;
  private final Lang lang;
  private final Map<String, String> links = new HashMap<>();
  private int written;
  private boolean failed;

  private UnitCards(Path directory, Escaping err, Lang lang) {
    this.directory = directory;
    this.relative = directory.getFileName().toString();
    this.err = err;
    this.lang = lang;
  }

  /**
   * The cards of the summary written to {@code summary}: the directory {@code NAME-cards} beside
   * it, made with the first card (a batch with nothing to summarise leaves none behind).
   */
  static UnitCards beside(Path summary, Escaping err, Lang lang) {
    String name = summary.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    Path parent = summary.toAbsolutePath().getParent();
    return new UnitCards(parent.resolve(stem + "-cards"), err, lang);
  }

  /** Writes the card of the unit read from {@code where}, numbered in the batch's order. */
  void write(String where, String page) {
    if (written == 0) {
      try {
        Files.createDirectories(directory);
      } catch (IOException e) {
        failed = true;
        written = -1; // said once; no card is written
        err.println(Text.clip(lang.say("cli.summary.cards-directory",
            Argument.text("directory", directory.toString()),
            Argument.message("reason", FileTrouble.of(e))), ProblemLines.LINE_LIMIT));
      }
    }
    if (written < 0) {
      return;
    }
    String name = String.format("%04d.html", ++written);
    Path file = directory.resolve(name);
    try {
      Files.writeString(file, page, StandardCharsets.UTF_8);
      links.put(where, relative + "/" + name);
    } catch (IOException e) {
      failed = true;
      err.println(Text.clip(lang.say("cli.summary.card-unwritable",
          Argument.text("file", file.toString()),
          Argument.message("reason", FileTrouble.of(e))), ProblemLines.LINE_LIMIT));
    }
  }

  /** The link of each unit's card, by where it was read from. */
  Map<String, String> links() {
    return Collections.unmodifiableMap(links);
  }

  /** Whether a card could not be written. */
  boolean failed() {
    return failed;
  }
}
