package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The documents of a JSON Lines input (JSON Lines 批量读取), one document a line ({@code .jsonl}),
 * read one at a time so that a batch of any size is never held whole: a province's 100 000
 * self-evaluations are read in the memory of one. Each document is read exactly as {@link
 * JixiaoJson#read(DocumentType, InputStream)} reads one — the same strict checks, the same {@link
 * ReadLimits}, applied to each document — and a document that cannot be read is a {@link
 * JsonLineException} that says its line and, inside it, each problem's JSON path, line and
 * column.
 *
 * <pre>{@code
 * try (DocumentLines<SelfEvaluation> lines = JixiaoJson.standard().evaluations(file)) {
 *   for (DocumentLine<SelfEvaluation> line : lines) {        // reports a bad line and goes on
 *     line.value().ifPresentOrElse(this::score, () -> log(line.problem().get()));
 *   }
 * }
 * try (Stream<SelfEvaluation> all = JixiaoJson.standard().evaluations(file).values()) {
 *   all.forEach(this::score);                                  // stops at the first bad line
 * }
 * }</pre>
 *
 * <p><b>The input.</b> UTF-8, each line a whole document on one line (as {@link
 * JixiaoJson#writeLine} writes it), lines ended by {@code \n} or {@code \r\n}, the last one
 * with or without. A blank line (nothing but spaces and tabs) is skipped and counts only for the
 * line numbers. A byte-order mark is refused, as in a single document: it is the first line's
 * problem. A line longer than {@link ReadLimits#maxDocumentLength()} is refused without being
 * held: it is skipped to its end.
 *
 * <p><b>Stop or go on.</b> The caller chooses: {@link #values()} stops at the first document that
 * cannot be read, throwing its {@link JsonLineException}; iterating, {@link #stream()} and {@link
 * #read()} give every document as a {@link DocumentLine}, read or refused, and go on. A failure
 * of the stream or file itself is a {@link JsonFileException} and ends the input.
 *
 * <p><b>Threads.</b> {@link #read()} may be called by several threads at once: each call takes
 * the next line under a lock and reads it outside, so that two threads read two documents at a
 * time, and what a batch holds is one document per thread. Read that way, documents come in no
 * particular order; each says its line. {@link #stream()} is sequential and in the order of the
 * input; made {@linkplain Stream#parallel() parallel}, its threads share {@link #read()}, and
 * nothing is read ahead.
 *
 * <p>Closing it closes the file it opened; a stream given to it is the caller's to close.
 *
 * @param <T> the type of the documents' values, e.g. {@code SelfEvaluation}
 */
public final class DocumentLines<T> implements Iterable<DocumentLine<T>>, Closeable {

  /** How many threads a parallel {@link #stream()} may split into. */
  private static final int MOST_SPLITS = 64;

  private final Engine engine;
  private final DocumentType<T> type;
  private final InputStream in;
  private final Path file;
  private final LineInput lines;
  private final Object lock = new Object();
  private long documents;
  private boolean closed;

  DocumentLines(Engine engine, DocumentType<T> type, InputStream in, Path file) {
    this.engine = engine;
    this.type = type;
    this.in = Objects.requireNonNull(in, "in");
    this.file = file;
    this.lines = new LineInput(in, engine.limits().maxDocumentLength());
  }

  /** The type of document each line holds. */
  public DocumentType<T> type() {
    return type;
  }

  /**
   * The next document, read or refused, or empty at the end of the input (and once closed).
   * Thread-safe: the line is taken under a lock, and read in the caller's thread.
   *
   * @throws JsonFileException if the stream or file fails
   */
  public Optional<DocumentLine<T>> read() {
    LineInput.Line line;
    long document;
    synchronized (lock) {
      do {
        line = nextLine();
      } while (line != null && line.blank());
      if (line == null) {
        return Optional.empty();
      }
      document = ++documents;
    }
    return Optional.of(readLine(line, document));
  }

  private LineInput.Line nextLine() {
    if (closed) {
      return null;
    }
    try {
      return lines.next();
    } catch (IOException e) {
      throw file == null ? JsonFileException.streamUnreadable(e)
          : JsonFileException.unreadable(file, e);
    }
  }

  private DocumentLine<T> readLine(LineInput.Line line, long document) {
    String source = file == null ? null : file.toString();
    try {
      if (line.tooLong()) {
        Problems problems = new Problems();
        // Refused as a stream's document beyond the limit is, without its bytes held.
        problems.at(JsonProblem.Kind.LIMIT, JsonPath.ROOT, new Location(1, 1),
            Message.of("io.limit.document", Argument.number("limit",
                engine.limits().maxDocumentLength())), null);
        throw problems.exception(null, FormatCheck.expected(List.of(type)));
      }
      return DocumentLine.read(line.number(), document, engine.read(type, line.bytes(), null));
    } catch (JsonDocumentException e) {
      return DocumentLine.refused(new JsonLineException(source, line.number(), document, e));
    }
  }

  /**
   * Every document, read or refused, in the order of the input; a bad document is reported and
   * the next one read. Single use, as the input is.
   */
  @Override
  public Iterator<DocumentLine<T>> iterator() {
    return new Iterator<>() {
      private DocumentLine<T> next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = read().orElse(null);
        }
        return next != null;
      }

      @Override
      public DocumentLine<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        DocumentLine<T> line = next;
        next = null;
        return line;
      }
    };
  }

  /**
   * Every document, read or refused: sequential, in the order of the input; parallel, shared by
   * the threads through {@link #read()}, nothing read ahead. Closing the stream closes this.
   */
  public Stream<DocumentLine<T>> stream() {
    return StreamSupport.stream(new Shared(new AtomicInteger()), false).onClose(this::close);
  }

  /**
   * Every document's value, stopping at the first that cannot be read: the stream throws its
   * {@link JsonLineException}. Closing the stream closes this.
   */
  public Stream<T> values() {
    return stream().map(DocumentLine::orElseThrow);
  }

  /**
   * Stops reading; closes the file if this opened one. Reading then finds the end.
   *
   * @throws JsonFileException if the file cannot be closed
   */
  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    if (file != null) {
      try {
        in.close();
      } catch (IOException e) {
        throw JsonFileException.unreadable(file, e);
      }
    }
  }

  /**
   * {@code document}, as {@link DocumentWriter} writes it, on one line ending in a line feed: its
   * line feeds and the indentation after each taken out. In JSON text a line feed is white space
   * between tokens (one inside a string is written {@code \n}), and so is the indentation: the
   * tokens are the same, byte for byte.
   */
  static String oneLine(String document) {
    StringBuilder line = new StringBuilder(document.length());
    int n = document.length();
    for (int i = 0; i < n; i++) {
      char c = document.charAt(i);
      if (c == '\n') {
        while (i + 1 < n && document.charAt(i + 1) == ' ') {
          i++;
        }
      } else {
        line.append(c);
      }
    }
    return line.append('\n').toString();
  }

  /**
   * A spliterator that reads through {@link #read()}: a split is another reader of the same
   * input, so a parallel stream's threads each take the next line and none holds more than one.
   * Unordered once split; {@link #MOST_SPLITS} splits at most, so that splitting ends.
   */
  private final class Shared implements Spliterator<DocumentLine<T>> {
    private final AtomicInteger splits;

    Shared(AtomicInteger splits) {
      this.splits = splits;
    }

    @Override
    public boolean tryAdvance(Consumer<? super DocumentLine<T>> action) {
      Optional<DocumentLine<T>> line = read();
      line.ifPresent(action);
      return line.isPresent();
    }

    @Override
    public Spliterator<DocumentLine<T>> trySplit() {
      return splits.incrementAndGet() <= MOST_SPLITS ? new Shared(splits) : null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return NONNULL;
    }
  }
}
