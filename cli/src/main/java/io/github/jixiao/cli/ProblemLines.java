package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.io.JsonProblem;
import java.io.PrintWriter;
import java.util.List;

/**
 * The problems of a document that cannot be read (文档错误), one line each as a compiler prints
 * errors — {@code evaluation.json:3:15: $.budget.fullYear: message (hint)} — at most so many per
 * file, then one line counting the rest: a document with a million problems prints a screenful,
 * not hundreds of megabytes.
 */
final class ProblemLines {

  /** The problems printed for a file by default. */
  static final int SHOWN = 20;
  /** The problems printed for a file with {@code --verbose}, and listed with {@code --json}. */
  static final int SHOWN_VERBOSE = 1000;
  /** A line is cut after this many characters: no value from a document floods the terminal. */
  static final int LINE_LIMIT = 2000;

  private ProblemLines() {}

  /**
   * Prints the first {@code limit} of {@code problems} of {@code source}, then how many more of
   * the {@code total} found there are, if any (a reader lists at most its first 1 000 and counts
   * the rest).
   */
  static void print(PrintWriter err, String source, List<JsonProblem> problems, long total,
      int limit, Lang lang) {
    int shown = Math.min(limit, problems.size());
    for (int i = 0; i < shown; i++) {
      err.println(line(source, problems.get(i), lang));
    }
    long more = total - shown;
    if (more > 0) {
      err.println(source + ": " + more(more, limit < SHOWN_VERBOSE, lang));
    }
  }

  /** {@code … and 9980 more problems (-v lists up to 1000)}, or in Chinese. */
  static String more(long more, boolean verboseWouldShowMore, Lang lang) {
    Argument count = Argument.number("count", more);
    if (!verboseWouldShowMore) {
      return lang.say(more == 1 ? "cli.problems.more.one" : "cli.problems.more.many", count);
    }
    return lang.say(more == 1 ? "cli.problems.more.one.verbose" : "cli.problems.more.many.verbose",
        count, Argument.text("option", "-v"), Argument.number("most", SHOWN_VERBOSE));
  }

  private static String line(String source, JsonProblem p, Lang lang) {
    String said = p.hint().map(h -> lang.say("cli.problems.hinted",
        Argument.message("message", p.message()), Argument.message("hint", h)))
        .orElseGet(() -> p.message(lang.locale()));
    return Text.clip(source + ":" + p.line() + ":" + p.column() + ": " + p.jsonPath() + ": "
        + said, LINE_LIMIT);
  }
}
