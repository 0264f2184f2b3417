package io.github.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command over documents shares: {@code --lang}, {@code --json}, the expansion of
 * directories into their {@code *.json} files, a batch that goes on past a bad file, a progress
 * bar on a terminal, and the exit code.
 */
abstract class BatchCommand implements Callable<Integer> {

  /** Above this many files, a batch on a terminal shows a progress bar. */
  static final int PROGRESS_THRESHOLD = 20;

  @Spec
  CommandSpec spec;

  @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
      description = "Language of the output: zh (中文, default) or en.")
  Lang lang = Lang.ZH;

  @Option(names = "--json", description = "Machine-readable JSON on standard output.")
  boolean json;

  @Option(names = {"-v", "--verbose"},
      description = "List every finding of severity info (提示) instead of one line per code.")
  boolean verbose;

  /** Set by {@link Jixiao#commandLine}: whether the output is a terminal. */
  boolean interactive;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * The files named, a directory standing for every {@code *.json} in it (sorted by name); a
   * name that is neither is reported on standard error and counted as bad input.
   */
  List<Path> expand(List<Path> names, Tally tally) {
    List<Path> files = new ArrayList<>();
    for (Path name : names) {
      if (Files.isDirectory(name)) {
        try (Stream<Path> listing = Files.list(name)) {
          listing.filter(p -> p.getFileName().toString().endsWith(".json"))
              .filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          tally.bad();
          err().println(name + ": " + lang.pick("无法列出目录：", "cannot list the directory: ")
              + e.getMessage());
        }
      } else if (Files.isRegularFile(name)) {
        files.add(name);
      } else {
        tally.bad();
        err().println(name + ": " + lang.pick("没有这个文件或目录", "no such file or directory"));
      }
    }
    return files;
  }

  /** Runs {@code each} on every file, with a progress bar when the batch is long on a terminal. */
  void forEach(List<Path> files, FileAction each) {
    Progress progress = new Progress(err(), files.size(),
        interactive && files.size() > PROGRESS_THRESHOLD);
    for (Path file : files) {
      progress.step(file);
      try {
        each.run(file);
      } catch (UncheckedIOException e) {
        progress.clear();
        err().println(file + ": " + lang.pick("无法读取：", "cannot read: ")
            + e.getCause().getMessage());
      }
    }
    progress.done();
  }

  /** The work done on one file. */
  @FunctionalInterface
  interface FileAction {
    void run(Path file);
  }
}
