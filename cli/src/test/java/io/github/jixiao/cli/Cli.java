package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process, as a test's example of its use; reproducers by name. */
final class Cli {

  static final Path BAIYUN = Path.of("..", "examples", "baiyun-2021", "evaluation.json");

  private Cli() {}

  /** What one run printed, and its exit code. */
  record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Jixiao.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false)
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A reproducer of issue 11, copied from the reliability run into the test resources. */
  static Path reproducer(String name) {
    try {
      return Path.of(Cli.class.getResource("/reproducers/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
