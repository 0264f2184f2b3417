package io.github.jixiao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process, as a test's example of its use; reproducers by name. */
final class Cli {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

    /** Standard output as JSON Lines, what {@code --json} writes: each line's value. */
    List<JsonNode> jsonLines() {
      List<JsonNode> all = new ArrayList<>();
      for (String line : outLines()) {
        try {
          all.add(JSON.readTree(line));
        } catch (JsonProcessingException e) {
          throw new AssertionError("not a line of JSON: " + line, e);
        }
      }
      return all;
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
