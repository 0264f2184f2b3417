package io.github.jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code jixiao} command (绩效自评命令行): scores, checks, validates and renders self-evaluation
 * documents, and prints the JSON Schemas of the document types.
 *
 * <pre>
 * jixiao score examples/baiyun-2021/evaluation.json     # score card (评分表) and findings (审核发现)
 * jixiao check --json reports/                          # every *.json in reports/, as JSON
 * jixiao validate broken.json                           # exit 2, naming line:column and JSON path
 * jixiao render --format html evaluation.json           # a 自评表-style table
 * jixiao schema self-evaluation
 * jixiao score --help --lang en                         # the help, in English
 * </pre>
 *
 * <p>Everything it says — results, problems, the help — is in the language of {@code --lang}
 * (Chinese by default; the last {@code --lang} of the command line decides, wherever it stands),
 * from the bundle {@code io.github.jixiao.cli.messages}; never in the machine's default language.
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true,
    versionProvider = Jixiao.Version.class,
    subcommands = {ScoreCommand.class, CheckCommand.class, ValidateCommand.class,
        RenderCommand.class, SchemaCommand.class, RulebooksCommand.class, RulebookCommand.class,
        ImportCommand.class, ExtractCommand.class, TemplateCommand.class, ReviewCardCommand.class, MonitorCommand.class,
        RollupCommand.class, ReviewTargetsCommand.class, SummaryCommand.class,
        HelpCommand.class})
public final class Jixiao {

  /** Exit code: every document read, and no finding of severity error. */
  public static final int OK = 0;
  /** Exit code: a reviewer's check found an error (严重程度为错误的审核发现). */
  public static final int ERROR_FINDINGS = 1;
  /** Exit code: a document could not be read, or the command line is wrong. */
  public static final int BAD_INPUT = 2;

  /** Hibernate Validator announces itself on java.util.logging; a command line keeps quiet. */
  private static final java.util.logging.Logger VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  // Parsed so that "jixiao --lang en --help" is understood; the language is that of the whole
  // command line (Lang.among), handed to each command that speaks (Spoken).
  @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "cli.option.lang")
  Lang lang = Lang.ZH;

  private Jixiao() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    // A progress bar only on a terminal: System.console() is null when output is piped.
    int code = commandLine(out, err, System.console() != null).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The command line writing results to {@code out} and errors to {@code err}; for running it
   * in-process (tests, other tools). Its help is in Chinese until it {@linkplain
   * CommandLine#execute executes} a command line that asks for English.
   *
   * @param interactive whether the output is a terminal, where long batches show progress
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    CommandLine cli = new CommandLine(new Jixiao());
    cli.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
        .setHelpFactory(new WideCharHelp())
        .setExitCodeExceptionMapper(e -> BAD_INPUT)
        .setParameterExceptionHandler(new UsageErrors())
        .setExecutionStrategy(parsed -> {
          Lang chosen = Lang.among(parsed.originalArgs());
          speak(cli, chosen);
          // A deployment's message file that cannot be used is left out; say so, once, first.
          Escaping warned = new Escaping(cli.getErr());
          for (io.github.jixiao.core.message.Message problem
              : io.github.jixiao.core.message.MessageBundles.problems()) {
            warned.println("jixiao: " + chosen.say(problem));
          }
          warned.flush();
          for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.commandSpec().userObject() instanceof Spoken spoken) {
              spoken.speak(chosen);
            }
          }
          return new CommandLine.RunLast().execute(parsed);
        })
        .setExecutionExceptionHandler((e, line, parsed) -> {
          // what no command caught: one line, escaped, never a stack trace
          Escaping escaped = new Escaping(line.getErr());
          Lang lang = Lang.among(parsed.originalArgs());
          escaped.println("jixiao: " + lang.say(Unusable.of(e).said()));
          escaped.flush();
          return BAD_INPUT;
        });
    cli.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
    for (CommandLine sub : cli.getSubcommands().values()) {
      sub.getCommandSpec().exitCodeOnInvalidInput(BAD_INPUT);
      if (sub.getCommand() instanceof BatchCommand batch) {
        batch.interactive = interactive;
      }
    }
    speak(cli, Lang.ZH);
    return cli;
  }

  /** Sets the help of the whole command line that {@code line} belongs to to {@code lang}. */
  static void speak(CommandLine line, Lang lang) {
    CommandLine root = line;
    while (root.getParent() != null) {
      root = root.getParent();
    }
    root.setResourceBundle(new HelpBundle(lang));
  }

  /** A command that says things in the language the command line chose. */
  interface Spoken {
    /** Takes the language of the whole command line: its last {@code --lang}. */
    void speak(Lang lang);
  }

  /** The version of the command line, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
      String version = Jixiao.class.getPackage().getImplementationVersion();
      return new String[] {version != null ? "jixiao " + version
          : spec.resourceBundle().getString("cli.version.development")};
    }
  }
}
