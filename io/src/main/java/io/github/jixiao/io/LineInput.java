package io.github.jixiao.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a JSON Lines input (输入行), as bytes: split at each line feed ({@code \n}), a
 * carriage return before it dropped ({@code \r\n}), the last line kept whether or not a line feed
 * ends it. A line longer than the document limit is skipped to its end without being held, and
 * only its length is reported, so that one huge line costs no more memory than the limit. Not
 * thread-safe: {@link DocumentLines} takes each line under its lock.
 */
final class LineInput {

  /** The size of the buffer the stream is read through. */
  static final int CHUNK = 64 * 1024;

  /**
   * One line of the input.
   *
   * @param number the 1-based line number
   * @param bytes the line's bytes without its line end; null when the line is beyond the limit
   * @param length the line's length in bytes (beyond the limit: at least limit + 1)
   */
  record Line(long number, byte[] bytes, long length) {
    /** Whether the line is longer than the document limit (its bytes are not kept). */
    boolean tooLong() {
      return bytes == null;
    }

    /** Whether the line has nothing but spaces, tabs and carriage returns. */
    boolean blank() {
      if (bytes == null) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final int limit;
  private final byte[] chunk = new byte[CHUNK];
  private int position;
  private int end;
  private boolean exhausted;
  private long lines;
  /** The start of a line that spans chunks, up to limit + 1 bytes (a carriage return may end it). */
  private byte[] pending = new byte[0];
  private int pendingLength;

  /** The lines of {@code in}, each of at most {@code limit} bytes kept. */
  LineInput(InputStream in, long limit) {
    this.in = in;
    this.limit = (int) Math.min(Integer.MAX_VALUE - 16, limit);
  }

  /**
   * The next line, or null at the end of the input. An input that ends with a line feed has no
   * empty line after it.
   *
   * @throws IOException if the stream fails
   */
  Line next() throws IOException {
    pendingLength = 0;
    long length = 0;
    boolean kept = true;
    while (position < end || fill()) {
      int from = position;
      int newline = indexOfNewline(chunk, from, end);
      int stop = newline < 0 ? end : newline;
      length += stop - from;
      // One byte more than the limit is kept: the carriage return of a line the limit long.
      if (kept && length > limit + 1L) {
        kept = false;
        pendingLength = 0;
      }
      position = newline < 0 ? end : newline + 1;
      if (newline >= 0 && kept && pendingLength == 0) {
        // The whole line is in the buffer: copied once, straight out of it.
        return line(chunk, from, stop, length);
      }
      if (kept) {
        keep(from, stop);
      }
      if (newline >= 0) {
        return kept ? line(pending, 0, pendingLength, length) : tooLong(length);
      }
    }
    if (length == 0 && pendingLength == 0 && kept) {
      return null;
    }
    return kept ? line(pending, 0, pendingLength, length) : tooLong(length);
  }

  /** The line of {@code bytes} from {@code from} to {@code to}, less a final carriage return. */
  private Line line(byte[] bytes, int from, int to, long length) {
    if (to > from && bytes[to - 1] == '\r') {
      to--;
    }
    if (to - from > limit) {
      return tooLong(length);
    }
    lines++;
    Line line = new Line(lines, Arrays.copyOfRange(bytes, from, to), length);
    release();
    return line;
  }

  private Line tooLong(long length) {
    lines++;
    release();
    return new Line(lines, null, length);
  }

  /** Gives back a large buffer that one long line grew: the next lines are short, as a rule. */
  private void release() {
    pendingLength = 0;
    if (pending.length > 16 * CHUNK) {
      pending = new byte[0];
    }
  }

  private void keep(int from, int to) {
    int n = to - from;
    if (pendingLength + n > pending.length) {
      long grown = Math.max(pending.length * 2L, (long) pendingLength + n);
      pending = Arrays.copyOf(pending, (int) Math.min(grown, limit + 1L));
    }
    System.arraycopy(chunk, from, pending, pendingLength, n);
    pendingLength += n;
  }

  private boolean fill() throws IOException {
    if (exhausted) {
      return false;
    }
    int n = in.read(chunk, 0, chunk.length);
    while (n == 0) {
      n = in.read(chunk, 0, chunk.length);
    }
    if (n < 0) {
      exhausted = true;
      return false;
    }
    position = 0;
    end = n;
    return true;
  }

  private static int indexOfNewline(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
