package io.github.jixiao.report.read;

import io.github.jixiao.report.ReportReadException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An OLE2 compound file given as a report (旧版 Office 文件): an old Word document (.doc, its
 * stream {@code WordDocument}) is to be saved as .docx; an encrypted Word or Excel 2007+ file
 * (its {@code EncryptedPackage}) is to be saved without its password; a workbook (.xls) is not a
 * report. Only the directory of the file is read, never its streams.
 */
final class OldOffice {

  private OldOffice() {}

  static ReportReadException refusal(String file, Path path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
        return Refusal.of("report.read.encrypted", file, null);
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return Refusal.of("report.read.doc", file, null);
      }
      if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
        return Refusal.of("report.read.workbook", file, null);
      }
      return Refusal.of("report.read.not-a-report", file, null);
    } catch (IOException | RuntimeException e) {
      return Refusal.of("report.read.doc-damaged", file, e);
    }
  }
}
