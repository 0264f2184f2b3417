package io.github.jixiao.cli;

import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --rulebook} option (评分办法选项), shared by {@code score}, {@code check} and
 * {@code render}: resolved once, before any document is read.
 */
final class RulebookOption {

  @Option(names = "--rulebook", paramLabel = "${bundle:cli.label.rulebook}",
      descriptionKey = "cli.option.rulebook")
  String value;

  @Option(names = "--any-kind", descriptionKey = "cli.option.any-kind")
  boolean anyKind;

  @Option(names = "--strict", descriptionKey = "cli.option.strict")
  boolean strict;

  private Optional<Rulebook> given = Optional.empty();

  /**
   * Reads the rulebook the option names, if it names one.
   *
   * @return false after reporting why the option names no usable rulebook
   */
  boolean resolve(Documents documents) {
    given = Optional.empty();
    if (value == null) {
      return true;
    }
    given = documents.rulebook(value);
    return given.isPresent();
  }

  /**
   * The scorer the command scores with: the built-in rules, proceeding on a kind mismatch if
   * asked, and in strict mode if asked (a rule that fails on one indicator refuses the file
   * instead of marking the indicator 评分失败 and scoring the rest).
   */
  Scorer scorer() {
    Scorer scorer = anyKind ? Scorer.standard().proceedingOnKindMismatch() : Scorer.standard();
    return strict ? scorer.strict() : scorer;
  }

  /** The rulebook the option named, once {@link #resolve resolved}; empty if none was given. */
  Optional<Rulebook> given() {
    return given;
  }
}
