package io.github.jixiao.io;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.JixiaoException;
import io.github.jixiao.core.message.Message;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Thrown when the file or stream of a document fails underneath (文件读写失败): the file does not
 * exist, is a directory, may not be read or written, or the system's input or output fails. It
 * says which file and why in Jixiao's words ({@code cannot read evaluation.json: it is a
 * directory}, {@code 无法读取 evaluation.json：这是一个目录}); the JDK's exception, whose text is
 * the operating system's, is its {@linkplain #getCause() cause}, for a developer's log.
 *
 * <p>A document that was read and is wrong is a {@link JsonDocumentException}, not this.
 */
public final class JsonFileException extends JixiaoException {

  private static final long serialVersionUID = 1L;

  private final String file;

  private JsonFileException(String file, Message message, IOException cause) {
    super(message, cause);
    this.file = file;
  }

  /** The file, if the document was read from or written to a file rather than a stream. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** {@code file} could not be read, as {@code cause} says. */
  static JsonFileException unreadable(Path file, IOException cause) {
    return new JsonFileException(file.toString(), Message.of("io.file.unreadable",
        Argument.text("file", file.toString()), Argument.message("reason", reason(file, cause))),
        cause);
  }

  /**
   * {@code path} is not a regular file (a directory, a named pipe, a device): it is not read, so
   * that a pipe never blocks the check.
   */
  static JsonFileException notARegularFile(Path path) {
    return new JsonFileException(path.toString(), Message.of("io.file.unreadable",
        Argument.text("file", path.toString()), Argument.message("reason",
            Files.isDirectory(path) ? Message.of("io.file.reason.directory")
                : Files.exists(path) ? Message.of("io.file.reason.not-regular")
                    : Message.of("io.file.reason.missing"))), null);
  }

  /** {@code path}, given as a directory of documents, is not one. */
  static JsonFileException notADirectory(Path path) {
    return new JsonFileException(path.toString(), Message.of("io.file.unreadable",
        Argument.text("file", path.toString()), Argument.message("reason", Files.exists(path)
            ? Message.of("io.file.reason.not-directory") : Message.of("io.file.reason.missing"))),
        null);
  }

  /** {@code file} could not be written, as {@code cause} says. */
  static JsonFileException unwritable(Path file, IOException cause) {
    return new JsonFileException(file.toString(), Message.of("io.file.unwritable",
        Argument.text("file", file.toString()), Argument.message("reason", reason(file, cause))),
        cause);
  }

  /** A stream could not be read. */
  static JsonFileException streamUnreadable(IOException cause) {
    return new JsonFileException(null, Message.of("io.file.stream-unreadable"), cause);
  }

  /** A stream could not be written. */
  static JsonFileException streamUnwritable(IOException cause) {
    return new JsonFileException(null, Message.of("io.file.stream-unwritable"), cause);
  }

  /**
   * Why, from the kind of the JDK's exception and what the file is, never from its text: the
   * operating system words it in its own language, and it may say nothing a user can act on.
   */
  private static Message reason(Path file, IOException cause) {
    if (Files.isDirectory(file)) {
      return Message.of("io.file.reason.directory");
    }
    if (cause instanceof NoSuchFileException) {
      return Message.of("io.file.reason.missing");
    }
    if (cause instanceof AccessDeniedException) {
      return Message.of("io.file.reason.denied");
    }
    return Message.of("io.file.reason.other");
  }
}
