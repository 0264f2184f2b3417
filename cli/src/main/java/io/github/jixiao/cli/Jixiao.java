package io.github.jixiao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
 * </pre>
 */
@Command(name = "jixiao", mixinStandardHelpOptions = true,
    versionProvider = Jixiao.Version.class,
    description = {"Jixiao (绩效): score, check and render performance self-evaluations (绩效自评).",
        "Exit codes: 0 fine, 1 a finding of severity error, 2 bad input or usage."},
    subcommands = {ScoreCommand.class, CheckCommand.class, ValidateCommand.class,
        RenderCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
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
   * in-process (tests, other tools).
   *
   * @param interactive whether the output is a terminal, where long batches show progress
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    CommandLine cli = new CommandLine(new Jixiao());
    cli.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(e -> BAD_INPUT)
        .setExecutionExceptionHandler((e, line, parsed) -> {
          // what no command caught: one line, escaped, never a stack trace
          Escaping escaped = new Escaping(line.getErr());
          escaped.println("jixiao: " + Unusable.of(e, Lang.EN).getMessage());
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
    return cli;
  }

  /** The version of the command line, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Jixiao.class.getPackage().getImplementationVersion();
      return new String[] {"jixiao " + (version == null ? "(development build)" : version)};
    }
  }
}
