package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A progress bar for long batches (进度条), drawn on standard error with carriage returns and
 * erased at the end, so that standard output stays clean. Drawn only when enabled: on a terminal,
 * for a batch longer than {@link BatchCommand#PROGRESS_THRESHOLD} files.
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;

  Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  /** Shows that {@code file} is next. */
  void step(Path file) {
    if (!enabled) {
      return;
    }
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
        + " " + file.getFileName());
    err.flush();
    done++;
  }

  /** Erases the bar, before an error message is printed on its line. */
  void clear() {
    if (enabled) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  /** Erases the bar at the end of the batch. */
  void done() {
    clear();
  }
}
