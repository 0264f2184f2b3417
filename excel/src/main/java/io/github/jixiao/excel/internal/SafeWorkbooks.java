package io.github.jixiao.excel.internal;

import io.github.jixiao.core.message.Argument;
import io.github.jixiao.core.message.Message;
import io.github.jixiao.core.value.Echo;
import io.github.jixiao.excel.ExcelImportException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Opening a workbook a unit sent (工作簿的安全打开): a regular file of at most {@value #MOST_BYTES}
 * bytes, whose first bytes say it is an .xlsx (OOXML) or an .xls (OLE2) — an HTML page saved with
 * an .xls name, a text file, an empty or truncated one is refused saying so — opened read-only
 * with POI's zip-bomb limits set (an entry inflated more than {@value #MOST_RATIO_INVERSE} times,
 * or beyond {@value #MOST_ENTRY_BYTES} bytes, is refused), and an entry compressed in a way
 * Excel never writes is refused as damaged. Every refusal is an {@link ExcelImportException}
 * naming the file; POI's exception is its cause.
 */
public final class SafeWorkbooks {

  /** The largest file read: a 自评表 of a few hundred rows is well under a megabyte. */
  static final long MOST_BYTES = 32L * 1024 * 1024;
  /** An entry may inflate to at most this many times its compressed size. */
  static final int MOST_RATIO_INVERSE = 100;
  /** The largest entry of an .xlsx once inflated. */
  static final long MOST_ENTRY_BYTES = 256L * 1024 * 1024;

  private SafeWorkbooks() {}

  /**
   * The workbook in {@code file}, opened read-only; the caller closes it.
   *
   * @throws ExcelImportException naming the file and why it is refused
   */
  public static Workbook open(Path file) {
    String name = Echo.text(String.valueOf(file.getFileName() == null ? file
        : file.getFileName()));
    if (!Files.isRegularFile(file)) {
      throw refused("excel.read.not-a-file", name, null);
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw refused("excel.read.unreadable", name, e);
    }
    if (size == 0) {
      throw refused("excel.read.empty", name, null);
    }
    if (size > MOST_BYTES) {
      throw new ExcelImportException(name, null, Message.of("excel.read.too-large",
          Argument.text("file", name), Argument.number("size", size),
          Argument.number("most", MOST_BYTES)), null);
    }
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw refused("excel.read.unreadable", name, e);
    }
    switch (magic) {
      case OOXML, OLE2 -> { }
      case HTML, XML -> throw refused("excel.read.html", name, null);
      default -> throw refused("excel.read.not-a-workbook", name, null);
    }
    ZipSecureFile.setMinInflateRatio(1.0 / MOST_RATIO_INVERSE);
    ZipSecureFile.setMaxEntrySize(MOST_ENTRY_BYTES);
    if (magic == FileMagic.OOXML) {
      RowCount.check(file);
    }
    try {
      return WorkbookFactory.create(file.toFile(), null, true);
    } catch (EncryptedDocumentException e) {
      throw refused("excel.read.encrypted", name, e);
    } catch (IOException | RuntimeException e) {
      // POI says "Zip bomb detected!" in an IOException; a truncated zip fails alike
      boolean bomb = String.valueOf(e.getMessage()).contains("Zip bomb");
      throw refused(bomb ? "excel.read.zip-bomb" : "excel.read.damaged", name, e);
    } catch (LinkageError e) {
      // an entry compressed as Excel never writes one (zstd, xz, brotli), which commons-compress
      // reads only through an optional library Jixiao does not bring: NoClassDefFoundError
      throw refused("excel.read.damaged", name, e);
    }
  }

  private static ExcelImportException refused(String key, String file, Throwable cause) {
    return new ExcelImportException(file, null, Message.of(key, Argument.text("file", file)),
        cause);
  }
}
