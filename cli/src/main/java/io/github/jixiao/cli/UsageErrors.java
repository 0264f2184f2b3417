package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that cannot be understood (用法错误): a missing file, an unknown option or
 * command, a value not allowed, an option given twice. Said in Jixiao's words, in the language of
 * its {@code --lang}, on standard error — picocli's own English sentences never reach the user —
 * then the usage of the command, or what was probably meant; exit code 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    Lang lang = Lang.among(List.of(args));
    CommandLine line = e.getCommandLine();
    Jixiao.speak(line, lang);
    Escaping err = new Escaping(line.getErr());
    err.println(line.getCommandSpec().qualifiedName() + ": " + lang.say(what(e)));
    List<String> suggestions = e instanceof UnmatchedArgumentException u
        ? u.getSuggestions() : List.of();
    if (suggestions.isEmpty()) {
      err.flush();
      line.usage(line.getErr(), line.getColorScheme());
    } else {
      err.println(lang.say("cli.usage.did-you-mean", Argument.list("suggestions", suggestions)));
    }
    err.flush();
    return Jixiao.BAD_INPUT;
  }

  /** What is wrong with the command line, in Jixiao's words. */
  static Message what(ParameterException e) {
    if (e instanceof CommandLine.MissingParameterException missing) {
      List<String> names = new ArrayList<>();
      missing.getMissing().forEach(a -> names.add(name(a)));
      return Message.of("cli.usage.missing", Argument.list("names", names));
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (e instanceof CommandLine.OverwrittenOptionException twice) {
      return Message.of("cli.usage.repeated",
          Argument.text("option", name(twice.getOverwritten())));
    }
    if (e.getArgSpec() != null && e.getValue() != null) {
      return invalidValue(e.getArgSpec(), e.getValue());
    }
    if (e.getClass() == ParameterException.class && noCommandIn(e.getCommandLine())) {
      return Message.of("cli.usage.no-command");
    }
    return Message.of("cli.usage.invalid");
  }

  private static Message unmatched(UnmatchedArgumentException e) {
    List<String> words = e.getUnmatched();
    if (e.isUnknownOption()) {
      return Message.of("cli.usage.unknown-option", Argument.text("option", words.get(0)));
    }
    if (noCommandIn(e.getCommandLine())) {
      return Message.of("cli.usage.unknown-command", Argument.text("command", words.get(0)));
    }
    return Message.of("cli.usage.unexpected", Argument.list("arguments", words));
  }

  private static Message invalidValue(ArgSpec spec, String value) {
    List<String> allowed = new ArrayList<>();
    if (spec.completionCandidates() != null) {
      spec.completionCandidates().forEach(c -> allowed.add(c.toLowerCase(Locale.ROOT)));
    }
    Argument option = Argument.text("option", name(spec));
    return allowed.isEmpty()
        ? Message.of("cli.usage.invalid-value.any", option, Argument.text("value", value))
        : Message.of("cli.usage.invalid-value", option, Argument.text("value", value),
            Argument.list("allowed", allowed));
  }

  /** Whether {@code line} has commands and none was named: its first word is then a command. */
  private static boolean noCommandIn(CommandLine line) {
    CommandLine.ParseResult parsed = line.getParseResult();
    return !line.getSubcommands().isEmpty() && (parsed == null || !parsed.hasSubcommand());
  }

  /** An option's longest name ({@code --lang}), or a parameter's label ({@code FILE}). */
  private static String name(ArgSpec spec) {
    return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
  }
}
