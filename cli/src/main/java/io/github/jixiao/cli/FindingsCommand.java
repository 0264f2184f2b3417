package io.github.jixiao.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A batch that runs the reviewer's checks (审核规则) under a rulebook — {@code score} and {@code
 * check}: {@code --rulebook}, read once before the batch, and {@code --verbose}.
 */
abstract class FindingsCommand extends BatchCommand {

  @Mixin
  RulebookOption rulebook;

  @Option(names = {"-v", "--verbose"},
      description = "List every finding of severity info (提示) instead of one line per code.")
  boolean verbose;

  FindingsCommand(String doneZh, String doneEn) {
    super(doneZh, doneEn);
  }

  @Override
  boolean prepare() {
    return rulebook.resolve(documents);
  }
}
