package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.rules.scoring.ScoringException;
import io.github.jixiao.io.JsonFileException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Why a document that reads well cannot be done (无法处理): the rulebook it names is not there,
 * the scorer does not know a rule, the file cannot be read — or something went wrong that should
 * not have (an exception escaped from the library, the memory ran out), which is reported the same
 * way, on one line naming the file, never as a stack trace. What it says is a keyed {@link
 * Message}, rendered in the language of the output; the library's or the JDK's exception is its
 * cause, and its words are never shown.
 */
final class Unusable extends JixiaoException {

  private static final long serialVersionUID = 2L;

  /** The kind of a file that cannot be read, or a name that is no file. */
  static final String FILE = "FILE";
  /** The kind of a rulebook that cannot be found. */
  static final String RULEBOOK = "RULEBOOK";
  /** The kind of a workbook that cannot be imported (a cell of it, or the whole). */
  static final String TABLE = "TABLE";
  /** The kind of a document the scorer refuses. */
  static final String SCORING = "SCORING";
  /** The kind of a document that needed more memory or stack than the Java VM has. */
  static final String RESOURCES = "RESOURCES";
  /** The kind of a failure of Jixiao itself: an exception it should have turned into words. */
  static final String INTERNAL = "INTERNAL";

  private final String kind;
  private final String path;

  /**
   * @param kind {@link #FILE}, {@link #RULEBOOK}, {@link #SCORING}, {@link #RESOURCES} or {@link
   *     #INTERNAL}
   * @param path the JSON path of what is wrong in the document (for a {@link #TABLE}, the cell),
   *     or null
   * @param said why
   * @param cause the exception underneath, or null
   */
  Unusable(String kind, String path, Message said, Throwable cause) {
    super(said, cause);
    this.kind = kind;
    this.path = path;
  }

  Unusable(String kind, String path, Message said) {
    this(kind, path, said, null);
  }

  /**
   * What {@code e}, thrown while a document was done, means for the user; anything but a document
   * problem ({@link io.github.jixiao.io.JsonDocumentException}, reported problem by problem).
   */
  static Unusable of(Throwable e) {
    return of(e, null);
  }

  /** The same, for the document in {@code file}, or null when no file is known. */
  static Unusable of(Throwable e, Path file) {
    if (e instanceof Unusable unusable) {
      return unusable;
    }
    if (e instanceof ScoringException scoring) {
      return new Unusable(SCORING, null, Message.of("cli.unusable.scoring",
          Argument.message("reason", scoring.said())), e);
    }
    // The line already starts with the file: say why in the command line's words, as for a
    // file it reads itself, not io's sentence that names the file again.
    if (e instanceof JsonFileException unreadable
        && unreadable.getCause() instanceof java.io.IOException io) {
      return new Unusable(FILE, null, Message.of("cli.unusable.unreadable",
          Argument.message("reason", FileTrouble.of(io, file))), e);
    }
    if (e instanceof UncheckedIOException io) {
      return new Unusable(FILE, null, Message.of("cli.unusable.unreadable",
          Argument.message("reason", FileTrouble.of(io.getCause(), file))), e);
    }
    if (e instanceof io.github.jixiao.excel.ExcelImportException imported) {
      return new Unusable(TABLE, imported.cell().orElse(null), imported.said(), e);
    }
    if (e instanceof io.github.jixiao.report.ReportReadException report) {
      return new Unusable(FILE, null, report.said(), e);
    }
    if (e instanceof io.github.jixiao.excel.write.ExcelWriteException written) {
      return new Unusable(FILE, null, written.said(), e);
    }
    if (e instanceof OutOfMemoryError) {
      return new Unusable(RESOURCES, null, Message.of("cli.unusable.out-of-memory",
          Argument.text("error", "OutOfMemoryError"), Argument.text("option", "java -Xmx")), e);
    }
    if (e instanceof StackOverflowError) {
      return new Unusable(RESOURCES, null, Message.of("cli.unusable.stack-overflow",
          Argument.text("error", "StackOverflowError")), e);
    }
    String frame = frame(e);
    Argument exception = Argument.text("exception", e.getClass().getName());
    return new Unusable(INTERNAL, null, frame.isEmpty()
        ? Message.of("cli.unusable.internal", exception)
        : Message.of("cli.unusable.internal.at", exception, Argument.text("frame", frame)), e);
  }

  /** {@code Class.method(File.java:12)}: the innermost frame of Jixiao's, or empty. */
  private static String frame(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("io.github.jixiao.")) {
        return frame.getClassName() + "." + frame.getMethodName() + "("
            + frame.getFileName() + ":" + frame.getLineNumber() + ")";
      }
    }
    return "";
  }

  String kind() {
    return kind;
  }

  Optional<String> path() {
    return Optional.ofNullable(path);
  }
}
