package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the {@code ./jixiao} launcher's class-data-sharing archive (AppCDS): runs,
 * in one JVM and with all output discarded, the command lines a user starts with — the help, and
 * {@code score}, {@code check} and {@code render} on one evaluation — so that the archive the JVM
 * writes at exit ({@code -XX:ArchiveClassesAtExit}) holds the classes of each, whichever the
 * user's first command was. Not part of the command line; exits 0 whatever the commands said.
 *
 * <pre>
 * java -XX:ArchiveClassesAtExit=jixiao-cli.jsa -cp jixiao-cli.jar io.github.jixiao.cli.Training \
 *     examples/baiyun-2021/evaluation.json
 * </pre>
 */
final class Training {

  private Training() {}

  /** Runs the command lines; {@code args} are evaluations to score (missing ones are skipped). */
  public static void main(String[] args) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"--help"});
    lines.add(new String[] {"score", "--help", "--lang", "en"});
    for (String file : args) {
      if (Files.isRegularFile(Path.of(file))) {
        lines.add(new String[] {"score", file});
        lines.add(new String[] {"score", "--json", file});
        lines.add(new String[] {"check", file});
        lines.add(new String[] {"render", "--format", "html", file});
      }
    }
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    for (String[] line : lines) {
      Jixiao.commandLine(nowhere, nowhere, false).execute(line);
    }
  }
}
