package io.github.jixiao.cli;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be read (文件读取失败的原因), as a keyed message in Jixiao's words rather
 * than the operating system's or the JDK's ({@code Is a directory}, {@code
 * MalformedInputException: Input length = 1}): those are never shown, only the kind of the
 * exception when nothing better is known. Where the file is known, it is asked what it is: the
 * JDK reports reading a directory as a bare {@link IOException}.
 */
final class FileTrouble {

  /** The reason the JDK gives on Unix for reading a directory as a file. */
  private static final String IS_A_DIRECTORY = "Is a directory";

  private FileTrouble() {}

  /** Why {@code file} (null when unknown) could not be read, {@code e} being what was thrown. */
  static Message of(IOException e, Path file) {
    if (file != null && Files.isDirectory(file)) {
      return Message.of("cli.file.directory");
    }
    return of(e);
  }

  /** Why a file could not be read, from what was thrown alone. */
  static Message of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return Message.of("cli.file.no-such-file");
    }
    if (e instanceof AccessDeniedException) {
      return Message.of("cli.file.access-denied");
    }
    if (e instanceof CharacterCodingException) {
      return Message.of("cli.file.not-utf8", Argument.text("encoding", "UTF-8"));
    }
    Argument kind = Argument.text("exception", e.getClass().getSimpleName());
    if (e instanceof FileSystemException fs && IS_A_DIRECTORY.equals(fs.getReason())) {
      return Message.of("cli.file.directory");
    }
    if (e instanceof FileSystemException) {
      return Message.of("cli.file.refused", kind);
    }
    return Message.of("cli.file.io-error", kind);
  }
}
