package io.github.jixiao.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.io.JsonDocumentException;
import io.github.jixiao.rules.check.BatchReview;
import io.github.jixiao.rules.result.CheckReport;
import io.github.jixiao.rules.scoring.ScoringException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command over a batch of documents (批处理) shares: {@code --json} as JSON Lines (one
 * line per result, written as soon as it is done, the same shape whatever the count), the
 * expansion of
 * directories into their {@code *.json} files, a batch that goes on past a bad file, a progress
 * bar on a terminal, the count (批处理汇总) and the exit code. A command says what it does with
 * one file ({@link #process}); everything that can go wrong with a file is counted here — an
 * exception that escapes the library and an {@link Error} (out of memory, stack overflow) too:
 * reported on one line naming the file, the batch goes on with the next file, exit code 2.
 */
abstract class BatchCommand extends DocumentCommand {

  /** How deep a directory named is read: far below any real filing, far above a link loop. */
  static final int MOST_DEPTH = 16;

  /** Above this many files, a batch on a terminal shows a progress bar. */
  static final int PROGRESS_THRESHOLD = 20;

  @Option(names = "--json", descriptionKey = "cli.option.json")
  boolean json;

  @Option(names = "--fail-on", paramLabel = "${bundle:cli.label.fail-on}",
      converter = FailOn.Converter.class, descriptionKey = "cli.option.fail-on")
  FailOn failOn;

  @Parameters(arity = "1..*", paramLabel = "${bundle:cli.label.file}",
      descriptionKey = "cli.param.files")
  List<Path> names;

  /** Set by {@link Jixiao#commandLine}: whether the output is a terminal. */
  boolean interactive;

  /** Reads the documents; for {@link #prepare} and {@link #process}. */
  Documents documents;

  /** What the batch as a whole says (JX-801, JX-802), fed by the commands as they read. */
  final BatchReview batch = new BatchReview();

  private final Message done;

  /** @param done what was done to a good file, for the summary: {@code cli.done.scored} */
  BatchCommand(Message done) {
    this.done = done;
  }

  /**
   * What was done with a good file: its lines of JSON Lines (with {@code --json}) and its
   * findings — one of each for a JSON document, one per evaluation for a workbook of several
   * project sheets.
   */
  record Done(List<String> lines, List<CheckReport> findings) {
    /** One document's entry, if any, as a line, and findings, if any. */
    Done(Optional<ObjectNode> entry, Optional<CheckReport> findings) {
      this(entry.map(JsonReport::line).stream().toList(), findings.stream().toList());
    }

    /** The lines and findings of several documents of one file (a workbook's sheets), in order. */
    static Done all(List<Done> each) {
      return new Done(each.stream().flatMap(d -> d.lines().stream()).toList(),
          each.stream().flatMap(d -> d.findings().stream()).toList());
    }
  }

  /**
   * Before the batch: reads what the options name.
   *
   * @return false after reporting why the command line cannot be carried out (exit code 2, no
   *     file is read)
   */
  boolean prepare() {
    return true;
  }

  /**
   * The work on one file: prints its text output (unless {@code --json}) and returns what was
   * done.
   *
   * @throws JsonDocumentException if the document cannot be read
   * @throws Unusable if it can be read but not done
   * @throws ScoringException if the scorer refuses it
   * @throws UncheckedIOException if the file cannot be read
   */
  abstract Done process(Path file);

  /**
   * The JSON entry of a file that could not be done: its problems, and {@code moreProblems} when
   * there are more than are listed. Beside the documents of {@code score} and {@code check} it
   * is told from them by having no {@code format}.
   */
  ObjectNode failedEntry(Path file, Failure failure) {
    ObjectNode o = JsonReport.object().put("file", file.toString());
    problems(o, failure);
    return o;
  }

  /** Sets the {@code problems} of {@code entry}; {@code moreProblems}, when some are left out. */
  static void problems(ObjectNode entry, Failure failure) {
    entry.set("problems", failure.problems());
    long more = failure.count() - failure.problems().size();
    if (more > 0) {
      entry.put("moreProblems", more);
    }
  }

  /** The exit-code policy when {@code --fail-on} is not given: {@link FailOn#ERROR}. */
  FailOn defaultFailOn() {
    return FailOn.ERROR;
  }

  /** The policy in force: {@code --fail-on}, else the command's default. */
  FailOn policy() {
    return failOn != null ? failOn : defaultFailOn();
  }

  /** At least this exit code, whatever the files' (set by {@link #afterFiles}). */
  int exitFloor = Jixiao.OK;

  /**
   * After the files, before the batch's own findings: what a command says of them all (a roll-up),
   * printed as text, or its JSON entry returned as the last line; by default nothing.
   */
  Optional<ObjectNode> afterFiles() {
    return Optional.empty();
  }

  /** The name that stands for standard input ({@code -}), for a command that reads it. */
  static final String STANDARD_INPUT = "-";

  /**
   * The documents on standard input, named {@code -} — or, for JSON Lines, {@code -:1},
   * {@code -:2} by line — for {@link #process} to read; by default the command does not read
   * standard input and {@code -} is a file's name like any other.
   *
   * @throws Unusable if standard input cannot be read
   */
  Optional<List<Path>> standardInput() {
    return Optional.empty();
  }

  /** Whether a file in a directory named is one this command reads: by default {@code *.json}. */
  boolean reads(Path file) {
    return file.getFileName().toString().endsWith(".json");
  }

  /** Prints on standard output that {@code file} could not be done; by default nothing. */
  void failedText(Path file, long problems) {}

  @Override
  public final Integer call() {
    documents = new Documents(err(), lang, problemLimit());
    if (!prepare()) {
      return Jixiao.BAD_INPUT;
    }
    Tally tally = new Tally();
    List<Path> files = expand(tally);
    if (files.isEmpty() && tally.files() == 0) {
      err().println(lang.say("cli.batch.nothing", Argument.text("names", String.join(", ",
          names.stream().map(Path::toString).toList()))));
      err().flush();
      return Jixiao.BAD_INPUT;
    }
    // the bar draws with its own controls, on the unescaped stream; it escapes the file names
    Progress progress = new Progress(spec.commandLine().getErr(), files.size(),
        interactive && files.size() > PROGRESS_THRESHOLD);
    for (Path file : files) {
      progress.clear();
      try {
        Done done = process(file);
        tally.good();
        done.findings().forEach(tally::add);
        done.lines().forEach(this::line);
      } catch (RuntimeException | Error e) {
        // JsonDocumentException, Unusable, ScoringException, UncheckedIOException are expected;
        // anything else is Jixiao's fault, an Error the VM's: one line each, and the batch goes on
        failed(tally, file, failed(file, e));
      }
      out().flush();
      progress.advance(file);
    }
    progress.clear();
    afterFiles().ifPresent(o -> line(JsonReport.line(o)));
    String summary = tally.summary(lang, done);
    List<BatchReview.BatchFinding> batchFindings = batch.findings();
    // text: after the files, on standard output; --json: on standard error beside the summary,
    // standard output holding the lines alone
    var to = json ? err() : out();
    if (!batchFindings.isEmpty()) {
      to.println(lang.say("cli.batch.review", Argument.number("count", batchFindings.size())));
      for (BatchReview.BatchFinding f : batchFindings) {
        to.println(Text.clip("  " + lang.say(Message.label(f.severity())) + " " + f.code()
            + "  " + lang.say(f.message()), ProblemLines.LINE_LIMIT));
      }
    }
    to.println(summary);
    return Math.max(tally.exitCode(policy()), exitFloor);
  }

  /** Writes one line of JSON Lines, as soon as it is made: one file's entry never waits. */
  private void line(String line) {
    out().lines(line);
  }

  private void failed(Tally tally, Path file, Failure failure) {
    if (failure.invalid()) {
      tally.invalid();
    } else {
      tally.bad();
    }
    if (json) {
      line(JsonReport.line(failedEntry(file, failure)));
    } else {
      failedText(file, failure.count());
    }
  }

  /** Whether {@code path}, below {@code root}, is in (or is) a directory whose name starts with a dot. */
  private static boolean hidden(Path root, Path path) {
    for (Path part : root.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The files named, a directory standing for every file this command reads in it and below it
   * (hidden directories aside, at most {@link #MOST_DEPTH} levels, sorted by path); a name that
   * is neither is reported and counted as bad input.
   */
  private List<Path> expand(Tally tally) {
    List<Path> files = new ArrayList<>();
    for (Path name : names) {
      if (name.toString().equals(STANDARD_INPUT)) {
        try {
          Optional<List<Path>> read = standardInput();
          if (read.isPresent()) {
            files.addAll(read.get());
            continue;
          }
        } catch (Unusable e) {
          failed(tally, name, failed(name, e));
          continue;
        }
      }
      if (Files.isDirectory(name)) {
        // every level below, sorted; a hidden directory (.git, .idea) is not a unit's
        try (Stream<Path> listing = Files.walk(name, MOST_DEPTH)) {
          listing.filter(p -> !hidden(name, p)).filter(this::reads)
              .filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          // a directory below that cannot be opened fails the walk as an unchecked exception
          IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
          failed(tally, name, failed(name, new Unusable(Unusable.FILE, null,
              Message.of("cli.batch.cannot-list", Argument.message("reason",
                  FileTrouble.of(cause))), cause)));
        }
      } else if (Files.isRegularFile(name)) {
        files.add(name);
      } else {
        failed(tally, name, failed(name, new Unusable(Unusable.FILE, null,
            Message.of("cli.batch.no-such-file"))));
      }
    }
    return files;
  }
}
