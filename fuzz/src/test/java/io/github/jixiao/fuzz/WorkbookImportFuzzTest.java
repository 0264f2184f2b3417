package io.github.jixiao.fuzz;

import static io.github.jixiao.fuzz.DocumentProperties.holds;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.core.SourceNote;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ImportResult;
import io.github.jixiao.excel.ImportedSheet;
import io.github.jixiao.excel.read.ExcelTables;
import io.github.jixiao.excel.write.ExcelReports;
import io.github.jixiao.rules.check.Checks;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Jazzer fuzz test (模糊测试) of the workbook importer, {@link ExcelTables#read(Path)}, from raw
 * bytes written to a file, in regression mode over the committed corpus ({@code
 * WorkbookImportFuzzTestInputs/importWorkbook/}: a blank and a filled template, an HTML page
 * saved as .xls, a truncated workbook) in every build. Whatever the bytes, the import either
 * returns whole documents, each with its source, or refuses with an {@link ExcelImportException}
 * that says what in both languages, bounded and printable — never another exception. Every
 * evaluation imported is held to {@link DocumentProperties#assertAcceptedEvaluation} (JSON round
 * trip, scored and checked without a failure) and read → write → read as a workbook: its
 * score-card workbook imports as the same evaluation.
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
        // an imported evaluation is a document like any other: it round-trips as JSON, scores
        // and checks without a failure, and its score-card workbook imports as itself
        DocumentProperties.assertAcceptedEvaluation(sheet.evaluation());
        assertWorkbookRoundTrip(sheet.evaluation());
      }
    } catch (ExcelImportException e) {
      DocumentProperties.assertSaidInBothLanguages(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * The evaluation, scored and checked, written as a score-card workbook ({@link ExcelReports})
   * and imported again: the same evaluation but for where it was read from, and naming the
   * rulebook it was scored under, as the workbook does.
   */
  private static void assertWorkbookRoundTrip(SelfEvaluation evaluation) throws IOException {
    Rulebook rulebook = DocumentProperties.rulebookFor(evaluation);
    Path written = Files.createTempFile("jixiao-fuzz-", ".xlsx");
    try {
      ExcelReports.write(List.of(new ExcelReports.Scored(evaluation,
          Scorer.standard().score(evaluation, rulebook),
          Checks.standard().run(evaluation, rulebook))), Locale.CHINESE, written);
      List<ImportedSheet> again = ExcelTables.standard().read(written).sheets();
      holds(again.size() == 1, "a score-card workbook of one evaluation imports as "
          + again.size());
      SelfEvaluation read = again.get(0).evaluation().withSource(Optional.empty());
      SelfEvaluation expected = evaluation.withSource(Optional.empty())
          .withRulebook(rulebook.getId());
      holds(read.equals(expected), "an evaluation written as a score-card workbook imports as"
          + " another: " + DocumentProperties.clip(read.toString()));
    } finally {
      Files.deleteIfExists(written);
    }
  }
}
