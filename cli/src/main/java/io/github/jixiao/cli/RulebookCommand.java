package io.github.jixiao.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao rulebook show|check}: one rulebook (评分办法) — what it holds, in words, and what is
 * wrong with it before it is used. Without a subcommand it prints its usage.
 */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
    subcommands = {RulebookShowCommand.class, RulebookCheckCommand.class})
final class RulebookCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Jixiao.BAD_INPUT;
  }
}
