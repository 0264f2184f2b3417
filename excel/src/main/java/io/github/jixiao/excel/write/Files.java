package io.github.jixiao.excel.write;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A workbook written to a file whole or not at all (整体写出): into a temporary file beside it,
 * then moved over it, so that a failure leaves no half-written workbook behind.
 */
final class Files {

  /** What writes the workbook to a stream. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private Files() {}

  static void writeWhole(Path file, Writer writer) {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = java.nio.file.Files.createTempFile(dir, ".jixiao-", ".xlsx.part");
      try (OutputStream out = java.nio.file.Files.newOutputStream(temp)) {
        writer.write(out);
      }
      try {
        java.nio.file.Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        java.nio.file.Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      if (temp != null) {
        try {
          java.nio.file.Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temporary file stays; the failure below says what went wrong
        }
      }
      throw new ExcelWriteException(Message.of("excel.write.failed",
          Argument.text("file", file.toString())), e);
    }
  }
}
