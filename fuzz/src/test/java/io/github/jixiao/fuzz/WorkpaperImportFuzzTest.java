package io.github.jixiao.fuzz;

import static io.github.jixiao.fuzz.DocumentProperties.holds;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jixiao.core.Indicator;
import io.github.jixiao.core.Review;
import io.github.jixiao.core.SelfEvaluation;
import io.github.jixiao.excel.ExcelImportException;
import io.github.jixiao.excel.ReviewedSheet;
import io.github.jixiao.excel.WorkpaperNote;
import io.github.jixiao.excel.WorkpaperResult;
import io.github.jixiao.excel.read.ExcelWorkpapers;
import io.github.jixiao.io.DocumentType;
import io.github.jixiao.io.JixiaoJson;
import io.github.jixiao.rules.Rulebooks;
import io.github.jixiao.rules.review.ReviewCards;
import io.github.jixiao.rules.rulebook.Rulebook;
import io.github.jixiao.rules.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Jazzer fuzz test (模糊测试) of the reviewer's workpaper reader (复核底稿, layout G), {@link
 * ExcelWorkpapers#read}, from raw bytes written to a file and read against the Baiyun 2021
 * evaluation, in regression mode over the committed corpus ({@code
 * WorkpaperImportFuzzTestInputs/importWorkpaper/}: the Baiyun workpaper, one in the label variants
 * with a row naming no indicator and a text score, a truncated one, an HTML page saved as .xls, a
 * 自评表 that is no workpaper) in every build. Whatever the bytes, the reader either returns
 * reviews — each entry an indicator of the evaluation, each note bounded in both languages, each
 * review written as {@code jixiao/review/1} and read back equal, and set beside the evaluation
 * as a review card — or refuses with an {@link ExcelImportException} that says what in both
 * languages, bounded — never another exception.
 */
class WorkpaperImportFuzzTest {

  private static final Rulebook BOOK = Rulebooks.byId("gz-dept-2021").orElseThrow();

  @FuzzTest(maxDuration = "10m")
  void importWorkpaper(byte[] input) throws IOException {
    SelfEvaluation evaluation = Seeds.evaluation();
    Set<String> codes = evaluation.getIndicators().stream().map(Indicator::getCode)
        .collect(Collectors.toSet());
    Path file = Files.createTempFile("jixiao-fuzz-", ".xlsx");
    try {
      Files.write(file, input);
      WorkpaperResult result = ExcelWorkpapers.standard().read(file, evaluation);
      holds(!result.sheets().isEmpty(), "a reading without a sheet");
      var card = Scorer.standard().score(evaluation, BOOK);
      for (ReviewedSheet sheet : result.sheets()) {
        Review review = sheet.review();
        holds(review.getEntries().stream().allMatch(e -> codes.contains(e.getIndicatorCode())),
            "an entry of no indicator of the evaluation");
        for (WorkpaperNote note : sheet.notes()) {
          DocumentProperties.checkBounded("note", note.message(Locale.ENGLISH));
          DocumentProperties.checkBounded("Chinese note", note.message(Locale.CHINESE));
        }
        JixiaoJson json = JixiaoJson.standard();
        Review again = json.read(DocumentType.REVIEW, json.write(DocumentType.REVIEW, review));
        holds(again.equals(review), "a review that does not read back equal");
        ReviewCards.of(review, evaluation, BOOK, card);
      }
    } catch (ExcelImportException e) {
      DocumentProperties.assertSaidInBothLanguages(e);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
