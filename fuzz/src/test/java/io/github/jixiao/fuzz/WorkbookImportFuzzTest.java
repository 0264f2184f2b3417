package io.github.jixiao.fuzz;

import static io.github.jixiao.fuzz.DocumentProperties.holds;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.read.ExcelTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Jazzer fuzz test (模糊测试) of the workbook importer, {@link ExcelTables#read(Path)}, from raw
 * bytes written to a file, in regression mode over the committed corpus ({@code
 * WorkbookImportFuzzTestInputs/importWorkbook/}: a blank and a filled template, an HTML page
 * saved as .xls, a truncated workbook) in every build. Whatever the bytes, the import either
 * returns whole documents, each with its source, or refuses with an {@link ExcelImportException}
 * that says what in both languages, bounded and printable — never another exception.
 */
class WorkbookImportFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void importWorkbook(byte[] input) throws IOException {
    Path file = Files.createTempFile("jixiao-fuzz-", ".xlsx");
    try {
      Files.write(file, input);
      ImportResult result = ExcelTables.standard().read(file);
      holds(!result.sheets().isEmpty(), "an import without a sheet");
      for (ImportedSheet sheet : result.sheets()) {
        holds(sheet.evaluation().getSource().isPresent(), "a document without its source");
        for (SourceNote note : sheet.evaluation().getSource().get().getNotes()) {
          DocumentProperties.checkBounded("note", note.getText());
        }
      }
    } catch (ExcelImportException e) {
      DocumentProperties.assertSaidInBothLanguages(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
