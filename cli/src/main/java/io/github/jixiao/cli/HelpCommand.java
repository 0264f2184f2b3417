package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao help [COMMAND]}: the help (帮助信息) of a command, or of {@code jixiao} itself.
 * Jixiao's own rather than picocli's {@code HelpCommand}, whose labels are fixed English words:
 * this one's come from the bundle, and it takes {@code --lang} as every command does.
 */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true)
final class HelpCommand
    implements Callable<Integer>, CommandLine.IHelpCommandInitializable2, Jixiao.Spoken {

  @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
  Lang lang = Lang.ZH;

  @Parameters(paramLabel = "${bundle:cli.label.command}", arity = "0..1",
      descriptionKey = "cli.param.command")
  String command;

  private CommandLine self;
  private ColorScheme colors;
  private PrintWriter out;
  private PrintWriter err;

  @Override
  public void speak(Lang chosen) {
    lang = chosen;
  }

  @Override
  public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
    this.err = errWriter;
  }

  @Override
  public Integer call() {
    CommandLine parent = self.getParent();
    if (command == null) {
      parent.usage(out, colors);
      return Jixiao.OK;
    }
    CommandLine named = parent.getSubcommands().get(command);
    if (named == null) {
      Escaping escaped = new Escaping(err);
      escaped.println("jixiao help: " + lang.say("cli.usage.unknown-command",
          Argument.text("command", command)));
      escaped.flush();
      parent.usage(err, colors);
      return Jixiao.BAD_INPUT;
    }
    named.usage(out, colors);
    return Jixiao.OK;
  }
}
