package io.github.jixiao.cli;

import io.github.jixiao.core.message.Message;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/**
 * A batch that runs the reviewer's checks (审核规则) under a rulebook — {@code score} and {@code
 * check}: {@code --rulebook}, read once before the batch.
 */
abstract class FindingsCommand extends BatchCommand {

  @Mixin
  RulebookOption rulebook;

  FindingsCommand(Message done) {
    super(done);
  }

  /** {@code score} and {@code check} read workbooks too: {@code *.json}, {@code *.xlsx}, {@code *.xls}. */
  @Override
  boolean reads(Path file) {
    return super.reads(file) || Workbooks.isWorkbook(file);
  }

  @Override
  boolean prepare() {
    return rulebook.resolve(documents);
  }
}
