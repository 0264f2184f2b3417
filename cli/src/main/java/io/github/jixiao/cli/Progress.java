package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A progress bar for long batches (进度条), drawn on standard error with a carriage return.
 * Between files only: a command {@link #clear() erases} it before it works on a file — and so
 * before it writes anything, on either stream — and {@link #advance redraws} it after, so that
 * no output ever lands on the bar's line. Drawn only when enabled: on a terminal, for a batch
 * longer than {@link BatchCommand#PROGRESS_THRESHOLD} files. It writes its own controls, so it
 * writes on the unescaped stream and {@link Escaping#escape escapes} the file names itself.
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private int done;
  private boolean drawn;

  Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  /** Counts {@code file} done and draws the bar: how many of how many, and the last one done. */
  void advance(Path file) {
    done++;
    if (!enabled) {
      return;
    }
    int filled = total == 0 ? WIDTH : Math.min(done, total) * WIDTH / total;
    err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
        + " " + Escaping.escape(String.valueOf(file.getFileName())));
    err.flush();
    drawn = true;
  }

  /** Erases the bar, if it is drawn: before anything else is written, and at the end. */
  void clear() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }
}
